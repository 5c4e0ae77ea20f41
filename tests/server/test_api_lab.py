"""The lab's powers through the API: site outage, host crash, link and write rate."""

from __future__ import annotations

import httpx


def test_site_down_and_back_shows_in_inventory_and_alerts(lab_server) -> None:
    api = httpx.Client(base_url=lab_server.url, headers=lab_server.headers("operator"))
    answer = api.post("/api/v1/lab/sites/site-sto/down")
    assert answer.status_code == 200, answer.text
    inventory = api.get("/api/v1/inventory").json()
    site = next(s for s in inventory["sites"] if s["id"] == "site-sto")
    assert site["up"] is False and site["vmm_server"]["provider"]["connected"] is False
    sto_hosts = [h for h in inventory["hosts"] if h["cloud_id"].startswith("cloud-sto")]
    assert sto_hosts and not any(h["agent"]["connected"] for h in sto_hosts)
    assert all(v["power_state"] == "off" for v in inventory["vms"])
    critical = api.get("/api/v1/alerts", params={"severity": "critical"}).json()
    assert any(a["object_id"] == "site-sto" and "unreachable" in a["message"] for a in critical)

    assert api.post("/api/v1/lab/sites/site-sto/up").status_code == 200
    inventory = api.get("/api/v1/inventory").json()
    assert next(s for s in inventory["sites"] if s["id"] == "site-sto")["up"] is True
    audit = api.get("/api/v1/audit").json()
    assert [a["object"] for a in audit[:2]] == ["site/site-sto", "site/site-sto"]


def test_host_crash_link_and_write_rate(lab_server) -> None:
    api = httpx.Client(base_url=lab_server.url, headers=lab_server.headers("operator"))
    assert api.post("/api/v1/lab/hosts/host-sto-gold-1/crash").status_code == 200
    host = api.get("/api/v1/hosts/host-sto-gold-1").json()
    assert host["agent"]["connected"] is False
    assert api.put("/api/v1/lab/link", json={"cut": True}).status_code == 200
    assert api.put("/api/v1/lab/link", json={"bandwidth_bps": 10}).status_code == 422
    rate = api.put("/api/v1/lab/vms/vm-sql-01/write-rate", json={"writes_per_second": 50})
    assert rate.status_code == 200
    assert lab_server.ctx.fabric.estate.vms[0].writes_per_second == 50
    unknown = api.post("/api/v1/lab/hosts/host-nowhere/crash")
    assert unknown.status_code == 409 and "host-nowhere" in unknown.json()["detail"]


def test_lab_powers_need_an_operator(lab_server) -> None:
    viewer = httpx.post(
        f"{lab_server.url}/api/v1/lab/sites/site-sto/down", headers=lab_server.headers("viewer")
    )
    assert viewer.status_code == 403


def test_a_control_plane_without_a_lab_has_no_lab_routes(server) -> None:
    no_lab = httpx.post(f"{server.url}/api/v1/lab/sites/site-sto/down", headers=server.headers())
    assert no_lab.status_code == 404
