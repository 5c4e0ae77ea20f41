"""Keeping QEMU's block-node queries away from a backup's start.

QEMU 7.2 (Debian 12's) aborts the whole VM — `qcow2_get_specific_info: Assertion 'false'
failed` — when it is asked to describe its block nodes while a qcow2 node is still opening, as
a pull-mode backup's scratch image is during `virDomainBackupBegin`. Libvirt lets such a query
(a checkpoint's size, a disk's capacity) run meanwhile: a loop of checkpoint-size queries beside
repeated backups killed a test guest within 6 backups. So every call of ours that makes libvirt
describe a running domain's block nodes, and every backup start, holds that domain's lock.
"""

from __future__ import annotations

import threading
from typing import Any

_locks: dict[str, threading.Lock] = {}
_registry = threading.Lock()


def block_nodes(domain: Any) -> threading.Lock:
    """The lock that keeps `domain`'s block-node queries and backup starts apart (one per
    domain UUID in this process; a libvirt domain object is typed loosely)."""
    uuid = str(domain.UUIDString())
    with _registry:
        return _locks.setdefault(uuid, threading.Lock())
