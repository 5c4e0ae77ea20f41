"""Reading an NBD export with libnbd's asynchronous requests (`NbdExport.read_ranges`): many
reads in flight, over ranges small and larger than one request, give exactly the image's bytes
in order; a reader stopped early leaves no request in flight."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.libvirt import nbdio
from app.libvirt.errors import ToolMissing
from app.libvirt.nbdio import NbdExport

MIB = 1024 * 1024


@pytest.fixture
def export(tmp_path: Path) -> Iterator[tuple[Path, bytes]]:
    """A qcow2 holding a pattern at a few places, served by qemu-nbd; with its raw bytes."""
    for tool in ("qemu-img", "qemu-io", "qemu-nbd"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (./dev test installs QEMU)")
    try:
        nbdio.load_libnbd()
    except ToolMissing as exc:
        pytest.skip(str(exc))
    image = tmp_path / "disk.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "64M"], check=True)
    for i, (off, n) in enumerate([(0, 3 * MIB), (9 * MIB + 4096, 12 * MIB), (40 * MIB, 64 * 1024)]):
        cmd = f"write -P {i + 1} {off} {n}"
        subprocess.run(
            ["qemu-io", "-f", "qcow2", "-c", cmd, str(image)], check=True, stdout=subprocess.DEVNULL
        )
    raw = tmp_path / "disk.raw"
    subprocess.run(
        ["qemu-img", "convert", "-f", "qcow2", "-O", "raw", str(image), str(raw)], check=True
    )
    sock = tmp_path / "nbd.sock"
    server = subprocess.Popen(
        ["qemu-nbd", "--read-only", "--persistent", "-f", "qcow2", "-k", str(sock), str(image)]
    )
    try:
        deadline = time.monotonic() + 10
        while not sock.exists():
            assert time.monotonic() < deadline, "qemu-nbd did not listen"
            time.sleep(0.02)
        yield sock, raw.read_bytes()
    finally:
        server.terminate()
        server.wait(10)


def test_ranges_come_back_whole_and_in_order(export: tuple[Path, bytes]) -> None:
    sock, raw = export
    # Small scattered ranges and ones longer than a request (READ_PIECE), so that many reads
    # are in flight at once and some ranges take several.
    ranges = [(k * 192 * 1024, 64 * 1024) for k in range(40)]
    ranges += [(9 * MIB, 13 * MIB), (30 * MIB, 1), (40 * MIB - 5, 70 * 1024)]
    with NbdExport(sock, "") as exp:
        got = list(exp.read_ranges(ranges))
        assert all(len(piece) <= nbdio.READ_PIECE for _off, piece in got)
        at = 0
        for off, n in ranges:  # pieces follow the ranges, each range in one or more pieces
            joined = b""
            while len(joined) < n:
                piece_off, piece = got[at]
                assert piece_off == off + len(joined)
                joined += piece
                at += 1
            assert joined == raw[off : off + n]
        assert at == len(got)
        assert exp.read(9 * MIB, 10 * MIB) == raw[9 * MIB : 19 * MIB]


def test_a_reader_stopped_early_leaves_nothing_in_flight(export: tuple[Path, bytes]) -> None:
    sock, raw = export
    with NbdExport(sock, "") as exp:
        reader = exp.read_ranges([(0, 48 * MIB)])
        off, piece = next(reader)
        assert (off, bytes(piece)) == (0, raw[: len(piece)])
        reader.close()
        assert exp._h.aio_in_flight() == 0
        assert exp.read(0, 4096) == raw[:4096]  # the connection still serves


def test_reads_land_in_a_bounded_set_of_reused_slabs(export: tuple[Path, bytes]) -> None:
    """libnbd (1.14) never lets go of a buffer given to an asynchronous read: reads land in
    slabs kept for good and reused, so reading much more than the cap keeps memory bounded."""
    sock, raw = export
    ranges = [(0, 24 * MIB), (30 * MIB, 320 * 1024)]
    with NbdExport(sock, "") as exp:
        for _ in range(8):  # 8 × 24 MiB through the slabs
            got = b"".join(bytes(p) for _o, p in exp.read_ranges(ranges))
            assert got == raw[: 24 * MIB] + raw[30 * MIB : 30 * MIB + 320 * 1024]
            assert nbdio._SLABS._bytes <= nbdio._Slabs.SLAB_BYTES
        kept = nbdio._SLABS._bytes
        list(exp.read_ranges(ranges))
        assert nbdio._SLABS._bytes == kept  # no new slab: the old ones served
