"""`standby notifications …` through real processes against a real control plane and a real
webhook receiver: add (secret from a file or standard input, never the command line), list,
test, deliveries, delete, and one-line refusals with exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.receivers import WebhookReceiver
from tests.support.server import RunningServer
from tests.test_cli import ROOT, standby

SECRET = "cli-secret-5be1d0"


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(SECRET).start()
    yield receiver
    receiver.stop()


def admin_env(server: RunningServer) -> dict[str, str]:
    return {"STANDBY_URL": server.url, "STANDBY_TOKEN": server.tokens["admin"]}


def test_add_list_test_deliveries_delete(
    server: RunningServer, hook: WebhookReceiver, tmp_path: Path
) -> None:
    env = admin_env(server)
    secret_file = tmp_path / "secret"
    secret_file.write_text(SECRET + "\n")
    added = standby(
        "notifications", "add", "--name", "Pager", "--min-severity", "critical",
        "--webhook", hook.url, "--secret-file", str(secret_file),
        "--quiet-hours", "23:00-06:00", "--timezone", "Europe/Stockholm", "--json",
        env=env,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    rule = json.loads(added.stdout)
    assert rule["channel"]["secret_set"] is True and SECRET not in added.stdout
    assert rule["quiet_hours"] == {"start": "23:00", "end": "06:00", "timezone": "Europe/Stockholm"}

    listed = standby("notifications", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert rule["id"] in listed.stdout and "Pager" in listed.stdout
    assert "critical and worse" in listed.stdout and SECRET not in listed.stdout

    tested = standby("notifications", "test", rule["id"], env=env)
    assert tested.returncode == 0, tested.stderr
    assert "Test delivered" in tested.stdout
    assert hook.received and hook.received[-1].signature_ok

    log = standby("notifications", "deliveries", rule["id"], "--json", env=env)
    assert log.returncode == 0
    assert [d["state"] for d in json.loads(log.stdout)] == ["delivered"]

    # The secret from standard input, an e-mail rule.
    mail = subprocess.run(
        [
            sys.executable, "-m", "app.cli", "notifications", "add", "--name", "Mail",
            "--smtp", "smtp.example.net:2525", "--username", "u", "--password-file", "-",
            "--from", "standby@example.net", "--to", "a@example.net", "--to", "b@example.net",
            "--json",
        ],
        input="smtp-pass\n", capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, **env},
    )  # fmt: skip
    assert mail.returncode == 0, mail.stderr
    channel = json.loads(mail.stdout)["channel"]
    assert channel["port"] == 2525 and channel["password_set"] is True
    assert channel["recipients"] == ["a@example.net", "b@example.net"]

    deleted = standby("notifications", "delete", rule["id"], env=env)
    assert deleted.returncode == 0 and "Deleted" in deleted.stdout
    assert rule["id"] not in standby("notifications", "list", env=env).stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["add", "--name", "x", "--webhook", "https://h.example.net/"], "signing secret"),
        (["add", "--name", "x"], "give one channel"),
        (
            ["add", "--name", "x", "--webhook", "https://h.example.net/", "--secret-file",
             "/nonexistent/secret"],
            "cannot read the webhook secret",
        ),
        (
            ["add", "--name", "x", "--webhook", "https://h.example.net/", "--quiet-hours", "22"],
            "--quiet-hours",
        ),
        (
            ["add", "--name", "x", "--webhook", "ftp://h.example.net/"],
            "channel.webhook.url",
        ),
        (["test", "ntf-missing"], "No notification rule"),
        (["deliveries", "ntf-missing", "--limit", "0"], "limit"),
    ],
)  # fmt: skip
def test_refusals_are_one_line_with_status_2(
    server: RunningServer, args: list[str], says: str
) -> None:
    env = {**admin_env(server), "STANDBY_WEBHOOK_SECRET": "s" if "ftp" in str(args) else ""}
    result = standby("notifications", *args, env=env)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_an_operator_token_is_refused_in_one_line(server: RunningServer) -> None:
    env = {"STANDBY_URL": server.url, "STANDBY_TOKEN": server.tokens["operator"]}
    result = standby("notifications", "list", env=env)
    assert result.returncode == 2
    assert "admin role" in result.stderr and len(result.stderr.strip().splitlines()) == 1
