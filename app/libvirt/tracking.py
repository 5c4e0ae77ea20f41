"""Change tracking of a libvirt domain's disks with checkpoints, shipped as the data plane's
deltas.

One libvirt checkpoint per replication cycle, for all of the VM's disks at one instant (a
crash-consistent VM point). A checkpoint is a persistent dirty bitmap per disk, kept in the
qcow2 v3 image, that records every write after it. The tracker

- **first copy** (`first_copy`): starts a pull-mode backup with no base that also creates the
  first checkpoint. The backup's NBD export is a point-in-time view of every disk (QEMU keeps
  the old bytes of whatever the guest overwrites meanwhile: copy-before-write into a scratch
  file), so the copy is exactly the disk at the checkpoint. Its allocated extents travel as
  INITIAL deltas (zero blocks skipped: the fresh replica is sparse), then an empty CYCLE delta
  makes that moment the replica's first recovery point.
- **cycle** (`cycle`), domain running: a pull-mode backup *incremental from* the newest
  checkpoint every replica has, creating the next checkpoint. The export offers the dirty
  bitmap between the two (`qemu:dirty-bitmap:backup-<disk>`); only those extents are read,
  widened to 64 KiB blocks, and shipped as one CYCLE delta per disk, which the replica
  applies atomically with undo data (`ReplicaDisk`), recording a point only once all of it is
  durable. Older checkpoints are deleted once every disk acknowledged.
- **shipping**: deltas go `pipeline_depth` (2) at a time (`SendPipeline`): the next chunk or
  disk is read and encoded while the previous delta travels and is applied. A cycle delta of
  `stream_bytes` or more whose data does not compress goes on the wire while its blocks are
  still being read (a transport with `send_delta_stream`): the same bytes, and the replica
  still applies it only once all of it arrived and verified.
- **cycle**, domain shut off: libvirt backups need a running domain, but the bitmap stays in
  the image. `qemu-nbd -B <bitmap>` exports the disk read-only with that bitmap, and the same
  reading ships the last changes: afterwards the replica is byte-identical to the source.
- **resync** (`resync`): when the tracking cannot be trusted, a new first checkpoint with a
  full point-in-time export; every block's hash is compared with the replica's and only
  differing blocks travel (RESYNC deltas, undo-protected), then an empty CYCLE delta records
  the point. Older recovery points stay.

Sequence numbers are cycle ids: a replica whose `next_seq` is n holds cycle n-1. A cycle's
delta for a disk covers [its replica's next_seq, cycle id + 1). The tracker's own state (which
checkpoint cut which cycle) is a small JSON file written before anything is shipped, so a
crash at any point leaves either a checkpoint it knows (read from again next time: changes
since an older checkpoint include the newer ones, and writes are absolute) or an orphan with
its name prefix (deleted before the next one is made). Where libvirt and the bitmaps disagree
(a checkpoint unknown to libvirt, a bitmap missing or left inconsistent by a QEMU that was
killed, a checkpoint libvirt itself finds broken) the tracker raises CheckpointsDisagree, a
ResyncRequired: never a silent wrong delta, never a silent full copy.

QEMU (as the domain's DAC user, e.g. libvirt-qemu) must create the NBD socket and the scratch
files, in `<state_dir>/<pair>.nbd`: the tracker hands that folder to QEMU's user, and
`state_dir`'s parents must let that user through.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import shutil
import subprocess
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Generator, Iterator
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from xml.sax.saxutils import escape, quoteattr

import libvirt

from app.domain.enums import RecoveryPointKind
from app.replication.cycle import SAMPLE_PIECE, Delta, DeltaEntry, DeltaKind, worth_compressing
from app.replication.disk import ZERO_HASH, block_hash
from app.replication.errors import ReplicationError, ResyncRequired
from app.replication.initial import DEFAULT_CHUNK, SendPipeline
from app.replication.journal import ReplicaState
from app.replication.sparse import BLOCK_SIZE, is_zero, write_json_atomic
from app.replication.transport import DeltaAck, DeltaStreaming, Transport

from .block_queries import block_nodes
from .disks import DomainDisk, ImageInfo, check_trackable, domain_disks, image_info, qemu_user
from .errors import BackupJobBusy, CheckpointsDisagree, ToolMissing
from .nbdio import NbdExport, block_ranges
from .resize import grown_disks, refuse_shrink

CHECKPOINT_PREFIX = "standby-"
SOCKET_WAIT = 10.0  # seconds qemu-nbd may take to listen
JOB_END_WAIT = 10.0  # seconds libvirt may take to tear a backup job down
_UNIX_PATH_MAX = 107
STREAM_BYTES = 16 * 1024 * 1024  # a cycle delta this large streams (see _stream_dirty)
READ_AHEAD_PIECES = 8  # export reads (up to 4 MiB each) done ahead of the encoding

T = TypeVar("T")


@dataclass
class TrackingState:
    """What the tracker remembers between cycles (one JSON file per pair)."""

    pair_id: str
    vm_id: str
    disks: dict[str, int]  # target → virtual size in bytes
    checkpoints: dict[str, int] = field(default_factory=dict)  # our checkpoint → its cycle id

    @classmethod
    def load(cls, path: Path) -> TrackingState | None:
        try:
            raw = json.loads(path.read_text())
        except FileNotFoundError:
            return None
        return cls(**raw)

    def save(self, path: Path) -> None:
        write_json_atomic(path, asdict(self))


@dataclass(frozen=True)
class DiskCopy:
    disk_id: str
    tracked_bytes: int  # what the dirty bitmap (or, for a full read, the allocation) named
    read_bytes: int  # read from the export: tracked bytes widened to whole 64 KiB blocks
    entries: int  # blocks shipped
    payload_bytes: int  # their data bytes
    shipped_bytes: int  # delta bytes on the wire (after compression)
    duplicate: bool = False


@dataclass(frozen=True)
class TrackedCycle:
    cycle_id: int
    mode: str  # "full" | "resumed" | "incremental" | "offline" | "resync"
    checkpoint: str  # the checkpoint the cycle cut (offline: the one whose bitmap it read)
    base: str | None  # the checkpoint it was incremental from
    cut_time: float
    seconds: float
    disks: list[DiskCopy]
    kind: RecoveryPointKind = RecoveryPointKind.CRASH_CONSISTENT
    not_quiesced: str = ""  # why an app-consistent point was asked for and not given

    @property
    def shipped_bytes(self) -> int:
        return sum(d.shipped_bytes for d in self.disks)

    @property
    def tracked_bytes(self) -> int:
        return sum(d.tracked_bytes for d in self.disks)


class CheckpointTracker:
    """One protected domain's change tracking. `domain` is a `libvirt.virDomain`; deltas go
    to the replica through `transport` under `pair_id`, one replica disk per disk target."""

    def __init__(
        self,
        domain: Any,
        *,
        pair_id: str,
        transport: Transport,
        state_dir: Path,
        vm_id: str | None = None,
        compress: bool = True,
        chunk_bytes: int = DEFAULT_CHUNK,
        pipeline_depth: int = 2,
        stream_bytes: int = STREAM_BYTES,
        backing_under: Path | None = None,
    ) -> None:
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", pair_id):
            raise ValueError(f"pair id {pair_id!r}: letters, digits, '.', '_' and '-' only")
        self.domain = domain
        self.name: str = domain.name()
        self.vm_id: str = vm_id or domain.UUIDString()
        self.pair_id = pair_id
        self.transport = transport
        self.compress = compress
        self.chunk_bytes = chunk_bytes
        # Deltas in flight at once: the next one is read and encoded while the previous one
        # travels and is applied (1: one at a time).
        self.pipeline_depth = pipeline_depth
        # A cycle delta at least this large goes on the wire while it is read (when the
        # transport streams and the data does not compress).
        self.stream_bytes = stream_bytes
        # Overlays on images in this folder are trackable (a recovery VM's disks: see
        # `disk_problem`).
        self.backing_under = backing_under
        self.state_dir = Path(state_dir)
        self.state_path = self.state_dir / f"{pair_id}.tracking.json"
        self.work_dir = self.state_dir / f"{pair_id}.nbd"
        self.socket = self.work_dir / "nbd.sock"
        self._lock = threading.Lock()
        self.copied: dict[str, int] = {}  # a full read's progress: disk target → bytes read

    # --- public operations ------------------------------------------------------------------

    def check(self) -> dict[str, tuple[DomainDisk, ImageInfo]]:
        """The disks to track with their images; raises DiskNotTrackable (every reason)."""
        return check_trackable(self.name, self.domain.XMLDesc(0), self.backing_under)

    def checkpoint_name(self, cycle_id: int) -> str:
        return f"{CHECKPOINT_PREFIX}{self.pair_id}-{cycle_id}"

    def first_copy(self, quiesce: bool = False) -> TrackedCycle:
        """A full point-in-time copy and the first checkpoint (cycle 1). Into fresh replicas;
        or, when a first copy was interrupted (a cut link, a restart) and every replica is
        still in its initial copy with the same size, a resumed one: a new point-in-time
        export whose blocks travel only where they differ from what already arrived.
        `quiesce` as for `cycle`: the first point is app-consistent when the guest can freeze."""
        with self._lock:
            disks = self.check()
            self._require_running("the first copy")
            for cp in self._our_checkpoints().values():
                self._delete_checkpoint(cp)
            sizes = {t: info.virtual_size for t, (_, info) in disks.items()}
            resume = self._interrupted_copy(sizes)
            state = TrackingState(self.pair_id, self.vm_id, sizes)
            state.save(self.state_path)
            if not resume:
                for target, size in state.disks.items():
                    self.transport.prepare(
                        self.pair_id,
                        vm_id=self.vm_id,
                        disk_id=target,
                        size_bytes=size,
                        fresh=True,
                    )
            return self._full_read(
                state, cycle_id=1, mode="resumed" if resume else "full", quiesce=quiesce
            )

    def _interrupted_copy(self, sizes: dict[str, int]) -> bool:
        """Whether every disk's replica is a first copy under way, of the same size."""
        state = TrackingState.load(self.state_path)
        if state is None or state.disks != sizes:
            return False
        for target in sizes:
            status = self.transport.status(self.pair_id, target)
            if status is None or status.state is not ReplicaState.INITIAL:
                return False
        return True

    def resync(self) -> TrackedCycle:
        """Start the tracking over from a new checkpoint, shipping only the blocks where the
        replica differs from the point-in-time export; the replicas' older points stay."""
        with self._lock:
            disks = self.check()
            self._require_running("a resync")
            state = TrackingState.load(self.state_path) or TrackingState(
                self.pair_id, self.vm_id, {}
            )
            sizes = {t: info.virtual_size for t, (_, info) in disks.items()}
            refuse_shrink(self.name, state.disks, sizes)
            state.disks = sizes
            positions = {}
            for target, size in state.disks.items():
                status = self.transport.prepare(
                    self.pair_id, vm_id=self.vm_id, disk_id=target, size_bytes=size, fresh=False
                )
                if status.state is ReplicaState.INITIAL:
                    raise ReplicationError(
                        f"VM {self.name}: disk {target} has no finished first copy to resync "
                        "against: run the first copy"
                    )
                positions[target] = status.next_seq
            for cp in self._our_checkpoints().values():
                self._delete_checkpoint(cp)
            state.checkpoints = {}
            state.save(self.state_path)
            cycle_id = max(positions.values())  # past every cycle any replica holds
            return self._full_read(state, cycle_id=cycle_id, mode="resync")

    def cycle(self, quiesce: bool = False) -> TrackedCycle:
        """Ship what changed since the newest checkpoint every replica holds: from a
        point-in-time export while the domain runs, from the persistent bitmap when it is off.
        With `quiesce`, the guest's file systems are frozen through qemu-guest-agent for the
        instant the checkpoint is cut (an app-consistent point); a guest that cannot freeze
        gives a crash-consistent point, and the cycle says why (`TrackedCycle.not_quiesced`)."""
        with self._lock:
            state = TrackingState.load(self.state_path)
            if state is None:
                raise ResyncRequired(f"VM {self.name}: no tracking state: the first copy is needed")
            disks = self.check()
            sizes = {t: info.virtual_size for t, (_, info) in disks.items()}
            if sizes != state.disks:
                self._grow_replicas(state, grown_disks(self.name, state.disks, sizes))
            positions = self._replica_positions(state)
            held = min(positions.values()) - 1  # the newest cycle every replica holds
            usable = [(seq, cp) for cp, seq in state.checkpoints.items() if seq <= held]
            if not usable:
                raise CheckpointsDisagree(
                    self.name, f"no checkpoint at or before cycle {held}, where the replicas are"
                )
            _, base = max(usable)
            known = self._our_checkpoints()
            if base not in known:
                raise CheckpointsDisagree(
                    self.name,
                    f"libvirt no longer knows checkpoint {base} (deleted, or the VM was "
                    "redefined without its checkpoints)",
                )
            cycle_id = max([*state.checkpoints.values(), *(p - 1 for p in positions.values())]) + 1
            if self.domain.isActive():
                return self._incremental(state, disks, positions, base, cycle_id, known, quiesce)
            return self._offline(state, disks, positions, base, cycle_id, known[base])

    def _grow_replicas(self, state: TrackingState, grown: dict[str, int]) -> None:
        """Grow the replicas of disks that grew, before the cycle that ships into them."""
        for target, size in grown.items():
            self.transport.prepare(
                self.pair_id, vm_id=self.vm_id, disk_id=target, size_bytes=size, fresh=False
            )
            state.disks[target] = size
            state.save(self.state_path)

    def remove_checkpoints(self) -> list[str]:
        """Delete every checkpoint this pair made (disable protection); returns their names."""
        with self._lock:
            removed = []
            for name, cp in self._our_checkpoints().items():
                self._delete_checkpoint(cp)
                removed.append(name)
            state = TrackingState.load(self.state_path)
            if state is not None:
                state.checkpoints = {}
                state.save(self.state_path)
            return removed

    def pending_bytes(self) -> int | None:
        """Bytes written since the newest checkpoint, by libvirt's count of its bitmap (None
        when it cannot say: domain off, no checkpoint)."""
        state = TrackingState.load(self.state_path)
        if state is None or not state.checkpoints or not self.domain.isActive():
            return None
        newest = max(state.checkpoints, key=lambda name: state.checkpoints[name])
        try:
            cp = self.domain.checkpointLookupByName(newest)
            with block_nodes(self.domain):
                xml = cp.getXMLDesc(libvirt.VIR_DOMAIN_CHECKPOINT_XML_SIZE)
        except libvirt.libvirtError:
            return None
        sizes = [d.get("size") for d in ET.fromstring(xml).findall("./disks/disk")]
        if any(s is None for s in sizes):
            return None
        return sum(int(s) for s in sizes if s is not None)

    def unshipped_bytes(self) -> int | None:
        """Bytes written since the newest checkpoint, the domain running or off (from its
        bitmap through `qemu-nbd`); None when no one can say (no checkpoint, a bitmap left
        inconsistent by a QEMU that did not close its images)."""
        if self.domain.isActive():
            return self.pending_bytes()
        state = TrackingState.load(self.state_path)
        if state is None or not state.checkpoints:
            return None
        newest = max(state.checkpoints, key=lambda name: state.checkpoints[name])
        try:
            bitmaps = _checkpoint_bitmaps(self.domain.checkpointLookupByName(newest).getXMLDesc(0))
            disks = self.check()
        except (libvirt.libvirtError, ReplicationError):
            return None
        total = 0
        with self._lock:
            for target, (disk, info) in disks.items():
                bitmap = bitmaps.get(target)
                flags = info.bitmaps.get(bitmap) if bitmap is not None else None
                if bitmap is None or flags is None or "in-use" in flags or disk.path is None:
                    return None
                context = f"qemu:dirty-bitmap:{bitmap}"
                try:
                    with (
                        self._qemu_nbd(disk.path, target, bitmap) as sock,
                        NbdExport(sock, target, (context,)) as export,
                    ):
                        total += sum(n for _, n in export.dirty_extents(context))
                except (ReplicationError, OSError):
                    return None
        return total

    # --- the three ways of reading ----------------------------------------------------------

    def _full_read(
        self,
        state: TrackingState,
        *,
        cycle_id: int,
        mode: str,
        quiesce: bool = False,
    ) -> TrackedCycle:
        """A full point-in-time read that creates the checkpoint of `cycle_id`: the first
        copy ("full": fresh replicas) or a "resync" (compared with the replicas)."""
        name = self.checkpoint_name(cycle_id)
        started = time.monotonic()
        cut = time.time()
        copies = []
        frozen: list[str] = []  # why not, when the guest could not be frozen
        with (
            self._pull_backup(
                state.disks, base=None, checkpoint=name, quiesce=frozen if quiesce else None
            ),
            self._pipeline() as pipe,
        ):
            point = (
                RecoveryPointKind.APP_CONSISTENT
                if quiesce and not frozen
                else RecoveryPointKind.CRASH_CONSISTENT
            )
            state.checkpoints[name] = cycle_id
            state.save(self.state_path)
            for target, size in state.disks.items():
                with NbdExport(self.socket, target, ("base:allocation",)) as export:
                    self._same_size(export, target, size)
                    if mode == "full":
                        copy = self._ship_full(export, target, cycle_id, pipe)
                    else:  # "resync", or "resumed": a first copy's rest
                        kind = DeltaKind.INITIAL if mode == "resumed" else DeltaKind.RESYNC
                        copy = self._ship_differing(export, target, cycle_id, pipe, kind)
                # The point only once every chunk before it was acknowledged (the last
                # initial chunk asked for a sync: they are all durable).
                pipe.drain()
                ack = self._send(
                    Delta(
                        kind=DeltaKind.CYCLE,
                        vm_id=self.vm_id,
                        disk_id=target,
                        disk_size=size,
                        base_seq=cycle_id,
                        end_seq=cycle_id + 1,
                        cycle_id=cycle_id,
                        cut_time=cut,
                        point_kind=point,
                    )
                )
                copies.append(
                    DiskCopy(
                        target,
                        copy.tracked_bytes,
                        copy.read_bytes,
                        copy.entries,
                        copy.payload_bytes,
                        copy.shipped_bytes + ack,
                    )
                )
        return TrackedCycle(
            cycle_id,
            mode,
            name,
            None,
            cut,
            time.monotonic() - started,
            copies,
            point,
            frozen[0] if frozen else "",
        )

    def _incremental(
        self,
        state: TrackingState,
        disks: dict[str, tuple[DomainDisk, ImageInfo]],
        positions: dict[str, int],
        base: str,
        cycle_id: int,
        known: dict[str, Any],
        quiesce: bool = False,
    ) -> TrackedCycle:
        for orphan, cp in known.items():  # made by a tracker that crashed before saving
            if orphan not in state.checkpoints:
                self._delete_checkpoint(cp)
        name = self.checkpoint_name(cycle_id)
        started = time.monotonic()
        cut = time.time()
        queued: list[tuple[DiskCopy, Future[DeltaAck]]] = []
        frozen: list[str] = []  # why not, when the guest could not be frozen
        with self._pipeline() as pipe:
            with self._pull_backup(
                state.disks, base=base, checkpoint=name, quiesce=frozen if quiesce else None
            ):
                kind = (
                    RecoveryPointKind.APP_CONSISTENT
                    if quiesce and not frozen
                    else RecoveryPointKind.CRASH_CONSISTENT
                )
                state.checkpoints[name] = cycle_id
                state.save(self.state_path)
                for target, size in state.disks.items():
                    context = f"qemu:dirty-bitmap:backup-{target}"
                    with NbdExport(self.socket, target, (context,)) as export:
                        self._same_size(export, target, size)
                        queued.append(
                            self._ship_dirty(
                                export,
                                context,
                                target,
                                positions[target],
                                cycle_id,
                                cut,
                                pipe,
                                kind,
                            )
                        )
            done = self._acknowledged(pipe, queued)
        self._retire_before(state, cycle_id)
        return TrackedCycle(
            cycle_id,
            "incremental",
            name,
            base,
            cut,
            time.monotonic() - started,
            done,
            kind,
            frozen[0] if frozen else "",
        )

    def _offline(
        self,
        state: TrackingState,
        disks: dict[str, tuple[DomainDisk, ImageInfo]],
        positions: dict[str, int],
        base: str,
        cycle_id: int,
        checkpoint: Any,
    ) -> TrackedCycle:
        bitmaps = _checkpoint_bitmaps(checkpoint.getXMLDesc(0))
        for target, (disk, info) in disks.items():
            bitmap = bitmaps.get(target)
            flags = info.bitmaps.get(bitmap) if bitmap is not None else None
            if bitmap is None or flags is None:
                raise CheckpointsDisagree(
                    self.name,
                    f"disk {target} ({disk.source}) holds no bitmap for checkpoint {base}",
                )
            if "in-use" in flags:
                raise CheckpointsDisagree(
                    self.name,
                    f"disk {target}: bitmap {bitmap} of checkpoint {base} was left inconsistent "
                    "(QEMU stopped without closing the image, e.g. killed or crashed)",
                )
        started = time.monotonic()
        cut = time.time()  # the domain is off: nothing changes while it is read
        queued: list[tuple[DiskCopy, Future[DeltaAck]]] = []
        with self._pipeline() as pipe:
            for target, (disk, _) in disks.items():
                assert disk.path is not None
                bitmap = bitmaps[target]
                context = f"qemu:dirty-bitmap:{bitmap}"
                with (
                    self._qemu_nbd(disk.path, target, bitmap) as sock,
                    NbdExport(sock, target, (context,)) as export,
                ):
                    self._same_size(export, target, state.disks[target])
                    queued.append(
                        self._ship_dirty(
                            export, context, target, positions[target], cycle_id, cut, pipe
                        )
                    )
            done = self._acknowledged(pipe, queued)
        seconds = time.monotonic() - started
        return TrackedCycle(cycle_id, "offline", base, base, cut, seconds, done)

    # --- reading and shipping ---------------------------------------------------------------

    def _send(self, delta: Delta, *, sync: bool = False, pipe: SendPipeline | None = None) -> int:
        """Ship one delta (queued on `pipe`, or at once); returns its bytes on the wire."""
        blob = delta.encode(compress=self.compress, sync=sync)
        if pipe is not None:
            pipe.submit(blob, sync=sync)
        else:
            self.transport.send_delta(self.pair_id, blob)
        return len(blob)

    @contextlib.contextmanager
    def _pipeline(self) -> Iterator[SendPipeline]:
        """Deltas shipped `pipeline_depth` at a time; on the way out every one still in
        flight is waited for (a failure is raised by `drain` or the next `submit`)."""
        pipe = SendPipeline(self.transport, self.pair_id, self.pipeline_depth)
        try:
            yield pipe
        finally:
            pipe.close()

    @staticmethod
    def _acknowledged(
        pipe: SendPipeline, copies: list[tuple[DiskCopy, Future[DeltaAck]]]
    ) -> list[DiskCopy]:
        """Wait for every disk's cycle delta; the copies with what the replicas answered."""
        pipe.drain()
        return [replace(copy, duplicate=ack.result().duplicate) for copy, ack in copies]

    def _blocks(
        self, export: NbdExport, ranges: list[tuple[int, int]]
    ) -> Generator[tuple[int, memoryview], None, None]:
        """(block number, its 64 KiB) for every block of the block-aligned ranges."""
        # Read on a thread of its own, up to READ_AHEAD_PIECES ahead: the export's reads go on
        # while this thread waits for the pipeline (libnbd's requests only progress while
        # someone polls them).
        with contextlib.closing(_prefetched(export.read_ranges(ranges), READ_AHEAD_PIECES)) as it:
            for pos, piece in it:
                view = memoryview(piece)
                for b in range(0, len(view), BLOCK_SIZE):
                    yield (pos + b) // BLOCK_SIZE, view[b : b + BLOCK_SIZE]

    def _ship_full(
        self, export: NbdExport, target: str, cycle_id: int, pipe: SendPipeline
    ) -> DiskCopy:
        """Every allocated, non-zero block as INITIAL deltas of about chunk_bytes each; the
        last asks the replica to make everything durable."""
        extents = export.data_extents()
        ranges = block_ranges(extents, export.size)
        entries: list[DeltaEntry] = []
        batch = read = payload = shipped = count = 0

        def flush(last: bool) -> int:
            delta = Delta(
                kind=DeltaKind.INITIAL,
                vm_id=self.vm_id,
                disk_id=target,
                disk_size=export.size,
                base_seq=cycle_id,
                end_seq=cycle_id,
                entries=entries,
            )
            return self._send(delta, sync=last, pipe=pipe)

        with contextlib.closing(self._blocks(export, ranges)) as blocks:
            for block, data in blocks:
                read += len(data)
                self.copied[target] = (block + 1) * BLOCK_SIZE
                if is_zero(data):
                    continue
                entries.append(DeltaEntry(block, 0, data))
                batch += len(data)
                payload += len(data)
                count += 1
                if batch >= self.chunk_bytes:
                    shipped += flush(False)
                    entries, batch = [], 0
        shipped += flush(True)
        return DiskCopy(target, sum(n for _, n in extents), read, count, payload, shipped)

    def _ship_differing(
        self,
        export: NbdExport,
        target: str,
        cycle_id: int,
        pipe: SendPipeline,
        kind: DeltaKind = DeltaKind.RESYNC,
    ) -> DiskCopy:
        """Resync: blocks whose hash differs from the replica's, as RESYNC deltas (at least
        one, possibly empty: it tells the replica its new base). A resumed first copy sends
        them as INITIAL deltas, the last one asking the replica to make them durable."""
        theirs = self.transport.block_hashes(self.pair_id, target)
        if len(theirs) != export.size // BLOCK_SIZE:
            raise ReplicationError(
                f"replica of {target} has {len(theirs)} blocks, "
                f"the disk {export.size // BLOCK_SIZE}"
            )
        extents = export.data_extents()
        ranges = block_ranges(extents, export.size)
        seen = bytearray(len(theirs))  # 1: read from the export
        entries: list[DeltaEntry] = []
        batch = read = payload = shipped = count = 0
        sent = False

        def flush(last: bool = False) -> int:
            delta = Delta(
                kind=kind,
                vm_id=self.vm_id,
                disk_id=target,
                disk_size=export.size,
                base_seq=cycle_id,
                end_seq=cycle_id,
                entries=entries,
            )
            return self._send(delta, sync=last and kind is DeltaKind.INITIAL, pipe=pipe)

        with contextlib.closing(self._blocks(export, ranges)) as blocks:
            for block, data in blocks:
                read += len(data)
                self.copied[target] = (block + 1) * BLOCK_SIZE
                seen[block] = 1
                if block_hash(bytes(data)) != theirs[block]:
                    entries.append(DeltaEntry(block, 0, data))
                    batch += len(data)
                    payload += len(data)
                    count += 1
                    if batch >= self.chunk_bytes:
                        shipped += flush()
                        entries, batch, sent = [], 0, True
        # Blocks the export reports as zeros (not read) that hold data on the replica.
        for block, theirs_hash in enumerate(theirs):
            if not seen[block] and theirs_hash != ZERO_HASH:
                entries.append(DeltaEntry(block, 0, bytes(BLOCK_SIZE)))
                payload += BLOCK_SIZE
                count += 1
        if entries or not sent or kind is DeltaKind.INITIAL:
            shipped += flush(last=True)
        return DiskCopy(target, sum(n for _, n in extents), read, count, payload, shipped)

    def _ship_dirty(
        self,
        export: NbdExport,
        context: str,
        target: str,
        position: int,
        cycle_id: int,
        cut: float,
        pipe: SendPipeline,
        kind: RecoveryPointKind = RecoveryPointKind.CRASH_CONSISTENT,
    ) -> tuple[DiskCopy, Future[DeltaAck]]:
        """The dirty blocks of one disk as one CYCLE delta (a block that now reads as zeros
        is a change too, and is shipped), queued on `pipe`: the next disk is read while it
        travels. Each disk's delta is applied whole or not at all by its replica."""
        extents = export.dirty_extents(context)
        ranges = block_ranges(extents, export.size)
        tracked, read = sum(n for _, n in extents), sum(n for _, n in ranges)
        if read >= self.stream_bytes and isinstance(self.transport, DeltaStreaming):
            streamed = self._stream_dirty(export, target, ranges, position, cycle_id, cut, kind)
            if streamed is not None:
                length, answer = streamed
                done: Future[DeltaAck] = Future()
                done.set_result(answer)
                blocks = read // BLOCK_SIZE
                return DiskCopy(target, tracked, read, blocks, read, length), done
        entries = [DeltaEntry(block, 0, data) for block, data in self._blocks(export, ranges)]
        delta = Delta(
            kind=DeltaKind.CYCLE,
            vm_id=self.vm_id,
            disk_id=target,
            disk_size=export.size,
            base_seq=position,
            end_seq=cycle_id + 1,
            cycle_id=cycle_id,
            cut_time=cut,
            entries=entries,
            point_kind=kind,
        )
        blob = delta.encode(compress=self.compress)
        ack = pipe.submit(blob)
        return DiskCopy(target, tracked, read, len(entries), delta.payload_bytes, len(blob)), ack

    def _stream_dirty(
        self,
        export: NbdExport,
        target: str,
        ranges: list[tuple[int, int]],
        position: int,
        cycle_id: int,
        cut: float,
        kind: RecoveryPointKind,
    ) -> tuple[int, DeltaAck] | None:
        """A large cycle delta put on the wire while its blocks are still being read from the
        export (the same bytes `encode` would make, stored raw); returns its length and the
        replica's answer, or None when the data compresses (then it is built whole, as a
        smaller delta). The replica applies it only once all of it arrived and verified: one
        delta, all or nothing, as before."""
        assert isinstance(self.transport, DeltaStreaming)
        blocks = [b for off, n in ranges for b in range(off // BLOCK_SIZE, (off + n) // BLOCK_SIZE)]
        if self.compress:
            # The same sample `Delta.encode` would take: the start of four spread blocks.
            picks = sorted({0, len(blocks) // 3, 2 * len(blocks) // 3, len(blocks) - 1})
            sample = [
                DeltaEntry(blocks[i], 0, export.read(blocks[i] * BLOCK_SIZE, SAMPLE_PIECE))
                for i in picks
            ]
            if worth_compressing(sample):
                return None
        delta = Delta(
            kind=DeltaKind.CYCLE,
            vm_id=self.vm_id,
            disk_id=target,
            disk_size=export.size,
            base_seq=position,
            end_seq=cycle_id + 1,
            cycle_id=cycle_id,
            cut_time=cut,
            point_kind=kind,
        )
        layout = [(b, 0, BLOCK_SIZE) for b in blocks]
        streams: list[Generator[bytes, None, None]] = []

        def pieces() -> Iterator[bytes]:
            # Read (again, for a retry) from the export, on a thread of its own: the next
            # pieces are read and encoded while this thread writes the previous ones.
            for old in streams:
                old.close()
            _length, stream = delta.encode_stream(
                layout, (data for _b, data in self._blocks(export, ranges))
            )
            streams.append(_prefetched(stream))
            return streams[-1]

        length, _ = delta.encode_stream(layout, ())
        try:
            return length, self.transport.send_delta_stream(self.pair_id, length, pieces)
        finally:
            for stream in streams:  # the reader stopped before the export closes
                stream.close()

    # --- libvirt and QEMU -------------------------------------------------------------------

    def _require_running(self, what: str) -> None:
        if not self.domain.isActive():
            raise ReplicationError(
                f"VM {self.name} is shut off: {what} reads a point-in-time export of the "
                "running VM; start it and try again"
            )

    def _replica_positions(self, state: TrackingState) -> dict[str, int]:
        positions = {}
        for target in state.disks:
            status = self.transport.status(self.pair_id, target)
            if status is None or status.state is ReplicaState.INITIAL:
                raise ResyncRequired(
                    f"VM {self.name}: disk {target} has no finished first copy on the replica"
                )
            positions[target] = status.next_seq
        return positions

    def _same_size(self, export: NbdExport, target: str, size: int) -> None:
        if export.size != size:
            raise ResyncRequired(
                f"VM {self.name}: disk {target} is {export.size} bytes, its replica {size}: "
                "a resized disk needs a new first copy"
            )

    def _our_checkpoints(self) -> dict[str, Any]:
        """This pair's checkpoints by name: `standby-<pair>-<cycle id>` (so a pair "web" never
        takes "standby-web-2-7", pair "web-2"'s)."""
        prefix = f"{CHECKPOINT_PREFIX}{self.pair_id}-"
        return {
            cp.getName(): cp
            for cp in self.domain.listAllCheckpoints()
            if cp.getName().startswith(prefix) and cp.getName()[len(prefix) :].isdigit()
        }

    def _delete_checkpoint(self, cp: Any) -> None:
        """Delete a checkpoint and its bitmaps. When libvirt cannot (a bitmap already missing
        or broken, a domain that is off), drop libvirt's record and remove the bitmaps from
        the images ourselves."""
        try:
            cp.delete(0)
            return
        except libvirt.libvirtError:
            if self.domain.isActive():
                cp.delete(libvirt.VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY)
                return
        bitmaps = _checkpoint_bitmaps(cp.getXMLDesc(0))
        cp.delete(libvirt.VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY)
        paths = {d.target: d.path for d in domain_disks(self.domain.XMLDesc(0))}
        for target, bitmap in bitmaps.items():
            path = paths.get(target)
            if path is not None and bitmap in image_info(path).bitmaps:
                subprocess.run(
                    ["qemu-img", "bitmap", "--remove", str(path), bitmap],
                    check=True,
                    capture_output=True,
                )

    def _retire_before(self, state: TrackingState, cycle_id: int) -> None:
        """Delete our checkpoints older than `cycle_id`: every replica holds that cycle now."""
        known = self._our_checkpoints()
        for name, seq in sorted(state.checkpoints.items(), key=lambda kv: kv[1]):
            if seq < cycle_id:
                if name in known:
                    self._delete_checkpoint(known[name])
                del state.checkpoints[name]
                state.save(self.state_path)

    def _prepare_work_dir(self) -> None:
        """The folder QEMU creates the NBD socket and scratch files in, owned by its user."""
        if len(str(self.socket)) > _UNIX_PATH_MAX:
            raise ReplicationError(f"{self.socket}: path too long for a unix socket")
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.work_dir.chmod(0o700)
        owner = qemu_user(self.domain.XMLDesc(0))
        if owner is not None:
            os.chown(self.work_dir, *owner)
        for leftover in self.work_dir.iterdir():
            leftover.unlink()

    def _end_leftover_job(self) -> None:
        """A backup job of ours left by a crashed tracker is ended; anyone else's is not."""
        try:
            xml = self.domain.backupGetXMLDesc(0)
        except libvirt.libvirtError:
            return  # no backup job
        if str(self.socket) in xml:
            self._end_backup()
            return
        raise BackupJobBusy(f"VM {self.name}: another backup job is running; retrying later")

    @contextlib.contextmanager
    def _pull_backup(
        self,
        disks: dict[str, int],
        *,
        base: str | None,
        checkpoint: str,
        quiesce: list[str] | None = None,
    ) -> Iterator[None]:
        """A pull-mode backup of `disks` (incremental from `base`, or full), creating
        `checkpoint`; its NBD export listens on self.socket until the block ends. With
        `quiesce` (a list), the guest's file systems are frozen while the backup begins (the
        checkpoint's instant) and thawed at once; if they cannot be, the reason is appended."""
        xml = self.domain.XMLDesc(0)
        others = [d.target for d in domain_disks(xml) if d.target and d.target not in disks]
        self._end_leftover_job()
        self._prepare_work_dir()
        backup = ["<domainbackup mode='pull'>"]
        if base is not None:
            backup.append(f"<incremental>{escape(base)}</incremental>")
        backup.append(f"<server transport='unix' socket={quoteattr(str(self.socket))}/><disks>")
        cp = [f"<domaincheckpoint><name>{escape(checkpoint)}</name><disks>"]
        for target in disks:
            scratch = self.work_dir / f"{target}.scratch"
            backup.append(
                f"<disk name={quoteattr(target)} backup='yes' type='file'>"
                f"<scratch file={quoteattr(str(scratch))}/></disk>"
            )
            cp.append(f"<disk name={quoteattr(target)} checkpoint='bitmap'/>")
        for target in others:
            backup.append(f"<disk name={quoteattr(target)} backup='no'/>")
            cp.append(f"<disk name={quoteattr(target)} checkpoint='no'/>")
        backup.append("</disks></domainbackup>")
        cp.append("</disks></domaincheckpoint>")
        frozen = quiesce is not None and self._freeze(quiesce)
        try:
            with block_nodes(self.domain):
                self.domain.backupBegin("".join(backup), "".join(cp), 0)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_CHECKPOINT_INCONSISTENT:
                raise CheckpointsDisagree(self.name, str(exc)) from exc
            raise ReplicationError(f"VM {self.name}: libvirt refused the backup: {exc}") from exc
        finally:
            if frozen:
                self._thaw()
        try:
            yield
        finally:
            self._end_backup()

    def _freeze(self, why_not: list[str]) -> bool:
        try:
            self.domain.fsFreeze()
        except libvirt.libvirtError as exc:
            why_not.append(
                "the guest's file systems could not be frozen (qemu-guest-agent not running "
                f"in the guest?): {exc.get_error_message()}"
            )
            return False
        return True

    def _thaw(self) -> None:
        with contextlib.suppress(libvirt.libvirtError):  # thawed by the guest agent's timeout
            self.domain.fsThaw()

    def _end_backup(self) -> None:
        """End the pull-mode backup job (its normal end) and wait until libvirt has torn it
        down (export closed, scratch files removed), so the next one can begin."""
        with contextlib.suppress(libvirt.libvirtError):
            self.domain.abortJob()
        deadline = time.monotonic() + JOB_END_WAIT
        while time.monotonic() < deadline:
            try:
                self.domain.backupGetXMLDesc(0)
            except libvirt.libvirtError:
                return  # no backup job any more (or no domain)
            time.sleep(0.02)
        raise ReplicationError(
            f"VM {self.name}: the backup job did not end within {JOB_END_WAIT:.0f}s"
        )

    @contextlib.contextmanager
    def _qemu_nbd(self, image: Path, export: str, bitmap: str) -> Iterator[Path]:
        """`qemu-nbd` serving `image` read-only with `bitmap`, on a socket of our own."""
        exe = shutil.which("qemu-nbd")
        if exe is None:
            raise ToolMissing("qemu-nbd is not installed (Debian: apt-get install qemu-utils)")
        self.work_dir.mkdir(parents=True, exist_ok=True)
        sock = self.work_dir / f"{export}.offline.sock"
        sock.unlink(missing_ok=True)
        proc = subprocess.Popen(
            [
                exe,
                "--read-only",
                "--persistent",
                "--format=qcow2",
                "--bitmap",
                bitmap,
                "--export-name",
                export,
                "--socket",
                str(sock),
                str(image),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + SOCKET_WAIT
            while not sock.exists():
                if proc.poll() is not None:
                    err = proc.stderr.read().strip() if proc.stderr else ""
                    if "inconsistent" in err:
                        raise CheckpointsDisagree(self.name, f"{image}: {err}")
                    raise ReplicationError(f"qemu-nbd could not export {image}: {err}")
                if time.monotonic() > deadline:
                    raise ReplicationError(f"qemu-nbd did not listen within {SOCKET_WAIT:.0f}s")
                time.sleep(0.02)
            yield sock
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stderr is not None:
                proc.stderr.close()
            sock.unlink(missing_ok=True)


def _prefetched(items: Iterator[T], depth: int = 4) -> Generator[T, None, None]:
    """`items`, produced on a thread of its own up to `depth` ahead of the consumer; its
    error is raised to the consumer. Closing the iterator stops and joins the thread (which
    closes `items` first, when it is a generator)."""
    ahead: queue.Queue[tuple[str, Any]] = queue.Queue(depth)
    stop = threading.Event()

    def put(entry: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                ahead.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in items:
                if not put(("item", item)):
                    return
            put(("end", None))
        except BaseException as exc:  # handed to the consumer
            put(("error", exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # on this thread, before the consumer goes on (an export's reads)

    thread = threading.Thread(target=run, name="cycle-reader", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = ahead.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        thread.join()


def _checkpoint_bitmaps(xml: str) -> dict[str, str]:
    """Disk target → bitmap name, from a checkpoint's XML."""
    root = ET.fromstring(xml)
    default = root.findtext("name", "")  # libvirt names a disk's bitmap after its checkpoint
    return {
        disk.get("name", ""): disk.get("bitmap") or default
        for disk in root.findall("./disks/disk")
        if disk.get("checkpoint") == "bitmap"
    }
