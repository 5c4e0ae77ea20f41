"""The auditor: reads a VM's disk images and says what they prove.

- intact: every written block verifies (checksum, and it sits where it says it belongs);
- crash-consistent: the images are exactly a prefix of the write history — there is an N such
  that every block holds the latest write with sequence number ≤ N to that block (or nothing,
  if there was none);
- app-consistent: crash-consistent, and the cut at N splits no transaction — claimed only for
  a point taken app-consistent (quiesced): a crash-consistent point that happens to cut
  between transactions is still a crash-consistent point, so its audit leaves
  `app_consistent` unset (None) rather than call it app-consistent;
- writes lost: how many writes of the history come after N.

Without a history only `intact` and `last_sequence` can be told.
"""

from __future__ import annotations

import bisect
import os
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.replication.sparse import BLOCK_SIZE, block_extents, is_zero

from .workload import BadBlock, BlockStamp, WriteHistory, WriteRecord, decode_block

MAX_PROBLEMS = 20


@dataclass
class AuditReport:
    blocks_scanned: int = 0
    blocks_written: int = 0
    corrupt_blocks: int = 0
    intact: bool = True
    crash_consistent: bool | None = None
    app_consistent: bool | None = None
    last_sequence: int = 0  # the newest write present in the images
    consistent_prefix: int | None = None  # N, when crash-consistent
    source_last_sequence: int | None = None
    writes_lost: int | None = None  # history writes after N (after last_sequence if torn)
    partial_transactions: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def note(self, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)


def scan_image(
    path: Path, *, vm_id: str, disk_id: str, report: AuditReport
) -> dict[int, BlockStamp]:
    """Every written block of one image; damaged or misplaced blocks are counted in `report`."""
    found: dict[int, BlockStamp] = {}
    size = Path(path).stat().st_size
    report.blocks_scanned += size // BLOCK_SIZE
    with open(path, "rb") as f:
        fd = f.fileno()
        for off, length in block_extents(fd, size):
            for pos in range(off, off + length, BLOCK_SIZE):
                data = os.pread(fd, BLOCK_SIZE, pos)
                if is_zero(data):
                    continue
                block = pos // BLOCK_SIZE
                report.blocks_written += 1
                try:
                    stamp = decode_block(data)
                except BadBlock as exc:
                    report.corrupt_blocks += 1
                    report.note(f"{disk_id} block {block}: {exc}")
                    continue
                if (stamp.vm_id, stamp.disk_id, stamp.block) != (vm_id, disk_id, block):
                    report.corrupt_blocks += 1
                    report.note(f"{disk_id} block {block}: holds {stamp}")
                    continue
                found[block] = stamp
    report.intact = report.corrupt_blocks == 0
    return found


def audit(
    images: Mapping[str, Path],
    *,
    vm_id: str,
    history: WriteHistory | list[WriteRecord] | None = None,
    app_consistent_point: bool | None = None,
) -> AuditReport:
    """Audit a VM's images (disk id → path) against the source's write history.
    `app_consistent_point` says whether the images come from a point taken app-consistent
    (False: a crash-consistent point, whose app consistency is not claimed; None: not a
    point, or unknown — judged from the images alone)."""
    report = AuditReport()
    seen: dict[tuple[str, int], BlockStamp] = {}
    for disk_id, path in images.items():
        for block, stamp in scan_image(path, vm_id=vm_id, disk_id=disk_id, report=report).items():
            seen[(disk_id, block)] = stamp
    report.last_sequence = max((s.seq for s in seen.values()), default=0)
    if history is None:
        return report

    all_disks = history.disk_ids if isinstance(history, WriteHistory) else None
    records = history.records if isinstance(history, WriteHistory) else history
    records = [r for r in records if r.disk_id in images]
    report.source_last_sequence = records[-1].seq if records else 0

    writes: dict[tuple[str, int], list[int]] = defaultdict(list)  # block → its seqs, ascending
    by_seq: dict[int, WriteRecord] = {}
    for r in records:
        writes[(r.disk_id, r.block)].append(r.seq)
        by_seq[r.seq] = r
    n = report.last_sequence
    consistent = report.intact

    for key, stamp in seen.items():
        rec = by_seq.get(stamp.seq)
        if rec is None or (rec.disk_id, rec.block, rec.txn_id) != (key[0], key[1], stamp.txn_id):
            consistent = False
            report.note(f"{key[0]} block {key[1]}: seq {stamp.seq} is not in the history there")
    for key, seqs in writes.items():
        present = seen.get(key)
        have = present.seq if present else 0
        nxt = bisect.bisect_right(seqs, have)
        if nxt < len(seqs) and seqs[nxt] <= n:
            # The block misses a write older than a write present elsewhere: not a prefix.
            consistent = False
            report.note(f"{key[0]} block {key[1]}: holds seq {have}, missing seq {seqs[nxt]}")

    seqs_all = [r.seq for r in records]
    report.writes_lost = len(seqs_all) - bisect.bisect_right(seqs_all, n)
    report.crash_consistent = consistent
    if consistent:
        report.consistent_prefix = n
    report.partial_transactions = _partial_transactions(
        records, n, every_disk=all_disks is not None and set(all_disks) <= set(images)
    )
    if report.partial_transactions:
        report.note(f"transactions torn at the cut: {report.partial_transactions[:10]}")
    if app_consistent_point is not False:
        report.app_consistent = consistent and not report.partial_transactions
    return report


def _partial_transactions(records: list[WriteRecord], n: int, *, every_disk: bool) -> list[int]:
    """Transactions with some but not all parts at or before the cut N."""
    before: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    declared: dict[int, int] = {}
    for r in records:
        total[r.txn_id] += 1
        declared[r.txn_id] = r.parts
        if r.seq <= n:
            before[r.txn_id] += 1
    out = []
    for txn, k in before.items():
        # Auditing every disk, a transaction must show all its declared parts (a guest that
        # crashed mid-transaction left it torn for good); otherwise all parts on these disks.
        expected = declared[txn] if every_disk else total[txn]
        if 0 < k < expected:
            out.append(txn)
    return sorted(out)


def audit_vm_files(
    images: Mapping[str, Path], history_path: Path, *, vm_id: str | None = None
) -> AuditReport:
    """Convenience: load the history file, then audit."""
    history = WriteHistory.load(history_path)
    return audit(images, vm_id=vm_id or history.vm_id, history=history)
