"""`standby network-mapping …` through a real process against a real control plane over the
lab: the mappings listed with their rules, a mapping's IP rules replaced (by its primary
network's name), and every refusal one line on stderr with exit status 2."""

from __future__ import annotations

import json

import httpx

from tests.support.server import RunningServer
from tests.test_cli import standby


def operator_env(server: RunningServer) -> dict[str, str]:
    return {"STANDBY_URL": server.url, "STANDBY_TOKEN": server.tokens["operator"]}


def mappings(server: RunningServer) -> list[dict]:
    answer = httpx.get(
        f"{server.url}/api/v1/network-mappings", headers=server.headers("operator"), timeout=30
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_rules_are_listed_and_replaced(lab_server: RunningServer) -> None:
    env = operator_env(lab_server)
    [seeded] = mappings(lab_server)
    listed = standby("network-mapping", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert seeded["id"] in listed.stdout
    assert "10.10.0.0/24 -> 10.20.0.0/24" in listed.stdout

    # A per-VM rule (the VM by name) and a subnet rule with its gateway and DNS server.
    done = standby(
        "network-mapping", "rules", "sto-production",
        "--vm", "sql-01=10.20.0.99/24,gateway=10.20.0.1",
        "--subnet", "10.10.0.0/24=10.20.0.0/24,gateway=10.20.0.1,dns=10.20.0.10",
        "--json",
        env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [mapping] = json.loads(done.stdout)
    assert mapping["id"] == seeded["id"]
    assert mapping["vm_rules"] == [
        {"vm_id": "vm-sql-01", "address": "10.20.0.99/24", "gateway": "10.20.0.1", "dns": []}
    ]
    assert mapping["subnet_rules"] == [
        {
            "primary_subnet": "10.10.0.0/24",
            "recovery_subnet": "10.20.0.0/24",
            "gateway": "10.20.0.1",
            "dns": ["10.20.0.10"],
        }
    ]
    assert mappings(lab_server) == [mapping]

    cleared = standby("network-mapping", "rules", seeded["id"], "--clear", env=env)
    assert cleared.returncode == 0, cleared.stderr
    assert "no rules: VMs keep their addresses" in cleared.stdout
    [mapping] = mappings(lab_server)
    assert mapping["vm_rules"] == [] and mapping["subnet_rules"] == []


def test_refusals_are_one_line_with_exit_status_2(lab_server: RunningServer) -> None:
    env = operator_env(lab_server)
    before = mappings(lab_server)
    net = "STO-Production"
    for args, words in (
        # The control plane's problem names the field and why.
        ((net, "--subnet", "10.10.0.0/24=10.20.0.0/16"), "subnet_rules.0.recovery_subnet"),
        ((net, "--vm", "sql-01=10.30.0.9/24"), "vm_rules.0.address"),
        ((net, "--subnet", "10.10.0.7/24=10.20.0.0/24"), "host bits"),
        # Refused before anything is sent.
        ((net, "--vm", "no-such-vm=10.20.0.9/24"), "no VM named 'no-such-vm'"),
        (("nowhere", "--clear"), "no network mapping 'nowhere'"),
        ((net, "--subnet", "10.10.0.0/24"), "--subnet: '10.10.0.0/24' is not KEY=VALUE"),
        ((net, "--vm", "sql-01=10.20.0.9/24,mtu=9000"), "'mtu=9000' is not gateway=IP"),
        ((net,), "give the rules"),
        ((net, "--clear", "--vm", "sql-01=10.20.0.9/24"), "--clear removes every rule"),
    ):
        done = standby("network-mapping", "rules", *args, env=env)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert words in done.stderr, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert mappings(lab_server) == before

    viewer = {**env, "STANDBY_TOKEN": lab_server.tokens["viewer"]}
    done = standby("network-mapping", "rules", "sto-production", "--clear", env=viewer)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert mappings(lab_server) == before
