"""Wall time spent inside chosen async methods while a phase of a benchmark
runs: each method is wrapped on its class for the phase (two clock reads a
call) and restored after. When one event loop serves the node, the fakes and
the clients, a call's time includes whatever else the loop ran while it
waited."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import Any


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Spent:
    """``with Spent([(Class, "method"), ...]) as spent:`` then ``spent.ms(...)``."""

    def __init__(self, targets: Sequence[tuple[type, str]]) -> None:
        self.targets = tuple(targets)
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.calls: defaultdict[str, int] = defaultdict(int)
        self._saved: list[tuple[type, str, Any]] = []

    def __enter__(self) -> Spent:
        for cls, name in self.targets:
            original = cls.__dict__[name]
            self._saved.append((cls, name, original))
            setattr(cls, name, self._timed(name, original))
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        for cls, name, original in self._saved:
            setattr(cls, name, original)
        self._saved.clear()

    def _timed(self, name: str, original: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        async def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return await original(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - t0
                self.calls[name] += 1

        return timed

    def ms(self, *names: str, per: int) -> float:
        return sum(self.seconds[n] for n in names) / per * 1000
