"""The demo catalogue: its data files (*.yaml), the one reader of demo data (data.py, which
pages.demo uses too), their schemas (catalogue.py) and the loader that writes them to the
database (loader.py). Importing the package loads no model, so the data can be read and
checked without a database."""
