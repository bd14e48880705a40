"""What other packages' tests may ask of the security package's insides:
its tests own its private modules; everyone else goes through these."""

from __future__ import annotations

from actors import Refused, call, send, sync
from alexclaw.security._challenges import CHALLENGES_NAME, _Expire
from alexclaw.security._refusals import FLUSH, REFUSALS_NAME


async def expire_challenge(challenge_id: str) -> None:
    """What the challenge's timer does after its TTL, now."""
    send(CHALLENGES_NAME, _Expire(challenge_id))
    await sync(CHALLENGES_NAME)


async def flush_refusals() -> int | Refused:
    """The refusal tally writes the minute's counted refusals now."""
    answer: int | Refused = await call(REFUSALS_NAME, FLUSH)
    return answer
