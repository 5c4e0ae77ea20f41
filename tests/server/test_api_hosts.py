"""Host administration through the API: sites, clouds, registration keys, placing and removing
enrolled hosts; admins only, audited, refused clearly, served only by a fabric whose hosts
enroll. The control plane runs the real AgentFabric and hub; a real agent (with an empty host,
tests/support/agents.py) enrolls with the key the API issued."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.agents.fabric import AgentFabric
from app.server.context import Settings
from tests.support.agents import AgentThread
from tests.support.server import RunningServer


@pytest.fixture
def hosts_server(db_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    running = RunningServer(
        db_url,
        fabric_factory=lambda: AgentFabric(tmp_path / "agents"),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=30.0),
    ).start()
    yield running
    running.stop()


def until(check: Callable[[], Any], what: str, limit: float = 30.0) -> Any:
    """Poll `check` until it answers something true (a bound, not a timing assertion)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.05)
    raise AssertionError(f"not within {limit:g} s: {what}")


def test_an_admin_builds_a_site_adds_a_host_places_and_removes_it(hosts_server, tmp_path) -> None:
    api = httpx.Client(base_url=hosts_server.url, headers=hosts_server.headers("admin"))
    vault = api.get("/api/v1/vault").json()
    assert vault["host_registration"] is True and vault["lab"] is False

    site = api.post("/api/v1/sites", json={"name": "Stockholm", "location": "Kista"})
    assert site.status_code == 201, site.text
    site_id = site.json()["id"]
    gold = api.post(f"/api/v1/sites/{site_id}/clouds", json={"name": "Gold"}).json()
    silver = api.post(f"/api/v1/sites/{site_id}/clouds", json={"name": "Silver"}).json()
    # The inventory shows them at once (not at the next refresh, 30 s away).
    inventory = api.get("/api/v1/inventory").json()
    assert inventory["vault"]["host_registration"] is True
    assert [s["name"] for s in inventory["sites"]] == ["Stockholm"]
    assert {c["name"] for c in inventory["clouds"]} == {"Gold", "Silver"}

    answer = api.post(
        f"/api/v1/sites/{site_id}/registration-keys",
        json={"cloud_id": gold["id"], "valid_minutes": 30},
    )
    assert answer.status_code == 201, answer.text
    issued = answer.json()
    key = json.loads(issued["key_text"])
    assert key["site"] == "Stockholm" and key["cloud"] == "Gold" and key["hub"]
    assert issued["cloud_id"] == gold["id"]

    agent = AgentThread(issued["key_text"], tmp_path / "kvm-01", "kvm-01").start()
    try:
        assert agent.identity is not None
        host_id = agent.identity.host_id
        host = until(
            lambda: next(
                (h for h in api.get("/api/v1/hosts").json() if h["agent"]["connected"]), None
            ),
            "the enrolled host's agent connected in the inventory",
        )
        assert host["id"] == host_id and host["name"] == "kvm-01"
        assert host["cloud_id"] == gold["id"]
        _place_and_remove(api, agent, host_id, silver["id"], site_id, issued)
    finally:
        agent.stop()


def _place_and_remove(
    api: httpx.Client,
    agent: AgentThread,
    host_id: str,
    silver_id: str,
    site_id: str,
    issued: dict[str, Any],
) -> None:

    moved = api.put(f"/api/v1/hosts/{host_id}/cloud", json={"cloud_id": silver_id})
    assert moved.status_code == 204, moved.text
    assert api.get(f"/api/v1/hosts/{host_id}").json()["cloud_id"] == silver_id

    removed = api.delete(f"/api/v1/hosts/{host_id}")
    assert removed.status_code == 204, removed.text
    assert api.get(f"/api/v1/hosts/{host_id}").status_code == 404
    # Its agent is refused from then on, and says why.
    assert agent.ended.wait(30)
    assert agent.refused is not None and "removed" in agent.refused

    audit = api.get("/api/v1/audit").json()
    objects = [(a["method"], a["object"], a["outcome"]) for a in audit]
    assert ("DELETE", f"host/{host_id}", 204) in objects
    assert ("PUT", f"host/{host_id}", 204) in objects
    assert ("POST", f"registration-key/{issued['key_id']}", 201) in objects
    assert ("POST", f"site/{site_id}", 201) in objects
    assert issued["key_text"] not in json.dumps(audit)  # the secret is nowhere but the answer


def test_refusals_name_the_field(hosts_server) -> None:
    api = httpx.Client(base_url=hosts_server.url, headers=hosts_server.headers("admin"))
    site_id = api.post("/api/v1/sites", json={"name": "Stockholm"}).json()["id"]
    other = api.post("/api/v1/sites", json={"name": "Amsterdam"}).json()["id"]
    ams_gold = api.post(f"/api/v1/sites/{other}/clouds", json={"name": "Gold"}).json()["id"]

    taken = api.post("/api/v1/sites", json={"name": "stockholm"})
    assert taken.status_code == 409
    assert taken.headers["content-type"] == "application/problem+json"
    assert taken.json()["errors"][0]["field"] == "name" and "exists" in taken.json()["detail"]
    blank = api.post("/api/v1/sites", json={"name": "   "})
    assert blank.status_code == 422 and blank.json()["errors"][0]["field"] == "name"

    unknown = api.post("/api/v1/sites/site-nowhere/clouds", json={"name": "Gold"})
    assert unknown.status_code == 404 and unknown.json()["errors"][0]["field"] == "site_id"
    keys = f"/api/v1/sites/{site_id}/registration-keys"
    no_cloud = api.post(keys, json={"cloud_id": "cloud-nowhere"})
    assert no_cloud.status_code == 404 and no_cloud.json()["errors"][0]["field"] == "cloud_id"
    wrong_site = api.post(keys, json={"cloud_id": ams_gold})
    assert wrong_site.status_code == 409
    assert wrong_site.json()["errors"][0]["field"] == "cloud_id"
    too_long = api.post(keys, json={"valid_minutes": 8 * 24 * 60})
    assert too_long.status_code == 422
    assert too_long.json()["errors"][0]["field"] == "valid_minutes"
    no_host = api.delete("/api/v1/hosts/host-nowhere")
    assert no_host.status_code == 404 and no_host.json()["errors"][0]["field"] == "object_id"
    no_host = api.put("/api/v1/hosts/host-nowhere/cloud", json={"cloud_id": ams_gold})
    assert no_host.status_code == 404


def test_only_admins_manage_hosts(hosts_server) -> None:
    for role in ("viewer", "operator"):
        answer = httpx.post(
            f"{hosts_server.url}/api/v1/sites",
            json={"name": "Stockholm"},
            headers=hosts_server.headers(role),
        )
        assert answer.status_code == 403, role
        assert "admin" in answer.json()["detail"]


def test_a_control_plane_whose_hosts_do_not_enroll_has_no_host_routes(lab_server) -> None:
    api = httpx.Client(base_url=lab_server.url, headers=lab_server.headers("admin"))
    assert api.get("/api/v1/vault").json()["host_registration"] is False
    answer = api.post("/api/v1/sites", json={"name": "Oslo"})
    assert answer.status_code == 404 and "no host registration" in answer.json()["detail"]
    assert api.delete("/api/v1/hosts/host-sto-gold-1").status_code == 404
