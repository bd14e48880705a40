"""The owner of the node's egress pool's lifetime: idle connections closed
on a timer, every connection closed when the node stops.

The pool itself is plain state the egress clients share on the loop (a
request never waits for this actor); the keeper only sweeps it every
``interval`` seconds and closes it in ``terminate`` — the security subtree
stops after everything that makes requests, so nothing is in flight by
then. A restarted keeper opens the pool again.
"""

from __future__ import annotations

from typing import Any, Final

from actors import AsyncActor, Caller, send_after
from alexclaw.security._egress_pool import EgressPool

EGRESS_POOL_NAME: Final = "alexclaw.security.egress_pool"
SWEEP_SECONDS: Final = 5.0


class _Sweep:
    pass


SWEEP: Final = _Sweep()


class EgressPoolKeeper(AsyncActor):
    """``handle_info`` (the timer) and ``handle_call`` (``SWEEP``) close the
    idle connections past their time (the call answers how many; a raise
    there would crash the keeper, whose restart opens the pool again);
    ``terminate`` closes them all."""

    def __init__(self, pool: EgressPool, interval: float = SWEEP_SECONDS) -> None:
        super().__init__()
        self.pool = pool
        self.interval = interval

    async def init(self) -> None:
        self.pool.reopen()
        send_after(self, SWEEP, self.interval)

    async def handle_info(self, message: Any) -> None:
        if isinstance(message, _Sweep):
            await self.pool.sweep()
            send_after(self, SWEEP, self.interval)
            return
        await super().handle_info(message)

    async def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, _Sweep):
            return await self.pool.sweep()
        return await super().handle_call(message, caller)

    async def terminate(self, reason: Any) -> None:
        await self.pool.aclose()
