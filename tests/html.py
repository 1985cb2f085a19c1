"""Read rendered HTML the way a user (or a screen reader) would."""

from bs4 import BeautifulSoup


def soup(response):
    assert response["Content-Type"].startswith("text/html"), response["Content-Type"]
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(node):
    return " ".join(node.get_text(" ").split())
