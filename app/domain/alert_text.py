"""What alerts say, as codes with parameters: the control plane sends `Alert.code` and
`Alert.params` with each alert's English `message` (which says the same; and, when a
condition ends, `resolution_code` and `resolution_params` for what it appended), so the
console says it in the operator's language and local time (app/console/alert_text.py,
context "AlertText").

Parameters: host, site (names), count, free_bytes/total_bytes (a host's storage), sides
(["replica", "source"]: which storage is full), causes (a list of [outage, site name] as
app/domain/health.py's ReplicaSide says why a host is out of reach), vms (VM names, the
first few) and more (how many were left out), since (ISO 8601, or absent: since the start).
An alert without a code (a failing background loop: its words come from the loop) is shown
as its message.
"""

from __future__ import annotations

ALERT_TEXTS: dict[str, str] = {
    "agent-lost": "The replication agent on host {host} lost its connection.",
    "agent-back": "The replication agent on host {host} reconnected.",
    "site-unreachable": "Site {site} is unreachable.",
    "site-back": "Site {site} is reachable again.",
    "host-storage-low": "Storage on host {host} is low: {figures}. When it is full, "
    "replication to and from this host pauses: free space on it or add storage.",
    "host-storage-ok": "It has space again: {figures}.",
    "protection-at-risk": "Protection at risk at {site}: {count} protected VM(s) cannot reach "
    "their recovery host ({causes}): {vms}. Changes are not being replicated, and a failover "
    "to the site must wait until it returns.",
    "names-and-more": "{names} and {more} more",
    "replication-reaches-it": "Replication reaches it again.",
    "replication-back": "Replication reaches {site} again: its protected VMs are protected "
    "again, and failover to the site is possible.",
    "storage-full": "Storage on {host} is full ({what}): replication of {count} protected "
    "item(s) is paused until space returns.",
    "replica-storage": "replica storage",
    "vm-storage": "VM storage",
    "storage-parts": "{first} and {second}",
    "space-returned": "Space returned.",
    "figures-stale": "Replication figures are not being updated: no successful status read "
    "since {since}. RPO, health and recovery points shown may be out of date; check the "
    "control plane's log and the hosts' agents.",
    "figures-stale-since-start": "Replication figures are not being updated: no successful "
    "status read since its start. RPO, health and recovery points shown may be out of date; "
    "check the control plane's log and the hosts' agents.",
}
