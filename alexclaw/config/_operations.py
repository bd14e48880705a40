"""The settings operation: set or clear one setting, from the web, the
chat or the command line. The value is checked before any code is asked
for; the setting's sensitivity class names the privileged action
(``Sensitivity.action``), so the one approval service decides what proof
each way in needs (ordinary: none; a secret, a security control or a
credential-receiving endpoint: a code while 2FA is on, the host on the
CLI). The store writes the ``config.set`` row with the approval's origin
and proof, in the write's own transaction, and refuses a guarded write
without a strong approval whoever calls it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from alexclaw.config._catalog import Sensitivity
from alexclaw.config._store import sensitivity_of
from alexclaw.config._types import ConfigError, ValueType, canonical
from alexclaw.security import Acting, Approval, Approver, ChallengeView, Done, Entry, Invalid, NotAllowed

Written_co = TypeVar("Written_co", covariant=True)
Row = TypeVar("Row")


class SettingWriter(Protocol[Written_co]):
    """Where a front end's settings go: the node's config actor (the web),
    or a command's own connection (the CLI); returns the row as written."""

    async def __call__(self, key: str, value: str, *, actor: str, clear: bool, approval: Approval) -> Written_co: ...


@dataclass(frozen=True, slots=True)
class SettingsOperations(Generic[Row]):
    approver: Approver
    write: SettingWriter[Row]

    async def set(
        self, acting: Acting, key: str, value: str, *, value_type: ValueType | None = None, sensitive: bool = False,
        clear: bool = False,
    ) -> Done[Row | None] | Invalid | ChallengeView | NotAllowed:  # fmt: skip
        """``value_type`` known (an existing setting): the value is checked
        before a code is asked for; unknown (a new one): the write checks."""
        if value_type is not None:
            try:
                canonical(key, value_type, value, sensitive=sensitive)
            except ConfigError as exc:
                return Invalid.of(str(exc))
        sensitivity = sensitivity_of(key, sensitive=sensitive)
        written: list[Row] = []
        parked = [False]  # a parked write runs later: its refusal becomes its message
        # A refused ordinary write (or any on the command line) is an Invalid
        # answer at once; a privileged one is told as the act's message, as
        # it would be after a code.
        told = sensitivity is not Sensitivity.ORDINARY and acting.entry is not Entry.CLI

        async def run(approval: Approval) -> str:
            try:
                written.append(await self.write(key, value, actor=acting.actor, clear=clear, approval=approval))
            except ConfigError as exc:  # e.g. 2FA turned on meanwhile, or no audit row: the store said no
                if not (parked[0] or told):
                    raise
                return f"{key} not saved: {exc}"
            return f"{key} cleared." if clear else f"{key} saved."

        verb = "Clear" if clear else "Change"
        description = f"{verb} setting {key} ({sensitivity.value})"
        try:
            outcome = await self.approver(acting, sensitivity.action, description, run)
        except ConfigError as exc:
            return Invalid.of(str(exc))
        finally:
            parked[0] = True
        if isinstance(outcome, ChallengeView | NotAllowed):
            return outcome
        return Done(outcome.value, written[0] if written else None)
