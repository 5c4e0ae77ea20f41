"""A protected item's health reasons in the operator's language: each reason's code and
parameters rendered from app/domain/health.py's REASON_TEXTS (translated in the context
"HealthText"), times in local time, RPO figures as the console words durations. A reason
this console does not know (a newer control plane), or one without its parameters (an older
one), shows the control plane's English message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.health import REASON_TEXTS
from app.domain.model import HealthReason

from . import formatting as fmt

CONTEXT = "HealthText"
_NEEDS: dict[str, tuple[str, ...]] = {
    "rpo-critical": ("rpo_seconds", "target_seconds"),
    "rpo-warning": ("rpo_seconds", "target_seconds"),
    "replica-storage-full": ("host",),
    "source-storage-full": ("host",),
    "replica-unreachable": ("host", "outage"),
    "missed-cycles": ("count",),
}


def _t(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, REASON_TEXTS[key])


def _time(value: Any) -> str:
    try:
        return fmt.clock(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        return str(value)


def reason_text(reason: HealthReason) -> str:
    code, params = reason.code, reason.params
    if code not in REASON_TEXTS or any(key not in params for key in _NEEDS.get(code, ())):
        return reason.message
    try:
        return _render(code, params)
    except (KeyError, IndexError, ValueError):
        return reason.message


def _render(code: str, p: dict[str, Any]) -> str:
    if code in ("rpo-critical", "rpo-warning"):
        return _t(code).format(
            rpo_seconds=fmt.duration(p["rpo_seconds"]),
            target_seconds=fmt.duration(p["target_seconds"]),
        )
    if code in ("replica-storage-full", "source-storage-full"):
        point = p.get("point_time")
        last = (
            _t("last-good-point").format(point_time=_time(point)) if point else _t("no-point-yet")
        )
        key = "source-storage-full-paused" if p.get("guest_paused") else code
        return _t(key).format(host=p["host"], last=last)
    if code == "replica-unreachable":
        point = p.get("point_time")
        last = _t("last-received").format(point_time=_time(point)) if point else _t("none-received")
        why = _t(f"why-{p['outage']}").format(site=p.get("site") or "?")
        return _t(code).format(host=p["host"], why=why, last=last)
    if code == "missed-cycles":
        return _t(code).format(count=p["count"])
    text = _t(code)
    if "cause" in p:
        return _t("cause").format(message=text, cause=p["cause"])
    return text


def reasons_text(reasons: list[HealthReason], bullet: str = "• ") -> str:
    """One reason a line."""
    return "\n".join(f"{bullet}{reason_text(r)}" for r in reasons)
