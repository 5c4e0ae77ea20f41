"""`python -m app.server.migrations revision "what changed"`: autogenerate a new revision from
the difference between schema.py and a scratch vault upgraded to the current head."""

from __future__ import annotations

import sys
import tempfile

from alembic import command
from sqlalchemy import create_engine

from . import config, upgrade


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_engine(f"sqlite:///{scratch}/vault.db")
        with engine.begin() as conn:
            upgrade(conn)
            command.revision(config(conn), message=sys.argv[2], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
