"""Replication status as it travels from a host agent to the control plane (JSON)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from app.domain.fabric import FullStorage, ReplicationStatus
from app.domain.model import RecoveryPoint


def status_to_json(status: ReplicationStatus) -> dict[str, Any]:
    raw = asdict(status)
    raw["observed_at"] = status.observed_at.isoformat()
    raw["last_replication"] = (
        status.last_replication.isoformat() if status.last_replication else None
    )
    raw["recovery_points"] = [p.model_dump(mode="json") for p in status.recovery_points]
    raw["storage_full"] = [asdict(f) for f in status.storage_full]
    return raw


def status_from_json(raw: dict[str, Any]) -> ReplicationStatus:
    return ReplicationStatus(
        **{
            **raw,
            "observed_at": datetime.fromisoformat(raw["observed_at"]),
            "last_replication": (
                datetime.fromisoformat(raw["last_replication"])
                if raw.get("last_replication")
                else None
            ),
            "recovery_points": [RecoveryPoint.model_validate(p) for p in raw["recovery_points"]],
            "storage_full": tuple(FullStorage(**f) for f in raw.get("storage_full", [])),
        }
    )
