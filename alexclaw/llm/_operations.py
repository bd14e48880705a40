"""The provider operations: add, change, enable or disable and remove an
LLM provider, written once for the LLM page and the command line.

Each takes the acting principal, checks the provider with the one
validation (``build_provider``) before anything else — an unknown kind or
tier, a bad base URL, a private address without the grant, a missing key,
a negative limit are an ``Invalid`` with the reason, nothing written — and
answers a value. An ordinary change is written at once and audited. A
change that sets, replaces or removes a key, gives the private-address
grant, or sends a held key to another address (``guarded_reasons``) goes
through the one approval service as ``llm.provider_secret``: a TOTP code
from the web while two-factor is on (a ``ChallengeView``; the parked
action holds only the encrypted key), the host's word on the command line;
the store refuses it without that approval whoever calls it. A key typed
in is encrypted at once and never shown, logged or audited.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Final

from alexclaw.inputs import character_problem
from alexclaw.llm._model import Provider, ProviderError, build_provider, guarded_reasons
from alexclaw.llm._store import add_provider, load_provider, remove_provider, update_provider
from alexclaw.secret_store import SecretStore, SecretUnavailable, as_store
from alexclaw.security import (
    Acting,
    Approval,
    Approver,
    ChallengeView,
    Done,
    Invalid,
    NotAllowed,
    SecretBox,
    no_approval,
)
from alexclaw.storage import Connection

GUARDED_ACTION: Final = "llm.provider_secret"
KEY_MAX: Final = 1000

Answer = Done[Provider] | Invalid | ChallengeView | NotAllowed


@dataclass(frozen=True, slots=True)
class Draft:
    """A provider as a person typed it (before the one validation)."""

    name: str
    kind: str
    model: str
    tier: str
    base_url: str | None = None
    priority: int = 100
    daily_limit: int = 0
    enabled: bool = True
    timeout_seconds: float | None = None
    allow_private: bool = False
    context_window: int = 0

    def build(self, key_cipher: str) -> Provider:
        return build_provider(
            self.name, kind=self.kind, model=self.model, tier=self.tier, base_url=self.base_url,
            priority=self.priority, daily_limit=self.daily_limit, enabled=self.enabled,
            timeout_seconds=self.timeout_seconds, allow_private=self.allow_private,
            context_window=self.context_window, key_cipher=key_cipher,
        )  # fmt: skip


def draft_of(provider: Provider) -> Draft:
    return Draft(
        provider.name, provider.kind.value, provider.model, provider.tier.value, provider.base_url,
        provider.priority, provider.daily_limit, provider.enabled, provider.timeout_seconds, provider.allow_private,
        provider.context_window,
    )  # fmt: skip


def _whole(form: Mapping[str, str], field: str, default: int, errors: list[str]) -> int:
    text = form.get(field, "").strip()
    if not text:
        return default
    try:
        return int(text)
    except ValueError:
        errors.append(f"{field.replace('_', ' ')}: a whole number, not {text[:20]!r}")
        return default


def read_draft(form: Mapping[str, str]) -> Draft | Invalid:
    """A form's fields (text, as a page receives them) as a ``Draft``: the
    numbers read, a ticked box present; the rest is ``build_provider``'s."""
    errors: list[str] = []
    priority = _whole(form, "priority", 100, errors)
    daily_limit = _whole(form, "daily_limit", 0, errors)
    context_window = _whole(form, "context_window", 0, errors)
    timeout: float | None = None
    if text := form.get("timeout_seconds", "").strip():
        try:
            timeout = float(text)
        except ValueError:
            errors.append(f"timeout: a number of seconds, not {text[:20]!r}")
    if errors:
        return Invalid.of(errors)
    return Draft(
        form.get("name", ""), form.get("kind", ""), form.get("model", ""), form.get("tier", ""),
        form.get("base_url", "").strip() or None, priority, daily_limit, "enabled" in form, timeout,
        "allow_private" in form, context_window,
    )  # fmt: skip


def key_problem(key: str) -> str | None:
    if len(key) > KEY_MAX:
        return f"API key: at most {KEY_MAX} characters"
    if any(c.isspace() for c in key) or character_problem(key, multiline=False) is not None:
        return "API key: one line without spaces or control characters"
    return None


@dataclass(frozen=True, slots=True)
class KeyChange:
    """What an edit does to the key: keep it (the default: an empty field
    keeps a secret), replace it with ``value`` (in clear, encrypted at
    once), or ``clear`` it."""

    value: str = ""
    clear: bool = False


KEEP: Final = KeyChange()


Write = Callable[[Connection, Approval], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class ProviderOperations:
    approver: Approver
    box: SecretBox | SecretStore  # where keys are sealed: Vault when VAULT_ADDR is set
    reload: Callable[[], Awaitable[None]]  # the node's provider table reads the write now (the CLI: nothing)

    async def add(self, acting: Acting, draft: Draft, key: str = "") -> Answer:
        key = key.strip()
        if key and (problem := key_problem(key)):
            return Invalid.of(problem)
        cipher = await as_store(self.box).seal(f"llm/{draft.name.strip().lower()}", key) if key else ""
        if isinstance(cipher, SecretUnavailable):
            return Invalid.of(f"the key was not saved: {cipher.message}")
        try:
            provider = draft.build(cipher)
        except ProviderError as exc:
            return Invalid.of(str(exc))

        async def write(conn: Connection, approval: Approval) -> None:
            await add_provider(conn, provider, actor=acting.actor, approval=approval)

        return await self._save(acting, provider, guarded_reasons(None, provider), write, verb="Add", done="added")

    async def change(self, acting: Acting, draft: Draft, key: KeyChange = KEEP) -> Answer:
        """Change the provider ``draft.name`` (its name stays: the usage and
        the workflows that name it follow the name)."""
        if key.value and (problem := key_problem(key.value.strip())):
            return Invalid.of(problem)
        before = await self._load(draft.name.strip().lower())
        if before is None:
            return Invalid.of(f"no provider named {draft.name!r}")
        cipher: str | SecretUnavailable = before.key_cipher
        if key.clear:
            cipher = ""
        elif key.value.strip():
            cipher = await as_store(self.box).seal(f"llm/{before.name}", key.value.strip())
        if isinstance(cipher, SecretUnavailable):
            return Invalid.of(f"the key was not saved: {cipher.message}")
        try:
            provider = draft.build(cipher)
        except ProviderError as exc:
            return Invalid.of(str(exc))
        return await self._save(acting, provider, guarded_reasons(before, provider), self._update(acting, provider))

    async def set_enabled(self, acting: Acting, name: str, enabled: bool) -> Answer:
        """Turn a provider on or off; nothing else about it changes."""
        before = await self._load(name)
        if before is None:
            return Invalid.of(f"no provider named {name!r}")
        provider = dataclasses.replace(before, enabled=enabled)
        verb = "enabled" if enabled else "disabled"
        return await self._save(acting, provider, (), self._update(acting, provider), done=verb)

    async def remove(self, acting: Acting, name: str) -> Done[bool]:
        async with self.approver.database.pool().acquire() as conn:
            removed = await remove_provider(conn, name, actor=acting.actor)
        await self.reload()
        return Done(f"Provider {name} removed." if removed else f"No provider named {name}.", removed)

    async def _load(self, name: str) -> Provider | None:
        async with self.approver.database.pool().acquire() as conn:
            return await load_provider(conn, name)

    @staticmethod
    def _update(acting: Acting, provider: Provider) -> Write:
        async def write(conn: Connection, approval: Approval) -> None:
            if await update_provider(conn, provider, actor=acting.actor, approval=approval) is None:
                raise ProviderError(f"no provider named {provider.name!r}")

        return write

    async def _save(
        self, acting: Acting, provider: Provider, reasons: tuple[str, ...], write: Write, *, verb: str = "Change",
        done: str = "saved",
    ) -> Answer:  # fmt: skip
        """Write now (an ordinary change), or through the approval service
        (a guarded one). A refusal by the store is an ``Invalid`` while the
        person waits for it, the act's message once it ran parked."""
        parked = [False]

        async def run(approval: Approval) -> str:
            try:
                async with self.approver.database.pool().acquire() as conn:
                    await write(conn, approval)
            except ProviderError as exc:
                if not parked[0]:
                    raise
                return f"Provider {provider.name} not {done}: {exc}"
            await self.reload()
            return f"Provider {provider.name} {done}."

        try:
            if not reasons:
                return Done(await run(no_approval(acting.actor, acting.entry)), provider)
            description = f"{verb} LLM provider {provider.name}: it {'; it '.join(reasons)}"
            outcome = await self.approver(acting, GUARDED_ACTION, description, run)
        except ProviderError as exc:
            return Invalid.of(str(exc))
        finally:
            parked[0] = True
        if isinstance(outcome, ChallengeView | NotAllowed):
            return outcome
        return Done(outcome.value, provider)
