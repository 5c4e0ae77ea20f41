"""The bundle's entry point: the same `standby` command the wheel installs (app.cli:main)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
