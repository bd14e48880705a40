"""The invoke tests share the security tests' started Database fixture."""

from tests.alexclaw.security.conftest import database

__all__ = ["database"]
