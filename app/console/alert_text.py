"""Alerts in the operator's language: each alert's code and parameters rendered from
app/domain/alert_text.py's ALERT_TEXTS (translated in the context "AlertText"), storage
figures and times as the console words them; what ended a resolved condition appended the
same way. An alert without a code, or one this console cannot render, shows the control
plane's English message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.alert_text import ALERT_TEXTS
from app.domain.health import REASON_TEXTS
from app.domain.model import Alert, HostStorage

from . import formatting as fmt

CONTEXT = "AlertText"


def _t(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, ALERT_TEXTS[code])


def alert_text(alert: Alert) -> str:
    if alert.text_code not in ALERT_TEXTS:
        return alert.message
    try:
        text = _render(alert.text_code or "", alert.text_params)
        if alert.resolution_code is not None:
            if alert.resolution_code not in ALERT_TEXTS:
                return alert.message
            text += " " + _render(alert.resolution_code, alert.resolution_params)
    except (KeyError, IndexError, ValueError, TypeError):
        return alert.message
    return text


def kind_name(kind: str) -> str:
    """An alert's object kind, as the alerts list names it."""
    return {
        "vault": QCoreApplication.translate("AlertsModel", "Vault"),
        "site": QCoreApplication.translate("AlertsModel", "Site"),
        "host": QCoreApplication.translate("AlertsModel", "Host"),
        "vm": QCoreApplication.translate("AlertsModel", "VM"),
        "protected-item": QCoreApplication.translate("AlertsModel", "Protected item"),
        "recovery-plan": QCoreApplication.translate("AlertsModel", "Recovery plan"),
    }.get(kind, fmt.words(kind))


def _figures(p: dict[str, Any]) -> str:
    storage = HostStorage.model_construct(
        total_bytes=int(p["total_bytes"]), free_bytes=int(p["free_bytes"]), low=False
    )
    return fmt.storage_figures(storage)


def _render(code: str, p: dict[str, Any]) -> str:
    if code in ("host-storage-low", "host-storage-ok"):
        return _t(code).format(host=p.get("host", ""), figures=_figures(p))
    if code == "protection-at-risk":
        causes = "; ".join(_why(outage, site) for outage, site in p["causes"])
        vms = ", ".join(p["vms"])
        if p.get("more"):
            vms = _t("names-and-more").format(names=vms, more=p["more"])
        return _t(code).format(site=p["site"], count=p["count"], causes=causes, vms=vms)
    if code == "storage-full":
        parts = [
            _t("replica-storage" if side == "replica" else "vm-storage") for side in p["sides"]
        ]
        what = (
            _t("storage-parts").format(first=parts[0], second=parts[1])
            if len(parts) > 1
            else parts[0]
        )
        return _t(code).format(host=p["host"], what=what, count=p["count"])
    if code == "figures-stale":
        return _t(code).format(since=fmt.clock(datetime.fromisoformat(p["since"])))
    return _t(code).format(**p)


def _why(outage: str, site: str) -> str:
    key = f"why-{outage}"
    if key not in REASON_TEXTS:
        return outage
    return QCoreApplication.translate("HealthText", REASON_TEXTS[key]).format(site=site or "?")
