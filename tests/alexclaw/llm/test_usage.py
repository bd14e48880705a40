"""Usage per provider per UTC day: written through, read from a snapshot,
surviving a restart, reset at UTC midnight (a manual clock)."""

from __future__ import annotations

from actors import Snapshot
from alexclaw.llm import Answer, ChatRequest, DayUsage, Refusal, UsageSnapshot, UsageTracker, load_usage, utc_day
from tests.alexclaw.llm.conftest import World

PROMPT = ChatRequest.prompt("count me")


async def test_each_answer_counts_a_call_and_its_tokens_in_the_database_and_the_snapshot(world: World) -> None:
    await world.add(world.provider("p"))
    for _ in range(2):
        assert isinstance(await world.router.complete(PROMPT), Answer)
    today = utc_day(world.clock())
    assert world.usage.read().of("p", today) == DayUsage(2, 22, 14)  # counted before the call returned
    await world.written()
    async with world.database.pool().acquire() as conn:
        assert await load_usage(conn, today) == {"p": DayUsage(2, 22, 14)}


async def test_usage_survives_a_restart_of_the_tracker(world: World) -> None:
    await world.add(world.provider("p", daily_limit=2))
    for _ in range(2):
        await world.router.complete(PROMPT)
    await world.written()
    again: Snapshot[UsageSnapshot] = Snapshot(UsageSnapshot(utc_day(0)))
    restarted = await UsageTracker(world.database, again, world.clock).start()
    try:
        assert again.read().of("p", utc_day(world.clock())) == DayUsage(2, 22, 14)
    finally:
        await restarted.stop()
    refused = await world.router.complete(PROMPT)
    assert isinstance(refused, Refusal) and refused.kind == "limits"


async def test_the_limit_resets_at_utc_midnight(world: World) -> None:
    await world.add(world.provider("p", daily_limit=1))
    assert isinstance(await world.router.complete(PROMPT), Answer)
    assert isinstance(await world.router.complete(PROMPT), Refusal)
    world.clock.now += 12 * 3600  # noon -> the next day's midnight
    answer = await world.router.complete(PROMPT)
    assert isinstance(answer, Answer)
    today = utc_day(world.clock())
    assert world.usage.read().day == today and world.usage.read().of("p", today).calls == 1
    await world.written()
    async with world.database.pool().acquire() as conn:
        assert (await load_usage(conn, utc_day(world.clock.now - 86_400)))["p"].calls == 1  # yesterday kept


async def test_a_snapshot_of_yesterday_reads_as_zero_before_anyone_writes(world: World) -> None:
    await world.add(world.provider("p"))
    await world.router.complete(PROMPT)
    world.clock.now += 86_400
    assert world.usage.read().of("p", utc_day(world.clock())) == DayUsage()
