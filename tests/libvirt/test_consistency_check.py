"""The recovery host's consistency check of a point (app/libvirt/consistency.py) on real ext4
images: e2fsck after journal replay on a throw-away overlay exported through FUSE, the guest's
sequence log read from the file system; the image under the overlay is never written."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from app.libvirt.consistency import SEQ_DATA, check_point_disk
from app.replication.cycle import DeltaEntry
from tests.support.guest import make_disk


def put(image: Path, folder: Path, path: str, data: bytes) -> None:
    """Write one file into the image's ext4 without mounting it (debugfs)."""
    source = folder / "file"
    source.write_bytes(data)
    subprocess.run(
        ["debugfs", "-w", "-R", f"write {source} {path}", str(image)],
        check=True,
        capture_output=True,
    )


def guest_log(image: Path, folder: Path, last: int, holds: dict[int, int] | None = None) -> None:
    """The test guest's log as its loop leaves it after write `last`: /seq, and /data/f0 … f7
    each with 128 KiB of data then the write that last rewrote it (`holds`: file → write,
    to put another write there)."""
    subprocess.run(
        ["debugfs", "-w", "-R", "mkdir /data", str(image)], check=True, capture_output=True
    )
    written = {k % 8: k for k in range(max(1, last - 7), last + 1)} | (holds or {})
    for n, k in written.items():
        put(image, folder, f"/data/f{n}", os.urandom(SEQ_DATA) + f"{k}\n".encode())
    put(image, folder, "/seq", f"{last}\n".encode())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_clean_point_with_a_gap_free_log_passes_and_its_image_is_not_written(
    tmp_path: Path,
) -> None:
    image = make_disk(tmp_path / "replica.img", fmt="raw", size_mib=32)
    guest_log(image, tmp_path, last=41)
    before = digest(image)
    checks = check_point_disk(image, [], tmp_path / "check", "vda")
    assert [(c.kind, c.disk, c.verdict) for c in checks] == [
        ("filesystem", "vda", "passed"),
        ("guest-sequence", "vda", "passed"),
    ], checks
    assert checks[1].sequence == 41
    assert digest(image) == before  # the replica image under the overlay is untouched
    assert not (tmp_path / "check").exists()  # the overlay and its export are gone


def test_the_point_s_own_writes_are_checked_through_the_overlay(tmp_path: Path) -> None:
    """The point = the replica image plus what it differs by: a lost write in the log (f3
    holding an older write than /seq claims) fails the sequence check."""
    image = make_disk(tmp_path / "replica.img", fmt="raw", size_mib=32)
    guest_log(image, tmp_path, last=20, holds={3: 11})  # write 19 went missing
    checks = check_point_disk(image, [], tmp_path / "check", "vdb")
    by_kind = {c.kind: c for c in checks}
    assert by_kind["filesystem"].verdict == "passed"
    assert by_kind["guest-sequence"].verdict == "failed"
    assert by_kind["guest-sequence"].sequence == 20
    assert "write 19 missing" in by_kind["guest-sequence"].detail

    # The same image, damaged by the point's own writes (its superblock zeroed): a file
    # system the point lost fails; the image itself still is not written.
    before = digest(image)
    damage = DeltaEntry(block=0, start=0, data=b"\0" * 65536)  # boot block and superblock
    checks = check_point_disk(image, [damage], tmp_path / "check", "vdb")
    assert [(c.kind, c.verdict) for c in checks] == [("filesystem", "failed")], checks
    assert digest(image) == before

    # A disk with no ext file system at all (raw data, another file system) is not checked.
    blank = tmp_path / "blank.img"
    blank.write_bytes(b"\0" * (4 << 20))
    checks = check_point_disk(blank, [], tmp_path / "check", "vdc")
    assert [(c.kind, c.verdict) for c in checks] == [("filesystem", "not-checked")], checks


def test_a_file_system_that_e2fsck_finds_damaged_fails(tmp_path: Path) -> None:
    image = make_disk(tmp_path / "replica.img", fmt="raw", size_mib=32)
    guest_log(image, tmp_path, last=5)
    # Clear the /data directory's inode: e2fsck -fn must report errors.
    subprocess.run(
        ["debugfs", "-w", "-R", "clri /data", str(image)], check=True, capture_output=True
    )
    checks = check_point_disk(image, [], tmp_path / "check", "vda")
    assert checks[0].kind == "filesystem" and checks[0].verdict == "failed", checks
    assert checks[0].detail
