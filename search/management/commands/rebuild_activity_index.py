from django.core.management.base import BaseCommand

from search.backends import index_backends


class Command(BaseCommand):
    help = (
        "Indexes the whole catalogue again, for every search backend: the database's, and "
        "Elasticsearch's (a fresh index swapped in for the old one, searches go on meanwhile)."
    )

    def handle(self, *args, **options):
        for backend in index_backends():
            self.stdout.write(f"{backend.name}: rebuilding…")
            backend.rebuild()
            self.stdout.write(self.style.SUCCESS(f"{backend.name}: done."))
