"""The one output format of every benchmark: a ``BENCH`` line per figure,
with its ratio to a baseline measured in the same run when there is one."""

from __future__ import annotations


def line(name: str, value: float, unit: str, ratio: float | None = None, baseline: str | None = None) -> None:
    text = f"BENCH {name} {value:.3f} {unit}"
    if ratio is not None:
        text += f" ratio={ratio:.2f} vs {baseline}"
    print(text, flush=True)
