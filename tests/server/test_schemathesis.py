"""Property-based API tests: schemathesis generates requests from the control plane's OpenAPI.

Every operation except the SSE stream is called with valid and invalid data (positive and
negative generation) under an operator token against a real server over the lab estate. No
response may be a server error, and each must match the status codes and the schemas the
OpenAPI document declares. The number of generated cases is counted and must reach 200.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.lab.fabric import LabFabric
from app.server.app import create_app
from app.server.context import Settings
from tests.support.postgres import BACKENDS, make_db_url
from tests.support.server import RunningServer

MIN_CASES = 200
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
cases_run: dict[str, int] = {}


@pytest.fixture(scope="module", params=BACKENDS)
def api_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningServer]:
    """One server per backend for the module (the suite runs on SQLite and PostgreSQL)."""
    from app.cli import seed_lab

    urls = make_db_url(request.param, request, tmp_path_factory.mktemp("schemathesis"))
    running = RunningServer(
        next(urls),
        fabric_factory=LabFabric,
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=5.0),
    ).start()
    running.call(lambda: seed_lab(running.ctx))
    yield running
    running.stop()
    urls.close()


def openapi_document() -> dict:
    """What the app serves at /openapi.json; it needs no store to be built."""
    return create_app(None).openapi()  # type: ignore[arg-type]


# Loaded at import time so the pytest plugin can parametrize by operation (the lazy
# `schemathesis.pytest.from_fixture` loader does not run under pytest 9.2: it sets the removed
# `Node._nodeid`). test_the_served_document_is_the_one_tested checks the two agree.
# The change feed streams forever: it has tests of its own (test_api_feed.py).
schema = schemathesis.openapi.from_dict(openapi_document()).exclude(path="/api/v1/events")


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms_to_its_openapi(case, api_server: RunningServer) -> None:
    assert case.path != "/api/v1/events"
    label = case.operation.label  # e.g. "GET /api/v1/policies/{object_id}"
    cases_run[label] = cases_run.get(label, 0) + 1
    case.call_and_validate(
        base_url=api_server.url,
        headers=api_server.headers("operator"),
        checks=CHECKS,
        timeout=30,
    )


def test_the_served_document_is_the_one_tested(api_server: RunningServer) -> None:
    served = httpx.get(f"{api_server.url}/openapi.json", timeout=30)
    assert served.status_code == 200
    assert served.json() == openapi_document()


def test_enough_cases_were_generated() -> None:
    """Runs after the property test (same module, file order): count what it generated."""
    if not cases_run:
        pytest.skip("the schemathesis test did not run in this session")
    total = sum(cases_run.values())
    print(f"\nschemathesis: {total} cases over {len(cases_run)} operations")
    assert total >= MIN_CASES, cases_run
    assert not any("/api/v1/events" in label for label in cases_run)
    assert len(cases_run) >= 30, sorted(cases_run)  # every operation was exercised
