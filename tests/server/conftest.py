"""The store and API suites run on both backends: SQLite and a throwaway PostgreSQL cluster.

Other directories keep the SQLite-only `db_url` of tests/conftest.py, to bound CI time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.postgres import BACKENDS, make_db_url


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db_url(backend, request, tmp_path)
