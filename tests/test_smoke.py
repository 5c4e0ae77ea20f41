import httpx


def test_lab_server_serves_the_seeded_inventory(lab_server):
    inv = httpx.get(f"{lab_server.url}/api/v1/inventory", headers=lab_server.headers("viewer"))
    assert inv.status_code == 200
    body = inv.json()
    assert {s["name"] for s in body["sites"]} == {"Stockholm", "Amsterdam"}
    assert len(body["vms"]) >= 12 and len(body["hosts"]) == 12
    assert len(body["pairings"]) == 2 and body["revision"] > 0
