"""NUL characters are refused at the edge with 422 naming the field, on SQLite and PostgreSQL.

PostgreSQL cannot store U+0000; without the guard these requests ended in a 500 from the
database (found by schemathesis on GET /audit?actor=…%00…).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.server import RunningServer

PROBLEM = "application/problem+json"


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers=server.headers("operator"), timeout=30) as c:
        yield c


def assert_refused(response: httpx.Response, field: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["errors"] == [
        {"field": field, "reason": "must not contain NUL (U+0000) characters"}
    ]


def test_nul_in_a_query_parameter_is_refused_with_its_name(api: httpx.Client) -> None:
    assert_refused(api.get("/api/v1/audit", params={"actor": "ops\x00"}), "actor")
    assert_refused(api.get("/api/v1/jobs", params={"object_id": "\x00"}), "object_id")
    # The same query without the NUL still works.
    assert api.get("/api/v1/audit", params={"actor": "ops"}).status_code == 200


def test_nul_in_a_path_is_refused(api: httpx.Client) -> None:
    assert_refused(api.get("/api/v1/protected-items/a%00b"), "path")


def test_nul_in_a_json_body_names_the_nested_field_and_stores_nothing(
    api: httpx.Client,
) -> None:
    before = api.get("/api/v1/recovery-plans").json()
    body = {
        "name": "Plan",
        "description": "",
        "groups": [
            {
                "name": "Group 1",
                "item_ids": [],
                "pre_actions": [
                    {"kind": "manual", "name": "Call", "instructions": "ring the\x00 DBA"}
                ],
            }
        ],
    }
    response = api.post("/api/v1/recovery-plans", json=body)
    assert_refused(response, "groups.0.pre_actions.0.instructions")
    assert api.get("/api/v1/recovery-plans").json() == before


def test_an_escaped_backslash_before_u0000_is_ordinary_text(api: httpx.Client) -> None:
    # The characters \u0000 typed literally are six characters of text, not a NUL.
    response = api.post(
        "/api/v1/policies",
        content=b'{"name": "literal \\\\u0000", "copy_frequency_seconds": 30}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "literal \\u0000"
