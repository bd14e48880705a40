"""What the Services page shows: each part the node talks to, whether it
answers, and why not — the place a person looks first when something does
not work. Each check is real: ``SELECT 1`` on the pool, the Telegram and
Discord gateways' published status (up only once the token worked), a one-word completion through the guarded
model path for a provider, one word embedded, whether the GitHub webhook
secret and two-factor are set, a Google token refresh and one Calendar read,
whether a browser can play recipes.

``overview`` is what the page draws without touching anything slow (the
snapshots and settings); ``check`` runs one part's real check on demand (a
provider check is a real, counted call)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from actors import Snapshot
from alexclaw.automation import find_chromium
from alexclaw.backup import BackupOperations, backup_health
from alexclaw.config import ConfigHandle
from alexclaw.google import GoogleOperations
from alexclaw.llm import ChatRequest, GuardedModel, Provider, Refusal
from alexclaw.logs import mask_secrets
from alexclaw.memory import Embedder
from alexclaw.security import secret_in_force
from alexclaw.storage import DatabaseHandle
from gateways import GatewayStatus

CHECK_SECONDS: Final = 30.0
UP, DOWN, OFF, UNKNOWN = "up", "down", "off", "unchecked"


@dataclass(frozen=True, slots=True)
class Status:
    part: str  # database | telegram | discord | llm:<name> | embeddings | github | two_factor | google | browser
    label: str
    state: str  # up | down | off | unchecked
    reason: str = ""
    took_ms: int | None = None


@dataclass(frozen=True, slots=True)
class ServiceParts:
    """What the checks reach: the node's handles and snapshots."""

    database: DatabaseHandle
    config: ConfigHandle
    telegram: Snapshot[GatewayStatus]
    providers: Snapshot[tuple[Provider, ...]]
    llm: GuardedModel
    embedder: Embedder
    google: GoogleOperations
    discord: Snapshot[GatewayStatus]
    backups: BackupOperations | None = None  # None: a caller that does not show backups

    def overview(self) -> list[Status]:
        """Every part, from what is known without asking anyone."""
        rows = [
            Status("database", "Database", UNKNOWN, "press Check to run SELECT 1"),
            self._telegram(),
            self._discord(),
            *(self._provider_row(p) for p in self.providers.read()),
            Status("embeddings", f"Embeddings ({self.embedder.model})", UNKNOWN, "press Check to embed one word"),
            self._github(),
            self._two_factor(),
            self._google(),
            self._browser(),
            *([self._backups()] if self.backups is not None else []),
        ]
        return rows

    async def check(self, part: str) -> Status | None:
        """Run ``part``'s real check; None for a part that does not exist."""
        checks: dict[str, Callable[[], Status]] = {"telegram": self._telegram, "github": self._github,
                                                    "two_factor": self._two_factor,
                                                    "browser": self._browser}  # fmt: skip
        checks["discord"] = self._discord
        if self.backups is not None:
            checks["backups"] = self._backups
        if part in checks:
            return checks[part]()
        if part == "database":
            return await _timed("database", "Database", self._select_one)
        if part == "google":
            if self.google.credentials() is None or self.google.status.read().state in {"disconnected", "revoked"}:
                return self._google()
            return await _timed("google", "Google Calendar and Tasks", self.google.check)
        if part == "embeddings":
            return await _timed("embeddings", f"Embeddings ({self.embedder.model})", self._embed_one)
        if part.startswith("llm:"):
            provider = next((p for p in self.providers.read() if f"llm:{p.name}" == part), None)
            if provider is None:
                return None
            if not provider.enabled:
                return self._provider_row(provider)
            return await _timed(part, _provider_label(provider), lambda: self._ask(provider))
        return None

    async def _select_one(self) -> str | None:
        async with self.database.pool().acquire() as conn:
            return None if await conn.fetchval("SELECT 1") == 1 else "SELECT 1 did not answer 1"

    async def _embed_one(self) -> str | None:
        vectors = await self.embedder.embed(["hello"])
        if len(vectors) != 1 or len(vectors[0]) != self.embedder.dimension:
            return f"expected one vector of {self.embedder.dimension} numbers"
        return None

    async def _ask(self, provider: Provider) -> str | None:
        request = ChatRequest.prompt("Reply with the single word OK.", max_tokens=5)
        answer = await self.llm.complete(request, source="services.check", provider=provider.name)
        return f"{answer.kind}: {answer.message}" if isinstance(answer, Refusal) else None

    def _telegram(self) -> Status:
        return gateway_row("telegram", "Telegram", self.telegram.read(), "no bot token (telegram.bot_token)")

    def _discord(self) -> Status:
        return gateway_row("discord", "Discord", self.discord.read(), "no bot token (discord.bot_token)")

    def _provider_row(self, provider: Provider) -> Status:
        label = _provider_label(provider)
        if not provider.enabled:
            return Status(f"llm:{provider.name}", label, OFF, "disabled")
        return Status(f"llm:{provider.name}", label, UNKNOWN, "press Check for a one-word answer (one counted call)")

    def _github(self) -> Status:
        if self.config.get("github.webhook_secret"):
            return Status("github", "GitHub webhooks", UP, "secret set: signed deliveries are accepted")
        return Status("github", "GitHub webhooks", OFF, "no secret (github.webhook_secret): every delivery refused")

    def _backups(self) -> Status:
        assert self.backups is not None  # listed only when given
        return _backup_row(self.backups)

    def _two_factor(self) -> Status:
        if secret_in_force(self.config) is not None:
            return Status("two_factor", "Two-factor", UP, "on: sensitive changes ask for a code")
        return Status("two_factor", "Two-factor", OFF, "not set up: sensitive changes ask for nothing more")

    def _google(self) -> Status:
        label, status = "Google Calendar and Tasks", self.google.status.read()
        if self.google.credentials() is None:
            return Status("google", label, OFF, "no client id or secret (google.client_id, google.client_secret)")
        if status.state == "connected":
            return Status("google", label, UP, status.label + " (Check refreshes the token and reads the calendar)")
        if status.state == "disconnected":
            return Status("google", label, OFF, "not connected: Connect on the Google page or /connect google")
        return Status("google", label, DOWN, status.label)

    def _browser(self) -> Status:
        chromium = find_chromium(str(self.config.get("automation.chromium_path") or ""))
        if chromium.available:
            return Status("browser", "Browser automation", UP, f"recipes play in {chromium.path}")
        return Status("browser", "Browser automation", OFF, chromium.reason)


_BACKUP_STATES: Final = {"ok": UP, "off": OFF, "old": DOWN, "failing": DOWN}


def _backup_row(backups: BackupOperations) -> Status:
    """The last backup's outcome and age, from the files and the last failure."""
    status = backups.status.read()
    health = backup_health(
        backups.directory(),
        backups.problem(),
        backups.backups(),
        datetime.now(UTC),
        last_failed=status.last_failed,
        last_error=status.last_error,
    )
    return Status("backups", "Database backups", _BACKUP_STATES[health.state], health.reason)


def _provider_label(provider: Provider) -> str:
    return f"LLM {provider.name} ({provider.kind}, {provider.model}, {provider.tier})"


async def _timed(part: str, label: str, probe: Callable[[], Awaitable[str | None]]) -> Status:
    """Run ``probe`` (its answer: None when up, else why not) within
    ``CHECK_SECONDS``; an exception is the reason it is down."""
    started = time.monotonic()
    try:
        async with asyncio.timeout(CHECK_SECONDS):
            problem = await probe()
    except TimeoutError:
        problem = f"no answer within {CHECK_SECONDS:g} s"
    except Exception as exc:  # the check's whole point: say why it is down
        problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    took = int((time.monotonic() - started) * 1000)
    # A driver's message may quote what it was given: masked as a log line is.
    return Status(part, label, DOWN if problem else UP, mask_secrets(problem or "answered"), took)


def gateway_row(part: str, label: str, status: GatewayStatus, unset: str) -> Status:
    """A chat gateway's row: up only when it is connected (its token worked)."""
    if status.state == "connected":
        return Status(part, label, UP, status.label)
    if status.state == "off":
        return Status(part, label, OFF, status.detail or unset)
    return Status(part, label, DOWN if status.final or status.detail else UNKNOWN, status.label)
