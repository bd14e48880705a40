"""The shield's classifier: a logistic regression over hashed n-grams, run
next to the rules on the text they read (normalised, lowercased, separators
folded), judged on its densest window.

Features: character 3-, 4- and 5-grams, word unigrams and word bigrams, each
hashed into ``2 ** bits`` buckets (a polynomial hash of the code points,
mixed with a salt per kind, top bits kept), counted and divided by the square
root of the number of n-grams. A window's logit is the bias plus the sum of
its n-grams' weights over that root, so every window of a long text costs
one cumulative sum: a text longer than ``window`` characters is read in
windows of that size every ``stride`` characters and the best one counts.

The weights (``data/shield_model.json``, int8 with one scale) are trained by
``tools/train_shield_model.py`` on the labelled set of issue 26, written for
this repository; nothing is downloaded.
"""

from __future__ import annotations

import base64
import functools
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

DEFAULT_PATH: Final = Path(__file__).parent / "data" / "shield_model.json"
BASE: Final = 0x100000001B3  # odd: it has an inverse modulo 2 ** 64
MIX: Final = 0x9E3779B97F4A7C15
CHAR_SIZES: Final = (3, 4, 5)
_SALTS: Final = {"char": 0x51ED270B27A9A2D7, "word": 0x2545F4914F6CDD1D, "pair": 0x94D049BB133111EB}
_SPACE: Final = 32

Indexes = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
_U64 = npt.NDArray[np.uint64]


def _inverse(odd: int) -> int:
    return pow(odd, -1, 1 << 64)


@functools.cache
def _powers(length: int) -> tuple[_U64, _U64]:
    """BASE ** i and BASE ** -i modulo 2 ** 64 for i < ``length`` (the
    length rounded up to a power of two, so few tables are built)."""
    forward = np.full(length, BASE, dtype=np.uint64)
    forward[0] = 1
    backward = np.full(length, _inverse(BASE), dtype=np.uint64)
    backward[0] = 1
    return np.cumprod(forward), np.cumprod(backward)


def _bucket(hashes: _U64, salt: int, bits: int) -> Indexes:
    mixed = (hashes ^ np.uint64(salt)) * np.uint64(MIX)
    return (mixed >> np.uint64(64 - bits)).astype(np.int64)


_BLOCK: Final = 4096  # n-grams hashed per step: small arrays stay in cache and in numpy's allocator


def ngrams(text: str, bits: int) -> Iterator[tuple[Indexes, Indexes | slice]]:
    """(bucket, start positions) of the n-grams of ``text``, a block of one
    kind at a time (no position twice in one block; a run of positions as a
    slice)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64) + np.uint64(1)
    length = len(codes)
    if length == 0:
        return
    forward, backward = _powers(1 << (length + 1).bit_length())
    prefix = np.zeros(length + 1, dtype=np.uint64)
    np.cumsum(codes * backward[:length], out=prefix[1:])

    def spans(starts: Indexes, ends: Indexes) -> _U64:
        result: _U64 = (prefix[ends] - prefix[starts]) * forward[starts]
        return result

    for n in CHAR_SIZES:
        for first in range(0, length - n + 1, _BLOCK):
            last = min(first + _BLOCK, length - n + 1)  # contiguous: slices, no gathers
            hashes: _U64 = (prefix[first + n : last + n] - prefix[first:last]) * forward[first:last]
            yield _bucket(hashes, _SALTS["char"] + n, bits), slice(first, last)
    is_space = np.concatenate(([True], codes == _SPACE + 1, [True]))
    edges = np.flatnonzero(is_space[1:] != is_space[:-1])  # word starts and ends, alternating
    word_starts, word_ends = edges[0::2].astype(np.int64), edges[1::2].astype(np.int64)
    for first in range(0, len(word_starts), _BLOCK):
        starts, ends = word_starts[first : first + _BLOCK], word_ends[first : first + _BLOCK]
        yield _bucket(spans(starts, ends), _SALTS["word"], bits), starts
        pair_ends = word_ends[first + 1 : first + _BLOCK + 1]
        if len(pair_ends):
            yield _bucket(spans(starts[: len(pair_ends)], pair_ends), _SALTS["pair"], bits), starts[: len(pair_ends)]


def features(text: str, bits: int) -> tuple[Indexes, Floats]:
    """The sparse feature vector of ``text`` as one window: distinct buckets
    and their counts over the root of the number of n-grams (what training
    reads)."""
    blocks = [buckets for buckets, _starts in ngrams(text, bits)]
    if not blocks:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    buckets = np.concatenate(blocks)
    distinct, counts = np.unique(buckets, return_counts=True)
    return distinct, counts / math.sqrt(len(buckets))


def window_starts(length: int, window: int, stride: int) -> list[int]:
    """Where the windows of a text of ``length`` characters begin (one
    window when it fits; the last one ends at the end)."""
    if length <= window:
        return [0]
    starts = list(range(0, length - window, stride))
    return [*starts, length - window]


# A short attack inside a long text fills a small part of a full window: a
# text longer than the window is read in short windows too, so an attack of
# a sentence or two is judged by itself rather than with the prose around it.
SHORT_WINDOW: Final = 240
SHORT_STRIDE: Final = 60


def _windows(length: int, window: int, stride: int) -> tuple[Indexes, Indexes]:
    """(starts, ends) of the windows of a text: full ones and, past one
    window, short ones."""
    starts = np.asarray(window_starts(length, window, stride), dtype=np.int64)
    ends = np.minimum(starts + window, length)
    if length > window:
        short = np.asarray(window_starts(length, SHORT_WINDOW, SHORT_STRIDE), dtype=np.int64)
        starts, ends = np.concatenate((starts, short)), np.concatenate((ends, short + SHORT_WINDOW))
    return starts, ends


@dataclass(frozen=True, slots=True)
class Model:
    bits: int
    window: int
    stride: int
    bias: float
    weights: Floats

    def probability(self, text: str) -> float:
        """The attack probability of the densest window of ``text``."""
        length = len(text)
        sums, counts = np.zeros(length + 1), np.zeros(length + 1)
        for buckets, starts in ngrams(text, self.bits):
            after = slice(starts.start + 1, starts.stop + 1) if isinstance(starts, slice) else starts + 1
            sums[after] += self.weights[buckets]
            counts[after] += 1
        if not counts.any():
            return _sigmoid(self.bias)
        np.cumsum(sums, out=sums)
        np.cumsum(counts, out=counts)
        starts, ends = _windows(length, self.window, self.stride)
        totals, numbers = sums[ends] - sums[starts], np.maximum(counts[ends] - counts[starts], 1)
        return _sigmoid(self.bias + float(np.max(totals / np.sqrt(numbers))))

    def to_json(self) -> str:
        """Weights as int8 with one scale (deterministic bytes)."""
        scale = float(np.max(np.abs(self.weights))) / 127 or 1.0
        quantised = np.round(self.weights / scale).astype(np.int8)
        body = {
            "bits": self.bits,
            "window": self.window,
            "stride": self.stride,
            "bias": round(self.bias, 6),
            "scale": float(f"{scale:.9g}"),
            "weights": base64.b64encode(quantised.tobytes()).decode(),
        }
        return json.dumps(body, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        body = json.loads(text)
        quantised = np.frombuffer(base64.b64decode(body["weights"]), dtype=np.int8)
        if len(quantised) != 1 << int(body["bits"]):
            raise ValueError("shield model: the weights do not match the number of buckets")
        return cls(
            int(body["bits"]),
            int(body["window"]),
            int(body["stride"]),
            float(body["bias"]),
            quantised.astype(np.float64) * float(body["scale"]),
        )


def _sigmoid(logit: float) -> float:
    return 1 / (1 + math.exp(-min(max(logit, -60.0), 60.0)))


@functools.cache
def shipped_model() -> Model:
    """The model in the package, read once."""
    return Model.from_json(DEFAULT_PATH.read_text(encoding="utf-8"))
