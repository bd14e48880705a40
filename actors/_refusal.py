"""``Refused``: the one shape of an expected failure answered by a call.

A handler that cannot do what it was asked — a refused write, an admission
limit, a service that is not configured, a database that is away — *returns*
``Refused`` as the reply instead of raising. Raising inside ``handle_call``
crashes the process (every pending caller gets ``ProcessExited``, the
supervisor restarts it), which is the answer to a bug, not to a request
that was merely turned down.

Callers match it::

    answer = await call(target, message)
    match answer:
        case Refused(reason=reason):
            ...  # say why, or raise the client API's own exception

``code`` is a short, stable word a caller can branch on without parsing
``reason`` (``"unavailable"``, ``"fired_elsewhere"``…; empty when the reason
is all there is). ``error`` keeps the exception a client API raises for the
refusal (a ``SupervisorError``, a ``ConfigError``), so a client that raises
keeps raising the type its callers already catch: ``raise_if_refused``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Refused:
    """An expected failure, returned as a call's reply (never raised in a handler)."""

    reason: str
    code: str = ""
    error: Exception | None = None

    @classmethod
    def because(cls, error: Exception, code: str = "") -> Refused:
        """The refusal that carries ``error`` (its text is the reason)."""
        return cls(str(error), code or type(error).__name__, error)


class RefusedError(Exception):
    """Raised by ``raise_if_refused`` for a refusal that carries no exception
    of its own. ``refusal`` is the value that was answered."""

    def __init__(self, refusal: Refused) -> None:
        self.refusal = refusal
        super().__init__(refusal.reason)


def raise_if_refused(answer: T | Refused) -> T:
    """For a client API that raises: ``answer`` unless it is a refusal, which
    is raised (its own ``error``, else ``RefusedError``) at the caller."""
    if isinstance(answer, Refused):
        if answer.error is not None:
            raise answer.error
        raise RefusedError(answer)
    return answer
