"""What can go wrong in the data plane, named so callers can react to each case."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator


class ReplicationError(Exception):
    """Base of every data-plane failure."""


class DiskClosed(ReplicationError):
    """The tracked disk was closed (its VM stopped or the process is stopping)."""


class ResyncRequired(ReplicationError):
    """Source and replica can no longer be reconciled by shipping logs: compare blocks."""


class HrlCorrupt(ResyncRequired):
    """A write log is truncated or damaged. Its writes are never applied silently.

    It is a ResyncRequired: the lost writes can only be recovered by a block comparison.
    """

    def __init__(self, path: object, reason: str, *, offset: int | None = None) -> None:
        where = f" at byte {offset}" if offset is not None else ""
        super().__init__(f"{path}: {reason}{where}")
        self.path = path
        self.reason = reason
        self.offset = offset


class SequenceGap(ResyncRequired):
    """A delta does not continue where the replica stands: some writes went missing."""


class DeltaCorrupt(ReplicationError):
    """A delta failed verification on receipt; the sender should ship it again."""


class UndoCorrupt(ReplicationError):
    """An undo file is unreadable, so an older point cannot be materialized from it."""


class PointNotFound(ReplicationError, KeyError):
    """No recovery point with that cycle id is retained."""


class TransportError(ReplicationError):
    """The replica could not be reached or refused the request; retry next cycle."""


class LinkDown(TransportError):
    """The link between the two hosts is cut."""


class StorageFull(ReplicationError):
    """A host's storage refused a write (ENOSPC, EDQUOT). Nothing half-written stays behind;
    the operation can be retried once space returns. `side` is "replica" or "source"."""

    def __init__(self, side: str, detail: str) -> None:
        super().__init__(f"{side} storage is full: {detail}")
        self.side = side
        self.detail = detail


FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


def storage_full(exc: BaseException, side: str) -> BaseException:
    """`exc` as a StorageFull when it is a full disk or quota on `side`; else `exc` itself."""
    if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
        return StorageFull(side, exc.strerror or str(exc))
    return exc


@contextlib.contextmanager
def full_storage_as(side: str) -> Iterator[None]:
    """Inside: a full disk or quota surfaces as StorageFull(side); other errors unchanged."""
    try:
        yield
    except OSError as exc:
        full = storage_full(exc, side)
        if full is exc:
            raise
        raise full from exc
