"""The replication data plane: tracked disks, .hrl write logs, delta cycles, recovery points,
transport between hosts, initial replication and resync. Imports the domain only; no Qt."""

from .bandwidth import LinkLimits, TokenBucket
from .cycle import BlockOverlay, Delta, DeltaEntry, DeltaKind, build_delta
from .disk import TrackedDisk, image_block_hashes
from .errors import (
    DeltaCorrupt,
    HrlCorrupt,
    LinkDown,
    PointNotFound,
    ReplicationError,
    ResyncRequired,
    SequenceGap,
    StorageFull,
    TransportError,
    UndoCorrupt,
)
from .hrl import FsyncPolicy, HrlHeader, HrlReader, HrlRecord, HrlWriter
from .initial import InitialProgress, InitialReplication
from .journal import RecoveryPointRecord, ReplicaState
from .pair import CycleResult, DiskCycle, PairStats, Quiescer, ReplicationPair, vm_points
from .replica import ApplyOutcome, ReplicaDisk, ReplicaStatus
from .resync import ResyncResult, resync_disk
from .sparse import BLOCK_SIZE, copy_sparse
from .transport import DeltaAck, DirectTransport, ReplicaService, Transport

__all__ = [
    "BLOCK_SIZE",
    "ApplyOutcome",
    "BlockOverlay",
    "CycleResult",
    "Delta",
    "DeltaAck",
    "DeltaCorrupt",
    "DeltaEntry",
    "DeltaKind",
    "DirectTransport",
    "DiskCycle",
    "FsyncPolicy",
    "HrlCorrupt",
    "HrlHeader",
    "HrlReader",
    "HrlRecord",
    "HrlWriter",
    "InitialProgress",
    "InitialReplication",
    "LinkDown",
    "LinkLimits",
    "PairStats",
    "PointNotFound",
    "Quiescer",
    "RecoveryPointRecord",
    "ReplicaDisk",
    "ReplicaService",
    "ReplicaState",
    "ReplicaStatus",
    "ReplicationError",
    "ReplicationPair",
    "ResyncRequired",
    "ResyncResult",
    "SequenceGap",
    "StorageFull",
    "TokenBucket",
    "TrackedDisk",
    "Transport",
    "TransportError",
    "UndoCorrupt",
    "build_delta",
    "copy_sparse",
    "image_block_hashes",
    "resync_disk",
    "vm_points",
]
