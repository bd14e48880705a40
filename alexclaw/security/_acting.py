"""Who acts, and through which way in: the value every domain operation
takes, and the one place an operation asks for a 2FA approval.

An ``Acting`` names the principal (``web:admin@10.0.0.2``, ``cli:alex``,
``telegram:42``) and the entry point (``Entry``) the act came through; the
privileged table (``PRIVILEGED``) decides from the entry what proof the act
needs, so the entry is the part worth forging (``cli`` is approved by the
host). It is therefore built only by each front end's adapter, through the
one constructor named after it (``Acting.web`` in ``alexclaw.web``,
``Acting.cli`` in ``alexclaw.cli``/``alexclaw.control``, ``Acting.chat`` in
``alexclaw.dispatcher``); a direct ``Acting(...)`` raises, and a test
checks that each constructor is called from its own front end only.

Operations answer with values, never raise for an expected refusal:
``Done`` (the message to show and, when there is one, what was made),
``Invalid`` (every problem, before anything was written), a
``ChallengeView`` (parked behind a TOTP code) or ``NotAllowed``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Generic, TypeVar

from alexclaw.security._approval import Approval, Entry, NotAllowed, Pools, Ran, approve_or_run
from alexclaw.security._challenges import Challenges, ChallengeView

T = TypeVar("T")

# Set only while one of the constructors below builds an Acting: a direct
# Acting(...) or dataclasses.replace(...) (which calls __init__) is refused.
_minting: ContextVar[bool] = ContextVar("alexclaw.security.minting_acting", default=False)


@dataclass(frozen=True, slots=True)
class Acting:
    """The acting principal and the way in it used (see the module doc)."""

    actor: str
    entry: Entry
    channel: str = ""  # the chat transport ("telegram"), so a challenge is not announced there twice

    def __post_init__(self) -> None:
        if not _minting.get():
            raise TypeError("an Acting is built by its front end's adapter (Acting.web / .cli / .chat)")

    @classmethod
    def _mint(cls, actor: str, entry: Entry, channel: str = "") -> Acting:
        token = _minting.set(True)
        try:
            return cls(actor, entry, channel)
        finally:
            _minting.reset(token)

    @property
    def origin(self) -> str:
        """What the audit rows call the way in (``web``, ``cli``, ``telegram``)."""
        return self.channel or self.entry.value

    @classmethod
    def web(cls, ip: str) -> Acting:
        return cls._mint(f"web:admin@{ip}", Entry.WEB)

    @classmethod
    def cli(cls, user: str) -> Acting:
        return cls._mint(f"cli:{user}", Entry.CLI)

    @classmethod
    def chat(cls, actor: str, gateway: str) -> Acting:
        return cls._mint(actor, Entry.CHAT, gateway)

    @classmethod
    def scheduler(cls, job: str) -> Acting:
        """A job the node runs on its own clock (the nightly backup): it
        answers no challenge and gets only what the table grants it."""
        return cls._mint(f"scheduler:{job}", Entry.SCHEDULER)

    @classmethod
    def webhook(cls, sender: str) -> Acting:
        """A signed delivery (``github``): it can start what it is bound to
        and answer no challenge."""
        return cls._mint(f"webhook:{sender}", Entry.WEBHOOK)


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """The operation ran: ``message`` to show, ``value`` what it made (an id…)."""

    message: str
    value: T


@dataclass(frozen=True, slots=True)
class Invalid:
    """Refused before anything was written; every problem named."""

    errors: tuple[str, ...]

    @classmethod
    def of(cls, errors: Sequence[str] | str) -> Invalid:
        return cls((errors,) if isinstance(errors, str) else tuple(errors))

    def message(self, prefix: str = "") -> str:
        return prefix + "; ".join(self.errors)


@dataclass(frozen=True, slots=True)
class Approver:
    """The one 2FA service as the operations see it: ``approve_or_run`` with
    the node's challenges, its database and whether two-factor is on."""

    challenges: Challenges
    database: Pools
    two_factor_on: Callable[[], bool]

    async def __call__(
        self, acting: Acting, action: str, description: str, run: Callable[[Approval], Awaitable[str]]
    ) -> Ran[str] | ChallengeView | NotAllowed:
        """Run a privileged act (``PRIVILEGED[action]``) now, park it behind
        a challenge, or refuse it (audited). ``run`` may run later, from
        another channel: it returns the message to show then."""
        return await approve_or_run(
            self.challenges, self.database, two_factor_on=self.two_factor_on(), action=action,
            entry=acting.entry, actor=acting.actor, description=description, run=run,
            channel=acting.channel or None,
        )  # fmt: skip


def approved(outcome: Ran[str] | ChallengeView | NotAllowed) -> Done[None] | ChallengeView | NotAllowed:
    """An ``Approver`` answer as an operation's answer."""
    return Done(outcome.value, None) if isinstance(outcome, Ran) else outcome
