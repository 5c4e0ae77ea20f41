"""What a job's steps say, as codes with parameters: one catalogue the control plane writes
from and every reader renders — the console in the operator's language and local time
(app/console/job_text.py translates each template in the context "StepText"), the API and
the CLI in English (`english`).

A job step carries its name's code and parameters (`JobStep.code`, `JobStep.params`) and one
`StepDetail` per line it logged, beside the English `name` and `output` every client always
had. Parameters are JSON values; the kind of each one that is not plain text or a number is
declared in `PARAM_KINDS` (a time is an ISO 8601 string, rendered in local time by the
console and as UTC here).

`Text` is an English sentence (a `str`) that remembers its code and parameters: step names
and log lines are passed around as such, so whoever records them keeps both.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

STEP_NAMES: dict[str, str] = {
    # one protected item (app/server/steps.py, protection.py)
    "shut-down-source": "Shut down the source VM",
    "final-sync": "Replicate the last changes",
    "start-replica": "Start the replica",
    "start-test-vm": "Start the test VM from a recovery point",
    "remove-test-vm": "Remove the test VM",
    "shut-down-best-effort": "Shut down the source and replicate (best effort)",
    "start-replica-from-point": "Start the replica from the recovery point",
    "fence": "Fence the old copy",
    "commit": "Commit the failover",
    "change-point": "Change the recovery point",
    "cancel-failover": "Cancel the failover",
    "resync-from-active": "Resynchronize from the active side",
    "reverse-replication": "Reverse replication",
    "resync": "Resynchronize the replica",
    "pause": "Pause replication",
    "resume": "Resume replication",
    "prepare-replica": "Prepare the replica on the recovery host",
    "wait-scheduled-start": "Wait for the scheduled start at {start_time}",
    "initial-replication": "Initial replication",
    "stop-replication": "Stop replication",
    # a recovery plan (app/domain/plan_steps.py)
    "plan-shutdown": "Shut down the VMs",
    "plan-before": "Group {group}: before — {action}",
    "plan-before-named": "Group {group} ({group_name}): before — {action}",
    "plan-vms": "Group {group}: {operation} of {count} VM(s)",
    "plan-vms-named": "Group {group} ({group_name}): {operation} of {count} VM(s)",
    "plan-after": "Group {group}: after — {action}",
    "plan-after-named": "Group {group} ({group_name}): after — {action}",
}
"""A step's name by code."""

DETAILS: dict[str, str] = {
    "test-vm-started": "Test VM {test_vm} started from the point of {point_time}.",
    "test-vm-removed": "Removed {count} object(s) the test failover created.",
    "source-shut-down": "The source VM is shut down.",
    "last-changes-replicated": "The last changes are replicated.",
    "source-kept-running": "Skipped: the operator chose not to shut the source down.",
    "source-shut-down-synced": "The source was shut down and its last changes replicated.",
    "source-unreachable": "The source could not be reached ({error}); failing over without it.",
    "replica-started": "Started from the point of {point_time} ({point_kind}); "
    "writes lost: {writes_lost}.",
    "replica-started-synced": "Started from the point of {point_time} ({point_kind}); nothing "
    "lost: the source was shut down and its last changes replicated first.",
    "replica-started-span": "Started from the point of {point_time} ({point_kind}); the writes "
    "after it up to {writes_until} are lost, {unreplicated_bytes} of them never replicated.",
    "fenced": "The old copy is fenced: it will not start again when its site returns.",
    "committed": "Committed: the other recovery points are discarded.",
    "point-changed": "Now running from the point of {point_time}.",
    "failover-cancelled": "Failover cancelled: the VM runs on its original side again.",
    "reversed": "Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed "
    "({bytes_shipped} shipped); replicating in the new direction.",
    "paused": "Replication paused; writes keep collecting and ship on resume.",
    "resumed": "Replication resumed.",
    "resynced": "Resynchronized: {blocks_shipped} of {blocks_compared} blocks differed "
    "({bytes_shipped} shipped).",
    "replica-prepared": "Replica prepared on {host}.",
    "initial-copy-scheduled": "The policy starts the initial copy at {start_time}; waiting.",
    "scheduled-start-reached": "The scheduled start has come.",
    "initial-copy-done": "Initial replication complete; delta replication runs from now on.",
    "replication-stopped-deleted": "Replication stopped, replica deleted.",
    "replication-stopped-kept": "Replication stopped; the replica is kept.",
    "waiting-for-operator": "Waiting for an operator: {instructions}",
    "resumed-by-operator": "Resumed by an operator.",
    "vm-failed": "FAILED: {error}",
    # IP customization (app/domain/addressing.py): the address the VM got, or why none
    "address-vm-rule": "Recovery address {address} (per-VM rule).",
    "address-subnet-rule": "Recovery address {address} (subnet rule {rule_from} → {rule_to}).",
    "address-kept": "Keeps its address {address}.",
    "address-kept-unknown": "Keeps its address (it reports none).",
    "address-none-no-network": "No recovery address: the VM is attached to no network.",
    "address-none-unmapped-network": "No recovery address: its network has no network mapping.",
    "address-none-no-address": "No recovery address: the VM reports none and no per-VM rule "
    "names one.",
    "address-none-outside-rules": "No recovery address: no rule of its network mapping "
    "covers {address}.",
}
"""A step's log line by code."""

PARAM_KINDS: dict[str, str] = {
    "point_time": "time",
    "start_time": "time",
    "point_kind": "point-kind",
    "operation": "operation",
    "bytes_shipped": "size",
    "unreplicated_bytes": "size",
    "writes_until": "time",
    "host": "host",
    "test_vm": "vm",
}
"""Parameters that are not shown as they are: time (ISO 8601), size (bytes), point-kind (a
RecoveryPointKind value), operation (an Operation value), host and vm (ids, shown by name
where the reader knows it)."""

TEXTS: dict[str, str] = {**STEP_NAMES, **DETAILS}


class Text(str):
    """An English sentence of the catalogue that keeps its code and parameters."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Text:
        text = super().__new__(cls, english(code, params))
        text.code = code
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles make it again from its code
        return (_text, (self.code, self.params))


def _text(code: str, params: dict[str, Any]) -> Text:
    return Text(code, **params)


def english(code: str, params: dict[str, Any], now: datetime | None = None) -> str:
    """The catalogue's sentence in English: times in UTC (to the minute, or the second
    when it has seconds; with the date when not today), sizes in binary units."""
    template = TEXTS[code]
    shown = {}
    for key, value in params.items():
        kind = PARAM_KINDS.get(key)
        if kind == "time" and isinstance(value, str):
            shown[key] = utc_moment(datetime.fromisoformat(value), now)
        elif kind == "size" and isinstance(value, int | float):
            shown[key] = binary_size(value)
        else:
            shown[key] = value
    return template.format(**shown)


def utc_moment(at: datetime, day: datetime | None = None) -> str:
    """ "22:00 UTC" (with seconds when it has them, with the date when not on `day`)."""
    at = at.astimezone(UTC)
    day = (day or datetime.now(UTC)).astimezone(UTC)
    clock = f"{at:%H:%M:%S}" if at.second else f"{at:%H:%M}"
    return f"{clock} UTC" if at.date() == day.date() else f"{at:%Y-%m-%d} {clock} UTC"


def binary_size(count: float) -> str:
    value = float(count)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if abs(value) < 1024:
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TiB"
