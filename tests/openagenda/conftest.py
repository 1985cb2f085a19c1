import pytest
from django.utils import translation

from devtools.fake_openagenda import FakeOpenAgenda

from .payloads import AGENDA


@pytest.fixture
def openagenda(settings):
    """A fake OpenAgenda on 127.0.0.1 that the sync is configured to read, with one agenda.
    It serves at most two events per page, so that a few events make several pages."""
    fake = FakeOpenAgenda(key="test-key", page_limit=2).start()
    fake.add_agenda(AGENDA)
    settings.OPENAGENDA_BASE_URL = fake.base_url
    settings.OPENAGENDA_KEY = "test-key"
    settings.OPENAGENDA_AGENDAS = [AGENDA]
    settings.OPENAGENDA_TIMEOUT = 2
    settings.OPENAGENDA_ATTEMPTS = 3
    # Retries wait milliseconds, not seconds, in tests.
    settings.OPENAGENDA_BACKOFF = 0.01
    settings.OPENAGENDA_BACKOFF_MAX = 0.05
    yield fake
    fake.stop()


@pytest.fixture(autouse=True)
def messages_in_english():
    """The sync's messages are read in English here; their French and Arabic are in the
    interface catalogues, checked by tests/theme."""
    with translation.override("en"):
        yield
