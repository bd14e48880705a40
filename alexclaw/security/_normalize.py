"""Text normalisation shared by every scanner.

Attackers hide secrets and instructions from pattern matchers with
characters a reader never sees or that look like others: zero-width and
bidi controls, Unicode tag characters ("ASCII smuggling", U+E0000–E007F),
variation selectors, full-width and other compatibility forms, Cyrillic or
Greek look-alikes, percent-encoding. ``normalize`` undoes all of them and
keeps, for every output character, the index of the original character it
came from, so findings are reported at positions in the original text.
Look-alikes are folded to Latin where they hide Latin words (a word that
mixes them with Latin letters, or any word of a text with no other
Cyrillic or Greek letter): Russian or Greek text stays itself, so it can be
read in its own language.

Clean ASCII (the common case) is recognised up front and returned as is.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

# Look-alikes folded to Latin (the common Cyrillic and Greek ones).
CONFUSABLES: Final = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
        "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "ո": "n", "ս": "u",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    }
)  # fmt: skip

_LOOKALIKES: Final = "".join(chr(code) for code in CONFUSABLES)
_LOOKALIKE: Final = re.compile(f"[{_LOOKALIKES}]")
# A letter of a script that has look-alikes, which is not one of them: the
# text is written in that script, not disguised with it.
_NATIVE: Final = re.compile(f"(?![{_LOOKALIKES}])(?=\\w)[\u0370-\u03ff\u0400-\u052f\u0530-\u058f]")
_WORD_WITH_LOOKALIKE: Final = re.compile(f"[^\\W\\d_]*[{_LOOKALIKES}][^\\W\\d_]*")
_LATIN_LETTER: Final = re.compile(r"[A-Za-z\u00c0-\u024f]")


def fold_lookalikes(text: str) -> str:
    """Cyrillic, Greek and Armenian look-alikes folded to Latin where they
    hide Latin words: every one when the text has no other letter of those
    scripts, else only inside words that mix them with Latin letters
    (``ignоre`` with a Cyrillic о in a Russian text)."""
    if not _LOOKALIKE.search(text):
        return text
    if not _NATIVE.search(text):
        return text.translate(CONFUSABLES)
    return _WORD_WITH_LOOKALIKE.sub(
        lambda word: word.group().translate(CONFUSABLES) if _LATIN_LETTER.search(word.group()) else word.group(), text
    )


# Anything that is not plain printable ASCII, or a %XX escape.
_SPECIAL: Final = re.compile(r"[^\x20-\x7e\t\n\r]|%[0-9A-Fa-f]{2}")


# The same set as ``invisible`` as one regex class (Unicode 15 format
# characters and the variation selectors), for bulk stripping in C.
INVISIBLE_RE: Final = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\U000e0100-\U000e01ef]"
)


def invisible(ch: str) -> bool:
    """Format characters (zero-width, bidi, tags…) and variation selectors."""
    code = ord(ch)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True
    return unicodedata.category(ch) == "Cf"


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    origin: tuple[int, ...] | None  # origin[i] = index in the original of text[i]; None = identity

    def span(self, start: int, end: int, original_length: int) -> tuple[int, int]:
        """Map ``[start, end)`` in the normalised text back to the original."""
        if self.origin is None:
            return start, end
        first = self.origin[start] if start < len(self.origin) else original_length
        last = self.origin[end - 1] + 1 if 0 < end <= len(self.origin) else first
        # Extend over trailing characters that produced no output (e.g. the
        # rest of a %XX escape, or an invisible character inside).
        return first, max(last, first)


def _decode_percent(chunk: str) -> str | None:
    value = int(chunk[1:], 16)
    return chr(value) if 0x20 <= value < 0x7F else None


def normalize(text: str, *, percent: bool = True) -> Normalized:
    """NFKC, invisible characters removed, look-alikes folded, ``%XX`` of
    printable ASCII decoded (``percent``). Idempotent."""
    if text.isascii() and (not percent or "%" not in text):
        return Normalized(text, None)
    out: list[str] = []
    origin: list[int] = []
    index = 0
    for match in _SPECIAL.finditer(text):
        start = match.start()
        if start > index:
            out.append(text[index:start])
            origin.extend(range(index, start))
        chunk = match.group()
        if chunk.startswith("%") and len(chunk) == 3:
            decoded = _decode_percent(chunk) if percent else None
            if decoded is None:
                out.append(chunk)
                origin.extend(range(start, start + 3))
            else:
                out.append(decoded)
                origin.append(start)
        elif not invisible(chunk):
            folded = unicodedata.normalize("NFKC", chunk)
            folded = "".join(c for c in folded if not invisible(c))
            out.append(folded)
            origin.extend([start] * len(folded))
        index = match.end()
    if index < len(text):
        out.append(text[index:])
        origin.extend(range(index, len(text)))
    result = fold_lookalikes("".join(out))  # one character for one: the origins stay
    if result != text and (("%" in result and percent) or not result.isascii()):
        # One more pass settles what the first one produced (e.g. NFKC output
        # that is itself foldable, or %25-escaped escapes): idempotence.
        again = normalize(result, percent=percent)
        if again.origin is not None:
            return Normalized(again.text, tuple(origin[i] for i in again.origin))
    return Normalized(result, tuple(origin))


# Word glue: what an attacker puts between the words of a phrase so that a
# phrase matcher sees one token ("ignore_all_previous_instructions",
# "Ignore\x00all\x00previous …", "ignore.all.previous", "ignore|all|…"),
# and the white space a phrase may be spread over. A run of them is one space.
SEPARATORS: Final = "".join(
    [*map(chr, range(0x20)), "\x7f", "_", "-", ".", "|", "+", "/"]
    + [chr(c) for c in range(0x80, 0x3001) if chr(c).isspace()]
)
_TO_SPACE: Final = str.maketrans(dict.fromkeys(SEPARATORS, " "))
_SPACES: Final = re.compile("  +")
_LONG_RUN: Final = re.compile("[" + re.escape(SEPARATORS) + " ]{2,}")


def fold_separators(text: str) -> str:
    """Every run of separators (SEPARATORS and spaces) as one space: the
    text the phrase passes scan. Two C passes (a translate, then a search
    for double spaces); where a match came from is found with ``FoldMap``
    only when there is a match."""
    return _SPACES.sub(" ", text.translate(_TO_SPACE))


class FoldMap:
    """Positions in ``fold_separators(text)`` mapped back to ``text``. A
    one-character separator became one space in place; only longer runs
    shift what follows them."""

    def __init__(self, text: str) -> None:
        # From folded index _folded[i] on, original = _original[i] + the distance.
        self._folded: list[int] = [0]
        self._original: list[int] = [0]
        removed = 0
        for run in _LONG_RUN.finditer(text):
            start, end = run.span()
            after = start - removed + 1  # the folded index just past the run's one space
            self._folded.append(after)
            self._original.append(end)
            removed += end - start - 1

    def original(self, index: int) -> int:
        """The index in the original text of folded character ``index``."""
        at = bisect_right(self._folded, index) - 1
        return self._original[at] + (index - self._folded[at])
