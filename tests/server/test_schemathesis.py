"""Property-based API tests: schemathesis generates requests from the control plane's OpenAPI.

Every operation except the SSE stream is called with valid and invalid data (positive and
negative generation) under an operator token against a real server over the lab estate, with
every check schemathesis has (`--checks all`): no server error; status codes, content types,
headers and schemas as the OpenAPI document declares; invalid data refused and valid data
accepted (a valid body may still be answered 422 only for the rules across fields the
document lists as `x-cross-field-rules`, 409 for a reference the vault cannot follow); 405
with `Allow` for a method a path does not serve; auth never ignored. The number of generated
cases is counted and must reach 200.

Then the command itself, as a person runs it from the repository (its `schemathesis.toml`):
`schemathesis run …/openapi.json --checks all` through all its phases (coverage: undeclared
methods, boundary values; fuzzing; stateful sequences built from the document's links),
bounded in examples, must report no failure and no error.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
import schemathesis.specs.openapi.checks  # registers the OpenAPI checks
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS as REGISTERED
from schemathesis.config import SchemathesisConfig

from app.lab.fabric import LabFabric
from app.server.app import create_app
from app.server.auth import generate_token, hash_token
from app.server.context import Settings
from tests.support.postgres import BACKENDS, make_db_url
from tests.support.server import RunningServer

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "schemathesis.toml"  # what the OpenAPI document cannot say (NUL, cross-field)
MIN_CASES = 200
CHECKS = REGISTERED.get_all()  # --checks all
# An operator token known before the servers start, so the schema's configuration carries it
# (as `-H` does for the command): generated requests then never drop or mangle it.
TOKEN = generate_token()
# A simulated guest at up to 10 000 writes/s (the write rate's documented maximum), left so
# for the rest of a long run, makes the lab's one process slow to answer anything and fills
# the disk with its write logs: the CLI run leaves this lab control out (the per-operation
# run above, one case at a time, still calls it with every check).
CLI_EXCLUDED = "PUT /api/v1/lab/vms/{object_id}/write-rate"
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
    running.call(lambda: running.ctx.store.add_token("schemathesis", "operator", hash_token(TOKEN)))
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
def configuration() -> SchemathesisConfig:
    """schemathesis.toml, and the token as a header of every request."""
    data = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    data["headers"] = {"Authorization": f"Bearer {TOKEN}"}
    return SchemathesisConfig.from_dict(data)


schema = schemathesis.openapi.from_dict(openapi_document(), config=configuration()).exclude(
    path="/api/v1/events"
)


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
    case.call_and_validate(base_url=api_server.url, checks=CHECKS, timeout=30)


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


def test_the_cross_field_rules_are_the_configured_ones() -> None:
    """schemathesis.toml accepts 422 for a valid body on exactly the operations whose OpenAPI
    entry lists rules across fields (and says them in its 422 response)."""
    doc = openapi_document()
    listed = {
        f"{method.upper()} {path}"
        for path, operations in doc["paths"].items()
        for method, operation in operations.items()
        if operation.get("x-cross-field-rules")
    }
    everything = {
        f"{method.upper()} {path}" for path, ops in doc["paths"].items() for method in ops
    }
    pattern = re.search(r"include-name-regex = '(.*)'", CONFIG.read_text()).group(1)  # type: ignore[union-attr]
    assert {label for label in everything if re.fullmatch(pattern, label)} == listed
    for label in listed:
        method, path = label.split(" ", 1)
        assert (
            "cannot state" in doc["paths"][path][method.lower()]["responses"]["422"]["description"]
        )


def test_schemathesis_run_checks_all_finds_nothing(
    api_server: RunningServer, tmp_path: Path
) -> None:
    """`schemathesis run /openapi.json --checks all` against the running server, every
    phase, a few examples per operation: 0 failures, 0 errors."""
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        f"{api_server.url}/openapi.json",
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {api_server.tokens['admin']}",
        "--exclude-path",
        "/api/v1/events",
        "--exclude-name",
        CLI_EXCLUDED,
        "--max-examples",
        "5",
        "--request-timeout",
        "60",
        # One worker: on Python 3.11 two workers compiling the tool's own strategies at once
        # have aborted a run with "SystemError: AST constructor recursion depth mismatch".
        "--workers",
        "1",
        "--no-shrink",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
    )
    tail = done.stdout[-6000:]
    assert done.returncode == 0, tail
    summary = done.stdout.strip().splitlines()[-1]  # "=== 2 warnings in 75s ===" at best
    assert "fail" not in summary and "error" not in summary, tail
    cases = re.search(r"(\d+) generated, (\d+) passed", done.stdout)
    assert cases and int(cases[1]) == int(cases[2]) >= MIN_CASES, tail
