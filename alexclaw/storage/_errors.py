"""What failing storage looks like to the rest of the node."""

from __future__ import annotations

from typing import Final

import asyncpg


class StorageError(RuntimeError):
    """The database is unreachable, unsuitable or not started."""


# Exceptions that mean "the database is not there right now", as opposed to
# a bug or a refused statement (a constraint, a syntax error), which must
# still crash loudly. Callers that can wait catch these, keep what they
# have, and try again later.
UNAVAILABLE: Final[tuple[type[BaseException], ...]] = (
    StorageError,
    OSError,  # refused, reset, no such socket
    TimeoutError,  # connect, acquire or command timeout
    asyncpg.InterfaceError,  # connection closed under us, pool closing
    asyncpg.PostgresConnectionError,  # class 08
    asyncpg.OperatorInterventionError,  # class 57: shutting down, starting up, cancelled
    asyncpg.InsufficientResourcesError,  # class 53: too many connections
    # A connection whose session was ended under an operation (a terminated
    # backend, a cancelled call) refuses the next one with "another operation
    # is in progress": that connection is gone, not the statement wrong.
    asyncpg.InternalClientError,
)
# Either of those, or a statement the server refused: what a best-effort
# path (a sweep, a notice) logs and goes on after.
DATABASE_ERRORS: Final[tuple[type[BaseException], ...]] = (*UNAVAILABLE, asyncpg.PostgresError)
