"""The agents' allocator settings (app/replication/heap.py): with them, the chunks a delta's
reception allocates and frees come from pages the process already has, instead of pages the
kernel must fault in and zero anew for every chunk. Counted in page faults (the kernel's own
count for the process), not in seconds."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from app.replication.certificates import HostFiles, write_pairing
from app.replication.http_transport import NO_RETRY
from app.replication.sparse import BLOCK_SIZE
from tests.replication.test_arriving_apply import cycle
from tests.replication.test_http_transport import AgentProcess, free_port, transport_for

MIB = 1024 * 1024
ROOT = Path(__file__).resolve().parents[2]

# What receiving does to the C heap, in small: chunks of 256 KiB to 2 MiB, each written
# through (as a copy into it would), two alive at a time; the faults of the last 500 counted.
CHUNKS = """
import random, resource, sys
from app.replication.heap import steady_heap
if sys.argv[1] == "steady":
    assert steady_heap()
rng = random.Random(1)
alive = []
def step():
    alive.append(bytearray(rng.choice((256 * 1024, 512 * 1024, 1024**2, 2 * 1024**2))))
    if len(alive) > 2:
        alive.pop(0)
for _ in range(50):
    step()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(500):
    step()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def chunk_faults(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", CHUNKS, mode], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return int(out.stdout)


def test_a_steady_heap_serves_the_chunks_from_pages_it_already_has() -> None:
    # 500 chunks of 1 MiB on average: 128,000 pages if each chunk were faulted in anew.
    adaptive, steady = chunk_faults("default"), chunk_faults("steady")
    assert adaptive > 10_000, f"glibc's adaptive thresholds faulted only {adaptive} pages"
    assert steady < 500, f"{steady} page faults with the steady heap"


@pytest.fixture
def pairing(tmp_path: Path) -> dict[str, HostFiles]:
    return write_pairing(tmp_path / "pairing", ["primary", "recovery"])


def minor_faults(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[7])


def test_an_agent_receives_large_deltas_without_faulting_in_their_bytes(
    tmp_path: Path, pairing: dict[str, HostFiles]
) -> None:
    """A real agent process (`python -m app.replication.agent`) receives four 16 MiB cycle
    deltas, applied while they arrive: after the first, its process faults in far fewer
    pages than one body's worth (each copy of a body into fresh pages would be 4,096)."""
    port = free_port()
    agent = AgentProcess(tmp_path / "recovery-host", pairing["recovery"], port)
    primary = pairing["primary"]
    t = transport_for(f"https://127.0.0.1:{port}", primary, primary.ca, retry=NO_RETRY)
    size = 256 * MIB
    rng = random.Random(5)
    payload = memoryview(rng.randbytes(16 * MIB))
    slots = rng.sample(range(size // BLOCK_SIZE), 4 * len(payload) // BLOCK_SIZE)
    try:
        agent.start(t)
        assert agent.proc is not None
        seq = t.prepare("pair1", vm_id="vm1", disk_id="d0", size_bytes=size, fresh=True).next_seq
        faults = []
        for n in range(4):
            blocks = sorted(slots[n * 256 : (n + 1) * 256])
            delta = cycle(seq, [], size)  # its data streamed: encode_stream's layout
            layout = [(b, 0, BLOCK_SIZE) for b in blocks]
            data = [payload[i * BLOCK_SIZE : (i + 1) * BLOCK_SIZE] for i in range(len(blocks))]
            length, _ = delta.encode_stream(layout, ())
            before = minor_faults(agent.proc.pid)
            ack = t.send_delta_stream(
                "pair1", length, lambda d=delta, lay=layout, x=data: d.encode_stream(lay, x)[1]
            )
            faults.append(minor_faults(agent.proc.pid) - before)
            assert ack.applied and ack.cycle_id == seq
            seq += 1
        assert t.agent_stats().deltas_received == 4
        # The first delta sets the heap up (and the body's pooled buffer); the rest reuse it.
        assert sum(faults[1:]) < 1_000, f"page faults per delta: {faults}"
    finally:
        t.close()
        if agent.proc is not None and agent.proc.poll() is None:
            agent.kill()
