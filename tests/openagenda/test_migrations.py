"""The sync's models moved from the activities app to an app of their own: a database
migrated from before the move keeps its runs, its keyword table, the activities the sync
took offline and the permissions given to groups."""

import json

from .test_kill import databases  # noqa: F401  (a fixture: copies of the test database)
from .test_kill import python as run


def test_a_database_from_before_the_move_keeps_its_sync_data(databases):  # noqa: F811
    database = databases[0]
    # Back to the schema before the move: the sync's tables and content types were the
    # activities app's.
    run(database, "manage.py", "migrate", "openagenda", "zero", "-v0")
    written = json.loads(run(database, "-m", "tests.openagenda.migration_steps", "before"))

    run(database, "manage.py", "migrate", "-v0")
    found = json.loads(run(database, "-m", "tests.openagenda.migration_steps", "after"))

    assert found == {
        "runs": [
            {
                "pk": written["run"],
                "agenda": "4242",
                "mode": "full",
                "outcome": "success",
                "pages": 3,
                "events": 7,
            }
        ],
        "keywords": [{"keyword": "Migration", "category": written["category"]}],
        "unpublished": [{"activity": written["activity"], "run": written["run"]}],
        "permissions": ["openagenda.run_openagenda_sync"],
        "tables": "openagenda_syncrun",
    }
