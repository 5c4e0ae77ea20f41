"""The embedded lab: a two-site estate with real disks and a guest workload."""
