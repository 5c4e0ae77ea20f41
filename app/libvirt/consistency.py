"""Proving a recovery point of a real VM consistent, for a drill's report: the point's disk
as a throw-away copy-on-write overlay (the replica image and the running test copy are never
written), exported as a plain file through FUSE (`qemu-storage-daemon`), then

- `filesystem`: `e2fsck -y -E journal_only` replays the ext2/3/4 journal into the overlay (as
  the guest's own mount would), then `e2fsck -fn` must find the file system clean;
- `guest-sequence`: when the disk holds a sequence log in the test guest's format
  (tests/support/guest.py: `/seq` holds the last durable sequence number N; each write k
  first rewrites `/data/f{k % 8}` as 128 KiB of data followed by the line "k", fsyncs it,
  then replaces `/seq` with k), the eight data files must hold exactly the writes N-7 … N
  (the file of N+1 may hold N+1 already, whole or torn: it was being written at the cut).
  A gap means the point holds a sequence number whose write it lost: not crash-consistent.

A disk with no ext2/3/4 file system on the whole disk (partitioned, another file system) is
`not-checked`, said as such. docs/architecture.md, "Consistency in drills", has the design.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.domain.model import ConsistencyCheck
from app.replication.cycle import DeltaEntry

from .copies import make_overlay

EXPORT_WAIT = 30.0  # seconds for qemu-storage-daemon to export the overlay
CHECK_TIMEOUT = 600.0  # seconds for one e2fsck on a large disk
SEQ_FILES = 8  # the test guest's data files /data/f0 … f7
SEQ_DATA = 128 * 1024  # the data each write puts in its file before its sequence line


def check_point_disk(
    backing: Path, writes: Iterable[DeltaEntry], folder: Path, disk: str
) -> list[ConsistencyCheck]:
    """The checks of one disk of a point: `backing` (the held replica image) plus `writes`
    (what the point differs by) in an overlay made in `folder`, removed afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    overlay = folder / f"{disk}.qcow2"
    try:
        make_overlay(backing, overlay, writes)
        with exported(overlay, folder / f"{disk}.raw") as image:
            return _checks(image, disk, had_ext=_is_ext(backing))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def exported(overlay: Path, mountpoint: Path) -> Iterator[Path]:
    """`overlay` as a raw, writable file at `mountpoint` (a FUSE export) while in the block."""
    mountpoint.touch()
    pidfile = mountpoint.with_suffix(".pid")
    proc = subprocess.run(
        [
            _tool("qemu-storage-daemon"),
            "--daemonize",
            "--pidfile",
            str(pidfile),
            "--blockdev",
            f"driver=file,node-name=file,filename={overlay}",
            "--blockdev",
            "driver=qcow2,node-name=disk,file=file",
            "--export",
            f"type=fuse,id=check,node-name=disk,mountpoint={mountpoint},writable=on",
        ],
        capture_output=True,
        text=True,
        timeout=EXPORT_WAIT,
    )
    if proc.returncode != 0:
        raise OSError(f"qemu-storage-daemon could not export {overlay.name}: {proc.stderr}")
    pid = int(pidfile.read_text().strip())
    try:
        yield mountpoint
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + EXPORT_WAIT
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _tool(name: str) -> str:
    exe = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if exe is None:
        raise OSError(f"{name} is not installed (Debian: apt-get install qemu-utils e2fsprogs)")
    return exe


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), capture_output=True, text=True, errors="replace", timeout=CHECK_TIMEOUT
    )


def _tail(text: str, limit: int = 600) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[-6:])[-limit:]


def _is_ext(image: Path) -> bool:
    """Whether an ext2/3/4 superblock is on the whole disk (read only)."""
    return _run(_tool("dumpe2fs"), "-h", str(image)).returncode == 0


def _checks(image: Path, disk: str, had_ext: bool) -> list[ConsistencyCheck]:
    if not _is_ext(image):
        # A disk whose replica image holds an ext file system that the point lacks lost it.
        return [
            ConsistencyCheck(
                kind="filesystem",
                disk=disk,
                verdict="failed" if had_ext else "not-checked",
                detail="the ext file system's superblock is unreadable at this point"
                if had_ext
                else "no ext2/3/4 file system on the whole disk",
            )
        ]
    replay = _run(_tool("e2fsck"), "-y", "-E", "journal_only", str(image))
    if replay.returncode not in (0, 1):  # 1: the journal was replayed (errors corrected)
        return [
            ConsistencyCheck(
                kind="filesystem",
                disk=disk,
                verdict="failed",
                detail=_tail(replay.stdout + replay.stderr),
            )
        ]
    check = _run(_tool("e2fsck"), "-fn", str(image))
    checks = [
        ConsistencyCheck(
            kind="filesystem",
            disk=disk,
            verdict="passed" if check.returncode == 0 else "failed",
            detail="" if check.returncode == 0 else _tail(check.stdout + check.stderr),
        )
    ]
    sequence = guest_sequence(image, disk)
    if sequence is not None:
        checks.append(sequence)
    return checks


def _read(image: Path, path: str) -> bytes | None:
    """A file of the image's ext file system (None: it has none by that name)."""
    out = subprocess.run(
        [_tool("debugfs"), "-R", f"cat {path}", str(image)],
        capture_output=True,
        timeout=CHECK_TIMEOUT,
    )
    if out.returncode != 0 or b"File not found" in out.stderr:
        return None
    return out.stdout


def guest_sequence(image: Path, disk: str) -> ConsistencyCheck | None:
    """The test guest's sequence log on the image (None: the guest keeps none)."""
    raw = _read(image, "/seq")
    if raw is None:
        return None
    try:
        last = int(raw.strip())
    except ValueError:
        return ConsistencyCheck(
            kind="guest-sequence", disk=disk, verdict="failed", detail="/seq holds no number"
        )
    found: dict[int, int | None] = {}  # file number → the write it holds (None: torn/empty)
    for n in range(SEQ_FILES):
        data = _read(image, f"/data/f{n}")
        tail = data[SEQ_DATA:].strip() if data is not None else b""
        found[n] = int(tail) if tail.isdigit() else None
    gaps = []
    for k in range(max(1, last - SEQ_FILES + 1), last + 1):
        holds = found[k % SEQ_FILES]
        in_flight = k == last - SEQ_FILES + 1  # its file is the one write last+1 rewrites
        if holds == k or (in_flight and (holds is None or holds == last + 1)):
            continue
        gaps.append(f"write {k} missing (f{k % SEQ_FILES} holds {holds})")
    return ConsistencyCheck(
        kind="guest-sequence",
        disk=disk,
        verdict="failed" if gaps else "passed",
        sequence=last,
        detail="; ".join(gaps)[:1000],
    )
