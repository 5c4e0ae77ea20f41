"""Resync: compare block hashes on both sides and ship only the blocks that differ.

Used when the logs can no longer be trusted (a torn or damaged log, a sequence gap) and for
reverse replication over an old primary. Like the initial copy it reads the live disk after
rotating the log, so the next cycle's delta makes the replica consistent again; the differing
blocks travel as RESYNC deltas through the replica's undo-protected apply path.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cycle import Delta, DeltaEntry, DeltaKind
from .disk import TrackedDisk
from .sparse import BLOCK_SIZE
from .transport import Transport


@dataclass(frozen=True)
class ResyncResult:
    disk_id: str
    blocks_compared: int
    blocks_differing: int
    bytes_shipped: int


def resync_disk(
    pair_id: str,
    disk: TrackedDisk,
    transport: Transport,
    *,
    compress: bool = True,
    batch_blocks: int = 256,
) -> ResyncResult:
    with disk.lock:
        disk.rotate()
        disk.discard_closed_logs()  # superseded: the comparison covers everything before now
        base_seq = disk.current_log_base_seq
    transport.prepare(
        pair_id,
        vm_id=disk.vm_id,
        disk_id=disk.disk_id,
        size_bytes=disk.size_bytes,
        fresh=False,
    )
    ours = disk.block_hashes()
    theirs = transport.block_hashes(pair_id, disk.disk_id)
    if len(theirs) != len(ours):
        raise ValueError(f"replica of {disk.disk_id} has {len(theirs)} blocks, source {len(ours)}")
    differing = [i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    shipped = 0
    # Always send at least one (possibly empty) delta: it tells the replica the new base.
    batches = [differing[i : i + batch_blocks] for i in range(0, len(differing), batch_blocks)]
    for batch in batches or [[]]:
        entries = [DeltaEntry(b, 0, disk.read(b * BLOCK_SIZE, BLOCK_SIZE)) for b in batch]
        delta = Delta(
            kind=DeltaKind.RESYNC,
            vm_id=disk.vm_id,
            disk_id=disk.disk_id,
            disk_size=disk.size_bytes,
            base_seq=base_seq,
            end_seq=base_seq,
            entries=entries,
        )
        blob = delta.encode(compress=compress)
        transport.send_delta(pair_id, blob)
        shipped += len(blob)
    disk.clear_resync_required()
    return ResyncResult(disk.disk_id, len(ours), len(differing), shipped)
