"""The consistency proof of a running test VM's recovery point, asked of the estate: each
estate proves it by its own means (the fabric's `check_test_copy`), the control plane only
checks that there is a test VM to prove and passes the answer on."""

from __future__ import annotations

from app.domain.enums import TestFailoverState
from app.domain.fabric import FabricError
from app.domain.model import ConsistencyProof, ProtectedItem

from .context import ServerContext
from .failover import fabric_of
from .problems import conflict, not_found


async def test_copy_proof(ctx: ServerContext, item_id: str) -> ConsistencyProof:
    raw = await ctx.store.get("protected-item", item_id)
    if raw is None:
        raise not_found("protected-item", item_id)
    item = ProtectedItem.model_validate(raw)
    if item.test_failover_state not in (
        TestFailoverState.RUNNING,
        TestFailoverState.CLEANUP_PENDING,
    ):
        raise conflict(
            "This VM has no test VM to check: run a test failover first.",
            state=item.test_failover_state.value,
        )
    try:
        checks = await fabric_of(ctx).check_test_copy(item.vm_id)
    except FabricError as exc:
        raise conflict(f"The test VM's recovery point cannot be checked: {exc}") from None
    return ConsistencyProof(item_id=item.id, checks=checks)


__all__ = ["test_copy_proof"]
