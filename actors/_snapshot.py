"""``Snapshot``: an immutable value published by its owner, read by anyone.

The ETS idea: the process that owns shared state publishes a frozen copy
after each change; hot paths read it directly, with no actor round trip.
Only the owner publishes; assignment of one reference is atomic, so readers
on any thread see either the old or the new value, never a mix.
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class Snapshot(Generic[T]):
    __slots__ = ("_value", "_version")

    def __init__(self, initial: T) -> None:
        self._value = initial
        self._version = 0

    def publish(self, value: T) -> None:
        """Replace the value (owner only). Publish immutable objects."""
        self._value = value
        self._version += 1

    def read(self) -> T:
        return self._value

    @property
    def version(self) -> int:
        """How many times a value was published (0 = still the initial one)."""
        return self._version
