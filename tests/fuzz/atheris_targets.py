"""Coverage-guided fuzzing of the pure parsers (atheris, libFuzzer): the
one JSON reader, the cluster frame decoder and the Discord message reader.
Each is a standard-library-only module, loaded here from its file without
its package's front door (which imports the whole application), so the
fuzzer starts in a second and instruments only the parsers' own code.

libFuzzer owns the process and exits it, so ``test_coverage_guided`` runs
``python -m tests.fuzz.atheris_targets -runs=N -seed=S -artifact_prefix=DIR/``.
The first byte picks the parser; its own error type is an answer, anything
else a crash libFuzzer writes to DIR with the input that caused it."""

from __future__ import annotations

import importlib.util
import inspect
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Final

import atheris  # type: ignore[import-untyped]  # no stubs (types-atheris lacks instrument_func)

ROOT: Final = Path(__file__).parents[2]
PARSERS: Final = ("json_reader", "cluster_frames", "discord_messages")


def _load(name: str, relative: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _instrument(module: ModuleType) -> None:
    """Coverage for the module's own functions and methods, nothing else
    (instrumenting everything loaded takes most of a minute)."""
    for value in vars(module).values():
        if inspect.isfunction(value) and value.__module__ == module.__name__:
            atheris.instrument_func(value)
        elif inspect.isclass(value) and value.__module__ == module.__name__:
            for member in vars(value).values():
                if inspect.isfunction(member):
                    atheris.instrument_func(member)


def targets() -> dict[str, Callable[[bytes], None]]:
    inputs = _load("fuzzed_inputs", "alexclaw/inputs.py")
    frames = _load("fuzzed_frames", "cluster/_frames.py")
    messages = _load("fuzzed_messages", "gateways/discord/_messages.py")
    for module in (inputs, frames, messages):
        _instrument(module)

    def json_reader(data: bytes) -> None:
        try:
            inputs.read_json(data, "field")
        except inputs.InputError:
            pass

    def cluster_frames(data: bytes) -> None:
        decoder = frames.FrameDecoder(max_frame=4096)
        cut = max(1, data[0] % 64) if data else 1
        for start in range(0, len(data), cut):
            if isinstance(decoder.feed(data[start : start + cut]), frames.FrameError):
                return

    def discord_messages(data: bytes) -> None:
        try:
            value = json.loads(data)
        except ValueError:
            return
        try:
            messages.read_dispatch(value)
        except messages.MalformedMessage:
            pass

    return {"json_reader": json_reader, "cluster_frames": cluster_frames, "discord_messages": discord_messages}


def main() -> None:
    chosen = targets()
    parsers = [chosen[name] for name in PARSERS]

    def one(data: bytes) -> None:
        if data:
            parsers[data[0] % len(parsers)](data[1:])

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
