"""The pure domain model of Standby: entities, enums, health rules and the operation table.

Imports nothing else of ours; no Qt, no I/O.
"""
