"""Notification rules' pure parts: quiet hours in a time zone (across midnight too), and the
spec's validation (write-only secrets, TLS before a login)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from app.domain.notifications import EmailSpec, NotificationRuleSpec, QuietHours


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_quiet_hours_across_midnight_in_stockholm() -> None:
    night = QuietHours(start="22:00", end="07:00", timezone="Europe/Stockholm")
    # 23:30 in Stockholm (UTC+1 in December) is held until 07:00 the next morning there.
    assert night.held_until(at("2026-12-04T22:30:00+00:00")) == at("2026-12-05T07:00:00+01:00")
    # 05:00 in Stockholm: held until 07:00 the same day.
    assert night.held_until(at("2026-12-05T04:00:00+00:00")) == at("2026-12-05T07:00:00+01:00")
    # 12:00 and exactly 07:00: outside.
    assert night.held_until(at("2026-12-05T11:00:00+00:00")) is None
    assert night.held_until(at("2026-12-05T06:00:00+00:00")) is None


def test_quiet_hours_within_a_day_and_at_a_summer_offset() -> None:
    lunch = QuietHours(start="12:00", end="13:30", timezone="Europe/Amsterdam")
    assert lunch.held_until(at("2026-07-01T10:15:00+00:00")) == at("2026-07-01T13:30:00+02:00")
    assert lunch.held_until(at("2026-07-01T11:30:00+00:00")) is None


@pytest.mark.parametrize(
    ("quiet", "field"),
    [
        ({"start": "22:00", "end": "22:00"}, "end"),
        ({"start": "24:00", "end": "07:00"}, "start"),
        ({"start": "22:00", "end": "07:00", "timezone": "Nowhere/Else"}, "timezone"),
    ],
)
def test_quiet_hours_refused(quiet: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        QuietHours(**quiet)
    assert field in str(caught.value)


def test_secrets_are_hidden_in_reprs_and_dumps_but_sent_by_wire() -> None:
    spec = NotificationRuleSpec.model_validate(
        {
            "name": "Mail",
            "channel": {
                "kind": "email",
                "host": "smtp.example.net",
                "username": "u",
                "password": "p4ss-word",
                "sender": "a@example.net",
                "recipients": ["b@example.net"],
            },
        }
    )
    assert "p4ss-word" not in repr(spec) and "p4ss-word" not in str(spec.model_dump(mode="json"))
    assert spec.wire()["channel"]["password"] == "p4ss-word"
    kept = spec.model_copy(update={"channel": spec.channel.model_copy(update={"password": None})})
    assert "password" not in kept.wire()["channel"]  # left out: the stored one is kept


def test_a_login_needs_tls() -> None:
    with pytest.raises(ValidationError, match="only sent over TLS"):
        EmailSpec(
            host="smtp.example.net",
            security="none",
            username="u",
            sender="a@example.net",
            recipients=["b@example.net"],
        )
