"""Real estates under libvirt/QEMU: change tracking of a domain's disks with libvirt
checkpoints (persistent dirty bitmaps), read from point-in-time NBD exports and shipped as the
data plane's deltas. Imports the domain and the data plane only; only app/cli.py imports it.
Needs libvirt-python (the `libvirt` extra) and libnbd's Python binding (python3-libnbd)."""

from .disks import DomainDisk, ImageInfo, check_trackable, domain_disks, image_info
from .errors import BackupJobBusy, CheckpointsDisagree, DiskNotTrackable, DiskProblem, ToolMissing
from .nbdio import NbdExport, load_libnbd
from .tracking import CheckpointTracker, DiskCopy, TrackedCycle, TrackingState

__all__ = [
    "BackupJobBusy",
    "CheckpointTracker",
    "CheckpointsDisagree",
    "DiskCopy",
    "DiskNotTrackable",
    "DiskProblem",
    "DomainDisk",
    "ImageInfo",
    "NbdExport",
    "ToolMissing",
    "TrackedCycle",
    "TrackingState",
    "check_trackable",
    "domain_disks",
    "image_info",
    "load_libnbd",
]
