"""Bearer tokens and roles, and the audit log every mutating request writes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.server import RunningServer

PROBLEM = "application/problem+json"


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == PROBLEM
    body = response.json()
    assert body["status"] == status and body["title"]
    return body


def policy(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, **extra}


def audit_rows(server: RunningServer) -> list[dict[str, Any]]:
    """The audit log straight from the store, oldest first."""
    return list(reversed(server.call(lambda: server.ctx.store.audit(limit=1000))))


# --- authentication and roles -----------------------------------------------------------------


def test_missing_token_is_401(server: RunningServer, client: httpx.Client) -> None:
    for method, path in (("GET", "/api/v1/policies"), ("POST", "/api/v1/policies")):
        problem = assert_problem(client.request(method, path, json=policy("x")), 401)
        assert "bearer" in problem["detail"].lower()
    # A scheme other than Bearer is no token either.
    basic = {"Authorization": f"Basic {server.tokens['admin']}"}
    assert_problem(client.get("/api/v1/policies", headers=basic), 401)


def test_bad_token_is_401(client: httpx.Client) -> None:
    for token in ("sby_not-a-real-token", "x"):
        response = client.get("/api/v1/vault", headers={"Authorization": f"Bearer {token}"})
        problem = assert_problem(response, 401)
        assert "unknown" in problem["detail"]


def test_viewer_reads_but_cannot_mutate(server: RunningServer, client: httpx.Client) -> None:
    viewer = server.headers("viewer")
    for path in ("/api/v1/vault", "/api/v1/inventory", "/api/v1/policies", "/api/v1/jobs"):
        assert client.get(path, headers=viewer).status_code == 200, path
    problem = assert_problem(client.post("/api/v1/policies", json=policy("v"), headers=viewer), 403)
    assert "operator" in problem["detail"] and "viewer" in problem["detail"]
    created = client.post(
        "/api/v1/policies", json=policy("op"), headers=server.headers("operator")
    ).json()
    assert_problem(client.delete(f"/api/v1/policies/{created['id']}", headers=viewer), 403)
    assert_problem(
        client.put(f"/api/v1/policies/{created['id']}", json=policy("v2"), headers=viewer), 403
    )
    # Nothing the viewer tried happened.
    names = [p["name"] for p in client.get("/api/v1/policies", headers=viewer).json()]
    assert names == ["op"]


def test_operator_and_admin_mutate(server: RunningServer, client: httpx.Client) -> None:
    for role in ("operator", "admin"):
        response = client.post(
            "/api/v1/policies", json=policy(f"by {role}"), headers=server.headers(role)
        )
        assert response.status_code == 201, response.text


def test_audit_needs_operator(server: RunningServer, client: httpx.Client) -> None:
    assert_problem(client.get("/api/v1/audit", headers=server.headers("viewer")), 403)
    assert_problem(client.get("/api/v1/audit"), 401)
    for role in ("operator", "admin"):
        response = client.get("/api/v1/audit", headers=server.headers(role))
        assert response.status_code == 200 and isinstance(response.json(), list)


def test_duplicate_policy_is_a_409_problem(server: RunningServer, client: httpx.Client) -> None:
    op = server.headers("operator")
    assert client.post("/api/v1/policies", json=policy("Twice"), headers=op).status_code == 201
    problem = assert_problem(client.post("/api/v1/policies", json=policy("Twice"), headers=op), 409)
    assert problem["title"] == "Conflict" and "Twice" in problem["detail"]


# --- the audit log ----------------------------------------------------------------------------


def test_every_mutating_request_leaves_exactly_one_audit_row(
    server: RunningServer, client: httpx.Client
) -> None:
    op, viewer, admin = (server.headers(r) for r in ("operator", "viewer", "admin"))
    assert audit_rows(server) == []
    expected: list[dict[str, Any]] = []  # actor, role, method, route, object, outcome

    def mutate(
        method: str,
        path: str,
        headers: dict[str, str],
        *,
        route: str,
        actor: str,
        role: str | None,
        status: int,
        obj: Any = "any",
        body: Any = None,
    ) -> httpx.Response:
        response = client.request(method, path, headers=headers, json=body)
        assert response.status_code == status, response.text
        expected.append(
            {
                "actor": actor,
                "role": role,
                "method": method,
                "route": route,
                "outcome": status,
                "object": obj,
            }
        )
        # Reads in between leave nothing behind.
        client.get("/api/v1/policies", headers=viewer)
        client.get("/api/v1/audit", headers=op)
        return response

    policies, one = "/api/v1/policies", "/api/v1/policies/{object_id}"
    created = mutate(
        "POST",
        policies,
        op,
        route=policies,
        actor="test-operator",
        role="operator",
        status=201,
        body=policy("Audited"),
    ).json()
    pid = created["id"]
    expected[-1]["object"] = f"policy/{pid}"
    mutate(
        "POST",
        policies,
        op,
        route=policies,
        actor="test-operator",
        role="operator",
        status=409,
        body=policy("audited"),
    )
    mutate(
        "POST",
        policies,
        op,
        route=policies,
        actor="test-operator",
        role="operator",
        status=422,
        obj=None,
        body=policy("Bad", copy_frequency_seconds=60),
    )
    mutate(
        "PUT",
        f"{policies}/{pid}",
        op,
        route=one,
        actor="test-operator",
        role="operator",
        status=200,
        obj=f"policy/{pid}",
        body=policy("Audited 2"),
    )
    mutate(
        "POST",
        policies,
        viewer,
        route=policies,
        actor="test-viewer",
        role="viewer",
        status=403,
        obj=None,
        body=policy("Viewer's"),
    )
    mutate(
        "DELETE",
        f"{policies}/{pid}",
        {},
        route=one,
        actor="anonymous",
        role=None,
        status=401,
        obj=pid,
    )
    mutate(
        "DELETE",
        f"{policies}/{pid}",
        {"Authorization": "Bearer sby_wrong"},
        route=one,
        actor="anonymous",
        role=None,
        status=401,
        obj=pid,
    )
    mutate(
        "DELETE",
        f"{policies}/pol-missing",
        admin,
        route=one,
        actor="test-admin",
        role="admin",
        status=404,
        obj="policy/pol-missing",
    )
    mutate(
        "DELETE",
        f"{policies}/{pid}",
        admin,
        route=one,
        actor="test-admin",
        role="admin",
        status=204,
        obj=f"policy/{pid}",
    )
    mutate(
        "POST",
        "/api/v1/pairings",
        op,
        route="/api/v1/pairings",
        actor="test-operator",
        role="operator",
        status=409,  # well-formed, naming clouds the vault does not hold
        obj=None,
        body={"primary_cloud_id": "a", "recovery_cloud_id": "b", "policy_id": "c"},
    )
    mutate(
        "POST",
        "/api/v1/alerts/alert-none/acknowledge",
        op,
        route="/api/v1/alerts/{object_id}/acknowledge",
        actor="test-operator",
        role="operator",
        status=404,
        obj="alert/alert-none",
    )

    rows = audit_rows(server)
    assert len(rows) == len(expected)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    for row, want in zip(rows, expected, strict=True):
        got = {k: row[k] for k in want}
        if want["object"] == "any":
            got["object"] = "any"
        assert got == want
        assert row["time"] is not None

    # The API serves the same rows, newest first, and filters by actor.
    served = client.get("/api/v1/audit", headers=op).json()
    assert [r["id"] for r in served] == [r["id"] for r in reversed(rows)]
    assert [r["outcome"] for r in served] == [w["outcome"] for w in reversed(expected)]
    by_admin = client.get("/api/v1/audit", params={"actor": "test-admin"}, headers=op).json()
    assert [r["outcome"] for r in by_admin] == [204, 404]
    limited = client.get("/api/v1/audit", params={"limit": 3}, headers=op).json()
    assert limited == served[:3]


def test_reads_leave_no_audit_rows(server: RunningServer, client: httpx.Client) -> None:
    op = server.headers("operator")
    for path in (
        "/api/v1/vault",
        "/api/v1/inventory",
        "/api/v1/policies",
        "/api/v1/policies/pol-none",
        "/api/v1/audit",
        "/api/v1/jobs",
        "/api/v1/alerts",
        "/healthz",
        "/metrics",
        "/openapi.json",
        "/api/v1/nothing-here",
    ):
        client.get(path, headers=op)
    client.get("/api/v1/policies")  # 401
    client.get("/api/v1/audit", headers=server.headers("viewer"))  # 403
    client.head("/api/v1/vault", headers=op)
    client.options("/api/v1/policies", headers=op)
    assert audit_rows(server) == []


def test_a_request_path_longer_than_the_audit_columns_is_still_audited(
    server: RunningServer, client: httpx.Client
) -> None:
    """PostgreSQL enforces VARCHAR lengths: an absurd path is cut, never a 500."""
    long_id = "x" * 500
    response = client.delete(f"/api/v1/policies/{long_id}", headers=server.headers("operator"))
    assert response.status_code == 404, response.text
    row = audit_rows(server)[-1]
    assert row["method"] == "DELETE" and row["outcome"] == 404
    assert len(row["object"]) == 200 and row["object"].endswith("xxx")
