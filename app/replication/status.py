"""A protected VM's `ReplicationStatus` (what the control plane reads) from its runner's
`Figures`: one way for every estate, whatever runs the runner (the lab, a host agent)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.domain.fabric import FullStorage, ReplicationStatus
from app.domain.model import RecoveryPoint

from .recovery import point_id
from .schedule import Figures


def replication_status(
    vm_id: str,
    figures: Figures,
    *,
    source_host_id: str,
    target_host_id: str,
    point_time: Callable[[datetime], datetime] = lambda t: t,
    guest_paused: bool = False,
    guest_paused_detail: str = "",
    not_quiesced: str = "",
) -> ReplicationStatus:
    """`point_time` turns a point's real time into the estate's (a lab may run faster).
    A guest paused because its storage is full counts as full source storage when the
    figures do not already say so (`guest_paused_detail`: what the storage said)."""
    full = {
        side: FullStorage(side, target_host_id if side == "replica" else source_host_id, detail)
        for side, detail in figures.full.items()
    }
    if guest_paused and "source" not in full:
        full["source"] = FullStorage("source", source_host_id, guest_paused_detail)
    points = [
        RecoveryPoint(
            id=point_id(vm_id, p.cycle_id),
            item_id=vm_id,
            time=point_time(p.time),
            kind=p.kind,
            cycle_id=p.cycle_id,
        )
        for p in figures.points
    ]
    return ReplicationStatus(
        vm_id=vm_id,
        observed_at=figures.observed_at,
        last_replication=figures.last_replication,
        rpo_seconds=figures.rpo_seconds,
        pending_bytes=figures.pending_bytes,
        throughput_bps=figures.throughput_bps,
        successful_cycles=figures.successful_cycles,
        missed_cycles=figures.missed_cycles,
        resync_required=figures.resync_required,
        recovery_points=points,
        source_host_id=source_host_id,
        target_host_id=target_host_id,
        storage_full=tuple(full.values()),
        guest_paused=guest_paused,
        replica_reachable=figures.reachable,
        not_quiesced=not_quiesced,
        resync_reason=figures.resync_reason,
    )
