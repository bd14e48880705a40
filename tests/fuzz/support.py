"""What every fuzz test shares: the short/long budget, one seed per run
(printed, and replayed with ``ALEXCLAW_FUZZ_SEED``), the count of inputs
tried per way in for the report, and the scan for secrets in their plain,
base64 and hex forms."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

LONG: Final = bool(os.environ.get("ALEXCLAW_CHAOS_LONG"))
PROFILE: Final = "fuzz-long" if LONG else "fuzz-short"


def run_seed(environ: Mapping[str, str]) -> int:
    """One seed per run: the one given, else one drawn from xdist's run id,
    which every worker of a run shares (a worker drawing its own would give
    each a different seed), else a fresh one."""
    if given := environ.get("ALEXCLAW_FUZZ_SEED"):
        return int(given)
    if run := environ.get("PYTEST_XDIST_TESTRUNUID"):
        return int.from_bytes(hashlib.sha256(run.encode()).digest()[:4], "big")
    return random.SystemRandom().randrange(2**32)


SEED: Final = run_seed(os.environ)
FUZZ_PROPERTY: Final = "fuzz"

settings.register_profile(
    "fuzz-short",
    max_examples=60,
    deadline=None,  # a real node on a loaded 2-core machine: the invariant is the request timeout, not Hypothesis's
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile("fuzz-long", parent=settings.get_profile("fuzz-short"), max_examples=1500)

Record = Callable[[str, object], None]


def budget(short: int, long: int) -> int:
    """How many inputs a way in gets in this form."""
    return long if LONG else short


def fuzz(
    way: str,
    record: Record | None,
    body: Callable[..., None],
    *strategies: st.SearchStrategy[Any],
    short: int,
    long: int,
) -> int:
    """Run ``body`` over inputs drawn from ``strategies`` under this run's
    seed and profile; count them in the report (through pytest's
    ``record_property``, which reaches the terminal summary under xdist
    too; ``record`` None: the caller counts). A failure names the seed
    that replays it, and the inputs tried are returned."""
    tried = 0

    def counted(drawn: tuple[Any, ...]) -> None:
        nonlocal tried
        tried += 1
        body(*drawn)

    test = given(st.tuples(*strategies))(counted)
    test = settings(settings.get_profile(PROFILE), max_examples=budget(short, long))(test)
    test = seed(SEED)(test)
    try:
        test()
    except BaseException as failure:
        replay = f"seed {SEED}: ALEXCLAW_FUZZ_SEED={SEED} replays it"
        failure.add_note(f"FUZZ {way}: failed after {tried} inputs ({replay})")
        if record is not None:
            record(FUZZ_PROPERTY, f"{way}: FAILED after {tried} inputs ({replay})")
        raise
    if record is not None:
        record(FUZZ_PROPERTY, f"{way}: {tried} inputs, none broke an invariant (seed {SEED})")
    return tried


def count(record: Record, way: str, tried: int, detail: str = "") -> None:
    """A way in walked without Hypothesis (a fixed list, a subprocess)."""
    record(FUZZ_PROPERTY, f"{way}: {tried} inputs{', ' + detail if detail else ''}")


def report_lines(reports: Iterable[Any]) -> list[str]:
    """The ``FUZZ`` lines of the test reports that carry them."""
    lines = []
    for report in reports:
        for name, value in getattr(report, "user_properties", ()):
            if name == FUZZ_PROPERTY:
                lines.append(f"FUZZ {value}  [{report.nodeid.split('::')[-1]}]")
    return lines


@dataclass(frozen=True)
class Secrets:
    """Known secrets a fuzzed node is seeded with, and every form of them
    that would still be a leak: plain, base64 (standard and URL-safe, at
    each of the three alignments inside a longer encoding), hex."""

    values: dict[str, str]
    forms: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        forms: dict[str, str] = {}
        for name, value in self.values.items():
            raw = value.encode()
            forms[value] = name
            forms[binascii.hexlify(raw).decode()] = f"{name} (hex)"
            forms[binascii.hexlify(raw).decode().upper()] = f"{name} (HEX)"
            for shift in range(3):
                for encode, label in ((base64.b64encode, "base64"), (base64.urlsafe_b64encode, "base64url")):
                    text = encode(b"\0" * shift + raw).decode().rstrip("=")
                    # Drop the characters the alignment bytes and the end share with neighbours.
                    core = text[4 if shift else 0 : -4]
                    if len(core) >= 12:
                        forms[core] = f"{name} ({label}, shifted {shift})"
        object.__setattr__(self, "forms", forms)

    def found_in(self, text: str) -> list[str]:
        return sorted({name for form, name in self.forms.items() if form in text})
