"""What can go wrong when tracking a libvirt domain's disks, in words an operator can act on."""

from __future__ import annotations

from dataclasses import dataclass

from app.replication.errors import ReplicationError, ResyncRequired


@dataclass(frozen=True)
class DiskProblem:
    """Why one disk cannot be tracked, and what to do about it."""

    target: str  # the disk's name in the guest's definition: vda, sdb, …
    source: str  # its file or device, or a description when it has none
    reason: str
    remedy: str

    def __str__(self) -> str:
        return f"disk {self.target} ({self.source}): {self.reason}. {self.remedy}"


class DiskNotTrackable(ReplicationError):
    """A refusal before anything is changed: some disk of the domain cannot have its changes
    tracked with libvirt checkpoints. Lists every such disk with its reason and remedy."""

    def __init__(self, domain: str, problems: list[DiskProblem]) -> None:
        self.domain = domain
        self.problems = problems
        lines = "; ".join(str(p) for p in problems)
        super().__init__(f"VM {domain} cannot be protected: {lines}")


class CheckpointsDisagree(ResyncRequired):
    """libvirt's checkpoints and the disks' dirty bitmaps no longer tell the same story (a
    checkpoint or bitmap deleted behind Standby's back, a bitmap left inconsistent by a QEMU
    that was killed, the domain redefined without its checkpoints). The changes since the last
    cycle are unknown: only a resync (compare every block) can bring the replica back."""

    def __init__(self, domain: str, detail: str) -> None:
        self.domain = domain
        self.detail = detail
        super().__init__(
            f"VM {domain}: the change tracking cannot be trusted ({detail}); "
            "a resync is needed (every block is compared, only differing blocks are shipped)"
        )


class ToolMissing(ReplicationError):
    """A program or library the tracking needs is not installed on this host."""


class BackupJobBusy(ReplicationError):
    """Another backup job (not Standby's) runs on the domain; the cycle is tried again later."""


class DiskShrank(ResyncRequired):
    """A protected disk is smaller than when it was last replicated. Standby never shrinks a
    replica (the cut-off data would vanish from its recovery points without a trace), so its
    replication stops until the disk is its old size again or protection starts over."""

    def __init__(self, domain: str, shrunk: dict[str, tuple[int, int]]) -> None:
        self.domain = domain
        self.shrunk = shrunk  # disk target → (replicated size, size now), bytes
        sizes = ", ".join(f"{t} from {old} to {new} bytes" for t, (old, new) in shrunk.items())
        super().__init__(
            f"VM {domain}: its disk shrank ({sizes}); a replica is never shrunk. Grow the disk "
            "back to its replicated size and resync, or disable protection and enable it "
            "again to replicate the smaller disk from a new first copy"
        )


class DisksChanged(ResyncRequired):
    """A disk was added to or removed from a protected VM since it was last replicated. The
    cycles stop (a recovery point must hold every disk the VM had at its moment) and the item
    says which disk and what to do; nothing is copied or deleted by itself."""

    def __init__(self, domain: str, added: list[str], removed: list[str]) -> None:
        self.domain = domain
        self.added = added
        self.removed = removed
        changes = []
        if added:
            changes.append(f"added: {', '.join(added)}")
        if removed:
            changes.append(f"removed: {', '.join(removed)} (its replica and points are kept)")
        super().__init__(
            f"VM {domain}: its disks changed since they were last replicated "
            f"({'; '.join(changes)}). Disable protection and enable it again to replicate the "
            "VM's disks as they are now from a new first copy, or put the disks back as they "
            "were and resync"
        )
