"""Protection configuration through the real API: policies, pairings and network mappings.

Every rule a policy has answers 422 problem+json naming its field; the rules that need the
vault's state (unique names, a reference to an object the vault does not hold, clouds on two
sites, nothing deleted while in use) answer 409, naming the field where there is one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.server import RunningServer

PROBLEM = "application/problem+json"


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers=server.headers("operator"), timeout=30) as c:
        yield c


@pytest.fixture
def lab_api(lab_server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=lab_server.url, headers=lab_server.headers("operator"), timeout=30
    ) as c:
        yield c


def policy_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Gold 30 s",
        "copy_frequency_seconds": 30,
        "recovery_point_retention_hours": 12,
        "app_consistent_frequency_hours": 2,
        "compression": False,
        "initial_replication_start": "now",
        "delete_replica_on_disable": True,
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not ...}


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == PROBLEM
    problem = response.json()
    assert problem["status"] == status
    assert problem["title"]
    return problem


def assert_field_error(response: httpx.Response, field: str, status: int = 422) -> dict[str, Any]:
    problem = assert_problem(response, status)
    fields = {e["field"]: e["reason"] for e in problem["errors"]}
    assert field in fields, problem
    assert fields[field].strip(), problem
    assert field in problem["detail"]
    return problem


# --- policies ---------------------------------------------------------------------------------


def test_policy_crud(api: httpx.Client) -> None:
    created = api.post("/api/v1/policies", json=policy_body())
    assert created.status_code == 201, created.text
    policy = created.json()
    assert policy["id"].startswith("pol-")
    assert {k: policy[k] for k in policy_body()} == policy_body()

    got = api.get(f"/api/v1/policies/{policy['id']}")
    assert got.status_code == 200 and got.json() == policy
    assert [p["id"] for p in api.get("/api/v1/policies").json()] == [policy["id"]]

    changed = policy_body(name="Gold 5 min", copy_frequency_seconds=300, compression=True)
    put = api.put(f"/api/v1/policies/{policy['id']}", json=changed)
    assert put.status_code == 200, put.text
    assert put.json() == {"id": policy["id"], **changed, "initial_replication_scheduled_at": None}
    assert api.get(f"/api/v1/policies/{policy['id']}").json() == put.json()

    # The same name with other casing is the same policy: replacing it keeps its own name.
    assert (
        api.put(f"/api/v1/policies/{policy['id']}", json=policy_body(name="GOLD 5 MIN")).status_code
        == 200
    )

    deleted = api.delete(f"/api/v1/policies/{policy['id']}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert_problem(api.get(f"/api/v1/policies/{policy['id']}"), 404)
    assert_problem(api.delete(f"/api/v1/policies/{policy['id']}"), 404)
    assert_problem(api.put(f"/api/v1/policies/{policy['id']}", json=policy_body()), 404)
    assert api.get("/api/v1/policies").json() == []


def test_policy_defaults_fill_what_is_left_out(api: httpx.Client) -> None:
    created = api.post("/api/v1/policies", json={"name": "Defaults"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["copy_frequency_seconds"] == 300
    assert body["initial_replication_start"] == "now"
    assert body["initial_replication_scheduled_at"] is None


def test_scheduled_policy_with_a_time_is_accepted(api: httpx.Client) -> None:
    created = api.post(
        "/api/v1/policies",
        json=policy_body(
            initial_replication_start="scheduled",
            initial_replication_scheduled_at="2030-01-01T02:00:00Z",
        ),
    )
    assert created.status_code == 201, created.text
    assert created.json()["initial_replication_scheduled_at"].startswith("2030-01-01T02:00:00")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        pytest.param({"copy_frequency_seconds": 60}, "copy_frequency_seconds", id="frequency-60"),
        pytest.param(
            {"recovery_point_retention_hours": -1, "app_consistent_frequency_hours": 0},
            "recovery_point_retention_hours",
            id="retention-negative",
        ),
        pytest.param(
            {"recovery_point_retention_hours": 25},
            "recovery_point_retention_hours",
            id="retention-25",
        ),
        pytest.param(
            {"recovery_point_retention_hours": 24, "app_consistent_frequency_hours": 13},
            "app_consistent_frequency_hours",
            id="app-consistent-13",
        ),
        pytest.param(
            {"recovery_point_retention_hours": 2, "app_consistent_frequency_hours": 3},
            "app_consistent_frequency_hours",
            id="app-consistent-above-retention",
        ),
        # Settings nothing carried out are gone from the API (the agent owns port and
        # certificates; an offline initial copy is not offered).
        pytest.param({"replication_port": 443}, "replication_port", id="port-removed"),
        pytest.param({"authentication": "certificate"}, "authentication", id="auth-removed"),
        pytest.param(
            {"initial_replication_method": "offline"},
            "initial_replication_method",
            id="offline-removed",
        ),
        pytest.param(
            {"initial_replication_start": "scheduled"},
            "initial_replication_scheduled_at",
            id="scheduled-without-time",
        ),
        pytest.param(
            {"initial_replication_scheduled_at": "2030-01-01T02:00:00Z"},
            "initial_replication_scheduled_at",
            id="time-without-scheduled",
        ),
        pytest.param({"colour": "gold"}, "colour", id="unknown-field"),
        pytest.param({"name": ...}, "name", id="missing-name"),
        pytest.param({"name": "x" * 121}, "name", id="name-too-long"),
        pytest.param({"name": ""}, "name", id="name-empty"),
        pytest.param(
            {"initial_replication_start": "later"}, "initial_replication_start", id="bad-enum"
        ),
    ],
)
def test_policy_validation_errors(api: httpx.Client, overrides: dict[str, Any], field: str) -> None:
    body = policy_body(**overrides)
    assert_field_error(api.post("/api/v1/policies", json=body), field)
    # PUT validates the same way, before it looks for the policy.
    existing = api.post("/api/v1/policies", json=policy_body(name="Existing")).json()
    assert_field_error(api.put(f"/api/v1/policies/{existing['id']}", json=body), field)
    # Nothing invalid was stored.
    assert [p["name"] for p in api.get("/api/v1/policies").json()] == ["Existing"]


def test_policy_body_that_is_not_json_is_a_problem(api: httpx.Client) -> None:
    response = api.post(
        "/api/v1/policies", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 422)
    assert_problem(api.post("/api/v1/policies", json=["a", "list"]), 422)


def test_duplicate_policy_name_conflicts(api: httpx.Client) -> None:
    first = api.post("/api/v1/policies", json=policy_body(name="Silver"))
    assert first.status_code == 201
    problem = assert_problem(api.post("/api/v1/policies", json=policy_body(name="silver")), 409)
    assert "Silver" in problem["detail"] or "silver" in problem["detail"]
    # Renaming another policy onto a taken name conflicts too.
    other = api.post("/api/v1/policies", json=policy_body(name="Bronze")).json()
    assert_problem(api.put(f"/api/v1/policies/{other['id']}", json=policy_body(name="SILVER")), 409)
    assert sorted(p["name"] for p in api.get("/api/v1/policies").json()) == ["Bronze", "Silver"]


def test_policy_in_use_cannot_be_deleted(lab_api: httpx.Client) -> None:
    pairings = lab_api.get("/api/v1/pairings").json()
    policy_id = pairings[0]["policy_id"]
    problem = assert_problem(lab_api.delete(f"/api/v1/policies/{policy_id}"), 409)
    assert sorted(problem["pairing_ids"]) == sorted(p["id"] for p in pairings)
    assert lab_api.get(f"/api/v1/policies/{policy_id}").status_code == 200
    # Once nothing uses it, it goes.
    for pairing in pairings:
        assert lab_api.delete(f"/api/v1/pairings/{pairing['id']}").status_code == 204
    assert lab_api.delete(f"/api/v1/policies/{policy_id}").status_code == 204


# --- pairings ---------------------------------------------------------------------------------


def _policy_id(client: httpx.Client) -> str:
    return client.get("/api/v1/policies").json()[0]["id"]


def test_pairing_create_get_delete(lab_api: httpx.Client) -> None:
    spec = {
        "primary_cloud_id": "cloud-ams-gold",
        "recovery_cloud_id": "cloud-sto-gold",
        "policy_id": _policy_id(lab_api),
    }
    created = lab_api.post("/api/v1/pairings", json=spec)
    assert created.status_code == 201, created.text
    pairing = created.json()
    assert pairing["id"].startswith("pair-") and {k: pairing[k] for k in spec} == spec
    assert lab_api.get(f"/api/v1/pairings/{pairing['id']}").json() == pairing
    assert pairing["id"] in {p["id"] for p in lab_api.get("/api/v1/pairings").json()}
    inventory = lab_api.get("/api/v1/inventory").json()
    assert pairing in inventory["pairings"]

    assert lab_api.delete(f"/api/v1/pairings/{pairing['id']}").status_code == 204
    assert_problem(lab_api.get(f"/api/v1/pairings/{pairing['id']}"), 404)
    assert_problem(lab_api.delete(f"/api/v1/pairings/{pairing['id']}"), 404)
    assert len(lab_api.get("/api/v1/pairings").json()) == 2


@pytest.mark.parametrize(
    ("primary", "recovery", "policy", "field", "status"),
    [
        ("cloud-nowhere", "cloud-sto-gold", None, "primary_cloud_id", 409),
        ("cloud-ams-gold", "cloud-nowhere", None, "recovery_cloud_id", 409),
        ("cloud-ams-gold", "cloud-sto-gold", "pol-nowhere", "policy_id", 409),
        ("cloud-ams-gold", "cloud-ams-silver", None, "recovery_cloud_id", 409),  # same site
        ("cloud-ams-gold", "cloud-ams-gold", None, "recovery_cloud_id", 409),  # itself
        ("bad id with spaces", "cloud-sto-gold", None, "primary_cloud_id", 422),  # not an Id
    ],
    ids=["unknown-primary", "unknown-recovery", "unknown-policy", "same-site", "self", "bad-id"],
)
def test_pairing_invalid(
    lab_api: httpx.Client,
    primary: str,
    recovery: str,
    policy: str | None,
    field: str,
    status: int,
) -> None:
    spec = {
        "primary_cloud_id": primary,
        "recovery_cloud_id": recovery,
        "policy_id": policy or _policy_id(lab_api),
    }
    assert_field_error(lab_api.post("/api/v1/pairings", json=spec), field, status)
    assert len(lab_api.get("/api/v1/pairings").json()) == 2


def test_pairing_missing_and_unknown_fields(lab_api: httpx.Client) -> None:
    assert_field_error(
        lab_api.post("/api/v1/pairings", json={"primary_cloud_id": "cloud-ams-gold"}),
        "recovery_cloud_id",
    )
    spec = {
        "primary_cloud_id": "cloud-ams-gold",
        "recovery_cloud_id": "cloud-sto-gold",
        "policy_id": _policy_id(lab_api),
        "extra": 1,
    }
    assert_field_error(lab_api.post("/api/v1/pairings", json=spec), "extra")


def test_cloud_already_paired_conflicts(lab_api: httpx.Client) -> None:
    existing = {p["primary_cloud_id"]: p for p in lab_api.get("/api/v1/pairings").json()}
    spec = {
        "primary_cloud_id": "cloud-sto-gold",
        "recovery_cloud_id": "cloud-ams-silver",
        "policy_id": _policy_id(lab_api),
    }
    problem = assert_problem(lab_api.post("/api/v1/pairings", json=spec), 409)
    assert problem["pairing_id"] == existing["cloud-sto-gold"]["id"]
    assert len(lab_api.get("/api/v1/pairings").json()) == 2


# --- network mappings -------------------------------------------------------------------------


def test_network_mapping_create_list_delete(lab_api: httpx.Client) -> None:
    spec = {"primary_network_id": "net-sto-test", "recovery_network_id": "net-ams-test"}
    created = lab_api.post("/api/v1/network-mappings", json=spec)
    assert created.status_code == 201, created.text
    mapping = created.json()
    assert mapping["id"].startswith("netmap-") and {k: mapping[k] for k in spec} == spec
    assert mapping in lab_api.get("/api/v1/network-mappings").json()
    assert mapping in lab_api.get("/api/v1/inventory").json()["network_mappings"]

    assert lab_api.delete(f"/api/v1/network-mappings/{mapping['id']}").status_code == 204
    assert mapping not in lab_api.get("/api/v1/network-mappings").json()
    assert_problem(lab_api.delete(f"/api/v1/network-mappings/{mapping['id']}"), 404)


@pytest.mark.parametrize(
    ("primary", "recovery", "field", "status"),
    [
        ("net-nowhere", "net-ams-test", "primary_network_id", 409),
        ("net-sto-test", "net-nowhere", "recovery_network_id", 409),
        ("net-sto-test", "net-sto-prod", "recovery_network_id", 409),  # same site
        ("net-sto-test", "", "recovery_network_id", 422),  # empty id
    ],
    ids=["unknown-primary", "unknown-recovery", "same-site", "empty"],
)
def test_network_mapping_invalid(
    lab_api: httpx.Client, primary: str, recovery: str, field: str, status: int
) -> None:
    spec = {"primary_network_id": primary, "recovery_network_id": recovery}
    assert_field_error(lab_api.post("/api/v1/network-mappings", json=spec), field, status)
    assert len(lab_api.get("/api/v1/network-mappings").json()) == 1


def test_network_already_mapped_conflicts(lab_api: httpx.Client) -> None:
    [existing] = lab_api.get("/api/v1/network-mappings").json()
    spec = {"primary_network_id": "net-sto-prod", "recovery_network_id": "net-ams-test"}
    problem = assert_problem(lab_api.post("/api/v1/network-mappings", json=spec), 409)
    assert problem["network_mapping_id"] == existing["id"]


def test_unknown_object_is_a_404_problem(api: httpx.Client) -> None:
    for path in ("/api/v1/policies/pol-none", "/api/v1/pairings/pair-none"):
        problem = assert_problem(api.get(path), 404)
        assert "none" in problem["detail"]


# --- network mappings' IP rules (app/domain/addressing.py) ------------------------------------

TEST_NETS = {"primary_network_id": "net-sto-test", "recovery_network_id": "net-ams-test"}
SUBNET_RULE = {
    "primary_subnet": "10.10.0.0/24",
    "recovery_subnet": "10.20.0.0/24",
    "gateway": "10.20.0.1",
    "dns": ["10.20.0.10"],
}


def test_network_mapping_with_rules_is_created_and_read(lab_api: httpx.Client) -> None:
    vm_rule = {"vm_id": "vm-sql-01", "address": "10.20.0.99/24", "gateway": "10.20.0.1"}
    spec = {**TEST_NETS, "vm_rules": [vm_rule], "subnet_rules": [SUBNET_RULE]}
    created = lab_api.post("/api/v1/network-mappings", json=spec)
    assert created.status_code == 201, created.text
    mapping = created.json()
    assert mapping["vm_rules"] == [{**vm_rule, "dns": []}]
    assert mapping["subnet_rules"] == [SUBNET_RULE]
    assert mapping in lab_api.get("/api/v1/network-mappings").json()
    # The lab's networks say their subnet, its VMs their addresses, and the seeded
    # production mapping carries its subnet rule.
    inventory = lab_api.get("/api/v1/inventory").json()
    networks = {n["id"]: n for n in inventory["networks"]}
    assert (networks["net-ams-prod"]["subnet"], networks["net-ams-prod"]["gateway"]) == (
        "10.20.0.0/24",
        "10.20.0.1",
    )
    sql = next(v for v in inventory["vms"] if v["id"] == "vm-sql-01")
    assert sql["addresses"] == ["10.10.0.11/24"]
    seeded = next(
        m for m in inventory["network_mappings"] if m["primary_network_id"] == "net-sto-prod"
    )
    assert seeded["subnet_rules"][0]["recovery_subnet"] == "10.20.0.0/24"


WIDE = {"recovery_subnet": "10.20.0.0/16"}


def _subnet(**changes: Any) -> dict[str, Any]:
    return {"subnet_rules": [{**SUBNET_RULE, **changes}]}


def _vm(*rules: dict[str, Any]) -> dict[str, Any]:
    return {"vm_rules": [{"vm_id": "vm-sql-01", **rule} for rule in rules]}


@pytest.mark.parametrize(
    ("rules", "field", "status"),
    [
        (_subnet(primary_subnet="10.10.0/24"), "subnet_rules.0.primary_subnet", 422),
        (_subnet(primary_subnet="10.10.0.7/24"), "subnet_rules.0.primary_subnet", 422),
        (_subnet(recovery_subnet="10.20.0.0/16"), "subnet_rules.0.recovery_subnet", 422),
        (_subnet(gateway="10.30.0.1"), "subnet_rules.0.gateway", 422),
        (
            {"subnet_rules": [SUBNET_RULE, {"primary_subnet": "10.10.0.0/16", **WIDE}]},
            "subnet_rules.1.primary_subnet",
            422,
        ),
        # The recovery network (net-ams-test) is 10.20.0.0/24: the rule must land inside it.
        (
            _subnet(recovery_subnet="10.30.0.0/24", gateway=None),
            "subnet_rules.0.recovery_subnet",
            422,
        ),
        (_vm({"address": "10.20.0.99"}), "vm_rules.0.address", 422),
        (_vm({"address": "10.30.0.99/24"}), "vm_rules.0.address", 422),
        (_vm({"address": "10.20.0.99/24", "dns": ["x"]}), "vm_rules.0.dns.0", 422),
        (_vm({"address": "10.20.0.98/24"}, {"address": "10.20.0.99/24"}), "vm_rules.1.vm_id", 422),
        (
            {"vm_rules": [{"vm_id": "vm-nowhere", "address": "10.20.0.99/24"}]},
            "vm_rules.0.vm_id",
            409,
        ),
    ],
)
def test_network_mapping_rule_errors_name_the_field(
    lab_api: httpx.Client, rules: dict[str, Any], field: str, status: int
) -> None:
    response = lab_api.post("/api/v1/network-mappings", json={**TEST_NETS, **rules})
    problem = assert_field_error(response, field, status)
    assert response.headers["content-type"].startswith("application/problem+json")
    assert problem["detail"].startswith(field)
    assert len(lab_api.get("/api/v1/network-mappings").json()) == 1


# --- editing a mapping's IP rules (PUT) ---------------------------------------------------------


def _seeded(lab_api: httpx.Client) -> dict[str, Any]:
    [mapping] = lab_api.get("/api/v1/network-mappings").json()
    return mapping


def test_a_mappings_rules_are_edited_and_read_back(lab_api: httpx.Client) -> None:
    mapping = _seeded(lab_api)
    spec = {k: v for k, v in mapping.items() if k != "id"}
    vm_rule = {"vm_id": "vm-sql-01", "address": "10.20.0.99/24", "gateway": "10.20.0.1", "dns": []}
    edited = {**spec, "vm_rules": [vm_rule], "subnet_rules": []}
    answer = lab_api.put(f"/api/v1/network-mappings/{mapping['id']}", json=edited)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {**edited, "id": mapping["id"]}
    assert lab_api.get("/api/v1/network-mappings").json() == [answer.json()]
    inventory = lab_api.get("/api/v1/inventory").json()
    assert inventory["network_mappings"] == [answer.json()]

    # Back to a subnet rule only: the per-VM rule goes, the mapping keeps its id.
    answer = lab_api.put(f"/api/v1/network-mappings/{mapping['id']}", json={**spec, "vm_rules": []})
    assert answer.status_code == 200, answer.text
    assert answer.json() == mapping


@pytest.mark.parametrize(
    ("rules", "field", "status"),
    [
        (_subnet(recovery_subnet="10.20.0.0/16"), "subnet_rules.0.recovery_subnet", 422),
        (_subnet(gateway="10.30.0.1"), "subnet_rules.0.gateway", 422),
        (_vm({"address": "10.30.0.99/24"}), "vm_rules.0.address", 422),
        (_vm({"address": "10.20.0.98/24"}, {"address": "10.20.0.99/24"}), "vm_rules.1.vm_id", 422),
        (
            {"vm_rules": [{"vm_id": "vm-nowhere", "address": "10.20.0.99/24"}]},
            "vm_rules.0.vm_id",
            409,
        ),
        ({"recovery_network_id": "net-sto-test"}, "recovery_network_id", 409),  # same site
    ],
)
def test_an_edit_that_breaks_a_rule_names_the_field_and_changes_nothing(
    lab_api: httpx.Client, rules: dict[str, Any], field: str, status: int
) -> None:
    mapping = _seeded(lab_api)
    spec = {k: v for k, v in mapping.items() if k != "id"}
    response = lab_api.put(f"/api/v1/network-mappings/{mapping['id']}", json={**spec, **rules})
    problem = assert_field_error(response, field, status)
    assert response.headers["content-type"].startswith("application/problem+json")
    assert problem["detail"].startswith(field)
    assert lab_api.get("/api/v1/network-mappings").json() == [mapping]


def test_an_edit_of_a_mapping_that_is_not_there_or_onto_a_mapped_network_is_refused(
    lab_api: httpx.Client,
) -> None:
    mapping = _seeded(lab_api)
    spec = {k: v for k, v in mapping.items() if k != "id"}
    assert_problem(lab_api.put("/api/v1/network-mappings/netmap-none", json=spec), 404)
    other = lab_api.post("/api/v1/network-mappings", json=TEST_NETS)
    assert other.status_code == 201, other.text
    # Moving the new mapping onto the network the seeded one maps: a conflict naming it.
    moved = {**TEST_NETS, "primary_network_id": mapping["primary_network_id"]}
    problem = assert_problem(
        lab_api.put(f"/api/v1/network-mappings/{other.json()['id']}", json=moved), 409
    )
    assert problem["network_mapping_id"] == mapping["id"]
    assert other.json() in lab_api.get("/api/v1/network-mappings").json()
