"""What the API answers for a method a path does not serve, a path object or a body reference
that does not exist, and a query value outside its schema (docs/architecture.md, Errors)."""

from __future__ import annotations

import httpx
import pytest

from tests.support.server import RunningServer

PROBLEM = "application/problem+json"


@pytest.fixture
def api(lab_server: RunningServer) -> httpx.Client:
    return httpx.Client(base_url=lab_server.url, headers=lab_server.headers("operator"), timeout=30)


def allowed(response: httpx.Response) -> set[str]:
    assert response.status_code == 405, response.text
    assert response.headers["content-type"].split(";")[0] == PROBLEM
    return {m.strip() for m in response.headers["allow"].split(",")}


def test_405_names_every_method_of_the_path(api: httpx.Client) -> None:
    assert allowed(api.options("/api/v1/policies")) == {"GET", "POST"}
    assert allowed(api.options("/api/v1/policies/pol-x")) == {"GET", "PUT", "DELETE"}
    assert allowed(api.options("/api/v1/protected-items")) == {"GET", "POST"}
    assert allowed(api.patch("/api/v1/protected-items/pi-x")) == {"GET", "DELETE"}
    assert allowed(api.options("/api/v1/recovery-plans/plan-x/test-failover")) == {"POST"}


@pytest.mark.parametrize("sub", ["data-loss", "discarded-writes", "health", "recovery-points"])
def test_post_on_an_items_reading_is_405_not_an_operation(api: httpx.Client, sub: str) -> None:
    """The `/{operation}` route matches only operations, so these reach their GET route."""
    assert allowed(api.post(f"/api/v1/protected-items/pi-x/{sub}", json={})) == {"GET"}


def test_an_unknown_operation_or_object_is_404(api: httpx.Client) -> None:
    assert api.post("/api/v1/protected-items/pi-x/explode", json={}).status_code == 404
    assert api.post("/api/v1/recovery-plans/plan-x/explode", json={}).status_code == 404
    missing = api.post("/api/v1/protected-items/pi-x/pause", json={})
    assert missing.status_code == 404 and "pi-x" in missing.json()["detail"]


def test_a_body_reference_the_vault_cannot_follow_is_409_naming_the_field(
    api: httpx.Client,
) -> None:
    answer = api.post("/api/v1/protected-items", json={"vm_id": "vm-none", "pairing_id": "p"})
    assert answer.status_code == 409, answer.text
    assert answer.json()["errors"] == [{"field": "vm_id", "reason": "no VM with id 'vm-none'"}]
    malformed = api.post("/api/v1/protected-items", json={"vm_id": "has spaces", "pairing_id": 1})
    assert malformed.status_code == 422  # the body's own fault


def test_since_must_be_the_documented_date_time(api: httpx.Client) -> None:
    item = api.post(
        "/api/v1/protected-items", json={"vm_id": "vm-sql-01", "pairing_id": _gold(api)}
    ).json()["object_id"]
    health = f"/api/v1/protected-items/{item}/health"
    for bad in ("0", "1700000000", "2026-12-04", "2026-12-04T08:00:00", "2026-12-04 08:00:00Z"):
        answer = api.get(health, params={"since": bad})
        assert answer.status_code == 422, (bad, answer.text)
        assert answer.json()["errors"][0]["field"] == "since"
    for good in ("2026-12-04T08:00:00Z", "2026-12-04T08:00:00.5+01:00"):
        assert api.get(health, params={"since": good}).status_code == 200, good


def _gold(api: httpx.Client) -> str:
    pairings = api.get("/api/v1/pairings").json()
    return next(p["id"] for p in pairings if p["primary_cloud_id"] == "cloud-sto-gold")
