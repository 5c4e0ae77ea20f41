"""Host agents: the estate whose hosts enroll with the control plane.

A host agent runs on every hypervisor host. It enrolls once with a registration key (the vault's
CA signs its certificate), then keeps one mTLS connection to the control plane's hub: heartbeats,
its inventory and events, and the commands of the control plane's `AgentFabric`, which
implements the fabric protocols by asking agents. Agents ship replication to each other
directly over the data plane's mTLS transport. What a host runs (libvirt today) is behind the
`HostEstate` protocol (`link.py`); this part knows no hypervisor.
"""
