"""Issue 13, rule 2, as a class: every way in that takes a secret — the
login password, the shield proxy key, the Telegram webhook secret and the
GitHub webhook signature (per source address), and the operator's TOTP code on every channel that takes
one — goes through the one limiter. For each: N wrong secrets lock it out,
the right secret is then refused without being checked, the lock is audited,
and a locked-out operator is told in their chat. A whole node, the fake Bot
API over real HTTP, the Quart test client."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyotp
import pytest

from actors import sync
from alexclaw import Node
from alexclaw.security import OPERATOR_KEY, source_key
from alexclaw.workflows import Step, Workflow, save_workflow
from tests.alexclaw.web.conftest import HTML, login, login_code, make_settings, page_csrf
from tests.fake_telegram import FakeBotAPI

CHAT = 4242
PROXY_KEY = "proxy-key-" + "p" * 30
WEBHOOK_SECRET = "webhook-secret-" + "w" * 20
GITHUB_SECRET = "github-secret-" + "g" * 20
ATTACKER = "203.0.113.66"
SOURCE_LIMIT = 3  # auth.rate_limit.max_attempts in these tests
CODE_LIMIT = 5  # the operator's TOTP policy
ANNOUNCED = ("2FA is locked for", "2FA code needed")


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def node(database_url: str, tmp_path: Path, fake: FakeBotAPI) -> AsyncIterator[Node]:
    # The fake Bot API listens on 127.0.0.1: the node grants Telegram loopback explicitly.
    started = Node(make_settings(database_url, tmp_path), loopback_grants=frozenset({"telegram"}))
    await started.start()
    config = started.state.config
    await config.set("auth.rate_limit.max_attempts", str(SOURCE_LIMIT), actor="test")
    await config.set("shield.proxy_api_key", PROXY_KEY, actor="test")
    for key, value in {
        "api_base_url": fake.base_url.removesuffix("/bot"),
        "chat_id": str(CHAT),
        "owner_user_id": str(CHAT),  # a private chat: its id is its user's
        "bot_token": fake.token,
    }.items():
        await config.set(f"telegram.{key}", value, actor="test")
    await sync("gateways.watcher")
    await fake.wait_until(lambda: fake.poll_offsets)
    yield started
    await started.stop()


@dataclass
class Ctx:
    node: Node
    fake: FakeBotAPI
    client: Any
    totp: pyotp.TOTP

    def code(self, right: bool) -> str:
        return self.totp.now() if right else "000000"


async def ask(fake: FakeBotAPI, text: str) -> str:
    """The bot's answer to ``text`` (announcements that interleave skipped)."""
    seen = len(fake.sent)
    fake.push_message(CHAT, text)

    def answered() -> str | None:
        for message in fake.sent[seen:]:
            if message.text and not message.text.startswith(ANNOUNCED):
                return message.text
        return None

    await fake.wait_until(answered)
    return answered() or ""


async def turn_2fa_on(node: Node) -> pyotp.TOTP:
    secret = pyotp.random_base32()
    await node.state.config.set("auth.totp_secret", secret, actor="test")
    await node.state.config.set("auth.totp_enabled", "true", actor="test")
    return pyotp.TOTP(secret)


async def as_operator(ctx: Ctx) -> None:
    # The previous step's code (still in the window), so the code the way in
    # presents later (``totp.now()``) is not a replay of the login's.
    assert (await login(ctx.client, code=ctx.totp.at(time.time() - 30))).status_code == 302


async def password_given(ctx: Ctx) -> None:
    assert (await login(ctx.client)).headers["Location"].endswith("/login/code")


def status_word(status: int, wrong: int, blocked: int, ok: int) -> str:
    return {wrong: "wrong", blocked: "blocked", ok: "ok"}.get(status, f"unexpected {status}")


# --- the ways in -------------------------------------------------------------


async def login_password(ctx: Ctx, right: bool) -> str:
    password = "correct horse battery staple" if right else "wrong password"
    response = await login(ctx.client, password, scope_base={"client": (ATTACKER, 1)})
    return status_word(response.status_code, 401, 429, 302)


async def login_second_step(ctx: Ctx, right: bool) -> str:
    response = await login_code(ctx.client, ctx.code(right))
    return status_word(response.status_code, 401, 429, 302)


async def proxy_key(ctx: Ctx, right: bool) -> str:
    key = PROXY_KEY if right else "not-the-key"
    response = await ctx.client.post(
        "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        headers={"Authorization": f"Bearer {key}"},
        scope_base={"client": (ATTACKER, 1)},
    )
    return status_word(response.status_code, 401, 429, 503)  # right key, no upstream configured: 503


async def webhook_secret(ctx: Ctx, right: bool) -> str:
    response = await ctx.client.post(
        "/webhooks/telegram",
        json=ctx.fake.make_update(CHAT, "/ping"),
        headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET if right else "guess"},
        scope_base={"client": (ATTACKER, 1)},
    )
    return status_word(response.status_code, 403, 429, 200)


async def github_signature(ctx: Ctx, right: bool) -> str:
    body = json.dumps({"zen": "Keep it logically awesome.", "hook_id": 1}).encode()
    signature = hmac.new((GITHUB_SECRET if right else "guess").encode(), body, hashlib.sha256).hexdigest()
    response = await ctx.client.post(
        "/webhooks/github",
        data=body,
        headers={
            "Content-Type": "application/json", "X-GitHub-Event": "ping", "X-GitHub-Delivery": str(uuid.uuid4()),
            "X-Hub-Signature-256": f"sha256={signature}",
        },
        scope_base={"client": (ATTACKER, 1)},
    )  # fmt: skip
    return status_word(response.status_code, 401, 429, 200)


async def github_secret(ctx: Ctx) -> None:
    await ctx.node.state.config.set("github.webhook_secret", GITHUB_SECRET, actor="test")


async def webhook_mode(ctx: Ctx) -> None:
    config = ctx.node.state.config
    await config.set("telegram.webhook_secret", WEBHOOK_SECRET, actor="test")
    await config.set("telegram.webhook_url", "https://node.example", actor="test")
    await config.set("telegram.mode", "webhook", actor="test")
    await sync("gateways.watcher")
    await ctx.fake.wait_until(lambda: ctx.fake.webhook_url is not None)


async def web_challenge_page(ctx: Ctx, right: bool, start: str = "/config/auth.session_hours") -> str:
    """A fresh challenge for every code: a new challenge no longer resets the count."""
    form = {"value": "9"} if start.startswith("/config") else {"reason": "incident 42 triage", "minutes": "15"}
    asked = await ctx.client.post(start, form={**form, "csrf_token": await page_csrf(ctx.client)}, headers=HTML)
    location = asked.headers["Location"]
    assert location.startswith("/challenge/"), location
    token = await page_csrf(ctx.client, location)
    answer = await ctx.client.post(
        location.split("?")[0], form={"code": ctx.code(right), "csrf_token": token, "next": "/"}, headers=HTML
    )
    body = await answer.get_data(as_text=True)
    if answer.status_code == 429:
        assert re.search(r"locked for \d+ s", body)
        return "blocked"
    if answer.status_code == 400:
        assert "Wrong code" in body
        return "wrong"
    if answer.status_code == 302 and "/challenge/" not in answer.headers["Location"]:
        return "ok" if right else "wrong"  # the fifth wrong code also cancels its own challenge
    return f"unexpected {answer.status_code}"


async def break_glass_challenge(ctx: Ctx, right: bool) -> str:
    return await web_challenge_page(ctx, right, start="/shield/break-glass")


async def chat_code_answer(ctx: Ctx, right: bool) -> str:
    asked = await ask(ctx.fake, "/run Guarded")
    assert "6-digit code" in asked, asked
    return chat_word(await ask(ctx.fake, ctx.code(right)), ok="Code verified")


async def chat_disable_2fa(ctx: Ctx, right: bool) -> str:
    return chat_word(await ask(ctx.fake, f"/disable 2fa {ctx.code(right)}"), ok="Two-factor authentication is off")


async def chat_confirm_2fa(ctx: Ctx, right: bool) -> str:
    return chat_word(await ask(ctx.fake, f"/confirm 2fa {ctx.code(right)}"), ok="Two-factor authentication is on")


async def security_page_enrolment(ctx: Ctx, right: bool) -> str:
    token = await page_csrf(ctx.client, "/security/totp")
    form = {"code": ctx.code(right), "csrf_token": token}
    response = await ctx.client.post("/security/totp", form=form, headers=HTML)
    body = await response.get_data(as_text=True)
    if response.status_code == 429 and re.search(r"locked for \d+ s", body):
        return "blocked"
    return status_word(response.status_code, 400, 429, 302)


def chat_word(reply: str, ok: str) -> str:
    if "is locked for" in reply and not reply.startswith(("That code is not valid", "Wrong code")):
        return "blocked"
    if reply.startswith(ok):
        return "ok"
    return "wrong"


# --- setups -------------------------------------------------------------------


async def guarded_workflow(ctx: Ctx) -> None:
    async with ctx.node.state.database.pool().acquire() as conn:
        guarded = Workflow(None, "Guarded", steps=(Step(0, "echo"),), metadata={"requires_2fa": True})
        await save_workflow(conn, guarded, with_steps=True)


async def chat_setup_pending(ctx: Ctx) -> None:
    ctx.fake.push_message(CHAT, "/setup 2fa")
    await ctx.fake.next_sent()
    key = (await ctx.fake.next_sent()).text or ""
    ctx.totp = pyotp.TOTP(key.split("by hand: ")[1].split()[0])


async def web_setup_pending(ctx: Ctx) -> None:
    await as_operator(ctx)
    page = await (await ctx.client.get("/security/totp", headers=HTML)).get_data(as_text=True)
    found = re.search(r'id="totp-secret">([A-Z2-7]+)<', page)
    assert found
    ctx.totp = pyotp.TOTP(found.group(1))


@dataclass(frozen=True)
class WayIn:
    name: str
    key: str
    limit: int
    present: Callable[[Ctx, bool], Awaitable[str]]
    setup: tuple[Callable[[Ctx], Awaitable[None]], ...] = ()
    two_factor: bool = True


WAYS_IN = (
    WayIn("login password", source_key(ATTACKER), SOURCE_LIMIT, login_password, two_factor=False),
    WayIn("shield proxy key", source_key(ATTACKER), SOURCE_LIMIT, proxy_key, two_factor=False),
    WayIn("Telegram webhook secret", source_key(ATTACKER), SOURCE_LIMIT, webhook_secret, (webhook_mode,), False),
    WayIn("GitHub webhook signature", source_key(ATTACKER), SOURCE_LIMIT, github_signature, (github_secret,), False),
    WayIn("login code", OPERATOR_KEY, CODE_LIMIT, login_second_step, (password_given,)),
    WayIn("web challenge page", OPERATOR_KEY, CODE_LIMIT, web_challenge_page, (as_operator,)),
    WayIn("break-glass challenge", OPERATOR_KEY, CODE_LIMIT, break_glass_challenge, (as_operator,)),
    WayIn("chat code answer", OPERATOR_KEY, CODE_LIMIT, chat_code_answer, (guarded_workflow,)),
    WayIn("/disable 2fa", OPERATOR_KEY, CODE_LIMIT, chat_disable_2fa),
    WayIn("/confirm 2fa", OPERATOR_KEY, CODE_LIMIT, chat_confirm_2fa, (chat_setup_pending,), False),
    WayIn("Security page code", OPERATOR_KEY, CODE_LIMIT, security_page_enrolment, (web_setup_pending,), False),
)


@pytest.mark.parametrize("way_in", WAYS_IN, ids=[w.name for w in WAYS_IN])
async def test_every_secret_presenting_way_in_locks_out_after_n_wrong_and_then_refuses_the_right_secret(
    way_in: WayIn, node: Node, fake: FakeBotAPI
) -> None:
    totp = await turn_2fa_on(node) if way_in.two_factor else pyotp.TOTP(pyotp.random_base32())
    ctx = Ctx(node, fake, node.state.app.test_client(), totp)
    for step in way_in.setup:
        await step(ctx)
    wrong = [await way_in.present(ctx, False) for _ in range(way_in.limit)]
    assert wrong[:-1] == ["wrong"] * (way_in.limit - 1)
    assert wrong[-1] in {"wrong", "blocked"}  # the failure that locks is still a failure
    assert await way_in.present(ctx, True) == "blocked"  # the right secret, refused unchecked
    async with node.state.database.pool().acquire() as conn:
        rows = await conn.fetch("SELECT action, target, detail FROM audit_log WHERE action LIKE 'secret.%' ORDER BY id")
    actions = [(r["action"], r["target"]) for r in rows]
    assert ("secret.locked", way_in.key) in actions and ("secret.refused_locked", way_in.key) in actions
    assert all(way_in.key in str(r["target"]) and "000000" not in json.dumps(r["detail"]) for r in rows)
    told = "2FA is locked for" if way_in.key == OPERATOR_KEY else f"Address {ATTACKER} is blocked for"
    await fake.wait_until(lambda: any((m.text or "").startswith(told) for m in fake.sent))
    if way_in.two_factor:
        assert node.state.config.get("auth.totp_enabled") is True  # /disable 2fa did not get through


async def test_wrong_codes_count_for_the_operator_across_channels(node: Node, fake: FakeBotAPI) -> None:
    ctx = Ctx(node, fake, node.state.app.test_client(), await turn_2fa_on(node))
    await as_operator(ctx)
    await guarded_workflow(ctx)
    outcomes = [await web_challenge_page(ctx, False) for _ in range(2)]
    outcomes += [await chat_disable_2fa(ctx, False) for _ in range(2)]
    outcomes += [await chat_code_answer(ctx, False)]
    assert outcomes[:4] == ["wrong"] * 4
    assert await web_challenge_page(ctx, True) == "blocked"
    assert await chat_disable_2fa(ctx, True) == "blocked"
    assert await node.state.limiter.seconds_locked(OPERATOR_KEY) > 0


async def test_the_lock_ends_by_itself_and_then_the_right_code_is_taken(node: Node, fake: FakeBotAPI) -> None:
    ctx = Ctx(node, fake, node.state.app.test_client(), await turn_2fa_on(node))
    limiter = node.state.limiter
    start = time.time()
    limiter.clock = lambda: start
    for _ in range(CODE_LIMIT):
        await chat_disable_2fa(ctx, False)
    assert await chat_disable_2fa(ctx, True) == "blocked"
    limiter.clock = lambda: start + 30
    assert await chat_disable_2fa(ctx, True) == "ok"
    assert await limiter.current() == []  # a success clears the count
