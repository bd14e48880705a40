"""The jailbreak word classes matched in text, and where their combinations
meet (``_jailbreak_cues.CLASSES`` and ``COMBINATIONS``).

Class words are whole words of the text as written (separators not folded:
an identifier such as ``ignore_all_warnings`` is one word, not three), read
without Latin accents (``précédentes`` as ``precedentes``), with curly
apostrophes read as straight ones and quotes, brackets and line breaks read
as spaces (so ``"you`` or a ``you`` that starts a line is a word like any
other). Scripts written without spaces between words (Chinese, Japanese,
and Korean, whose particles cling to the word) are matched anywhere: a word
there has no boundary to check.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from typing import Final

import ahocorasick

from alexclaw.security._jailbreak_cues import CLASSES, COMBINATIONS
from alexclaw.security._jailbreak_words import TYPO_EXCLUDED, TYPO_TOLERANT
from alexclaw.security._jailbreak_words_zh_ru import TRADITIONAL_TO_SIMPLIFIED

CLASS_NAMES: Final = tuple(CLASSES)
_MAX_CLASS_HITS: Final = 4000
UNSPACED: Final = "\u3000"  # from here on (CJK, kana, Hangul...) words are not separated by spaces

# Hit: (position, cue index, obfuscated)
Hit = tuple[int, int, bool]


def spelled(spec: str) -> list[str]:
    """A class's words as written (``garde-fou``, ``w/o``): the classes read
    the unfolded text, so their separators stay."""
    words = {" ".join(word.lower().split()) for word in spec.strip("{}").split("|")} - {""}
    return sorted(words | {word.replace("n't", "nt") for word in words})


def _accents_table() -> dict[int, str]:
    """Latin letters with accents → their base letter, one for one."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_ACCENTS: Final = _accents_table()
# The text as the jailbreak cues read it, one character for one: curly
# apostrophes straight, traditional Chinese (and Japanese kanji) as
# simplified, so one vocabulary serves both.
READ_AS: Final[dict[int, int]] = {**TRADITIONAL_TO_SIMPLIFIED, **{ord(c): ord("'") for c in "\u2018\u2019\u02bc"}}
# The class words' view of that text: accents away, acute accents and
# backticks as apostrophes, quotes, brackets and white space as spaces (so a
# word after them starts a word).
_READING: Final = {
    **_ACCENTS,
    **{ord(c): "'" for c in "\u00b4`"},
    **{ord(c): " " for c in '\t\n\r\f\v"()[]{}<>*#~^!?;\u201c\u201d\u201e\u00ab\u00bb\u2014\u2026\u00a0'},
}


def unaccented(word: str) -> str:
    """``précédentes`` → ``precedentes``: accents are often left out. Only
    Latin letters lose theirs (Russian ``й`` is a letter of its own)."""
    return word.translate(_ACCENTS)


_LIMIT: Final = CLASS_NAMES.index("limit")
# What a limit may be on without a limit being removed: "a cooking assistant
# with no limits on creativity", "no restrictions on length".
HARMLESS_LIMIT: Final = re.compile(
    r"\s+(?:on|to|for|of)\s+(?:your\s+|the\s+|my\s+)?(?:creativity|imagination|length|time|budget|size|word count"
    r"|number of|ideas|fun|flavou?rs?|portions?|topics? of conversation|genre|style|format|colou?rs?|toppings)"
)


def _on_something_harmless(text: str, after: int) -> bool:
    """Whether the word that goes on at ``after`` (a stem's ending) is a
    limit on something harmless."""
    while after < len(text) and text[after].isalnum():
        after += 1
    return HARMLESS_LIMIT.match(text, after) is not None


def _short(word: str) -> bool:
    """A short word of a spaced script is held with the space before it:
    "ai" would otherwise be found (and thrown away) inside every "said"."""
    return len(word) <= 3 and word[0] < UNSPACED


def slips(word: str) -> set[str]:
    """``word`` with one slip of the keyboard: a letter dropped, two
    neighbours swapped or one doubled (never the first letter: people
    rarely miss it, and it keeps the slips few)."""
    out = set()
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return {slip for slip in out if len(slip) >= 5 and slip != word} - TYPO_EXCLUDED


def build_automaton() -> ahocorasick.Automaton:
    """Every class word, as the text is read; "word*" is a stem, any ending
    (refus* = refuse, refusal, refuser...); the ``TYPO_TOLERANT`` words
    with their slips too."""
    automaton = ahocorasick.Automaton()

    def add(held: str, entry: tuple[int, int, bool]) -> None:
        automaton.add_word(held, (*automaton.get(held, ()), entry))

    for class_index, name in enumerate(CLASS_NAMES):
        words = {
            unaccented(spec.rstrip("*").rstrip()).translate(READ_AS): spec.endswith("*")
            for spec in spelled(CLASSES[name])
        }
        for word, stem in words.items():
            held = f" {word}" if _short(word) else word
            add(held, (class_index, len(held), stem))
            if word in TYPO_TOLERANT:
                for slip in slips(word) - set(words):
                    add(slip, (class_index, len(slip), stem))
    automaton.make_automaton()
    return automaton


def class_positions(automaton: ahocorasick.Automaton, lowered: str) -> list[list[int]]:
    """Where each word class occurs, as whole words (see the module's note)."""
    classes: list[list[int]] = [[] for _ in CLASS_NAMES]
    spaced = " " + lowered.translate(_READING)  # a short word is held with a space before it
    size, counted = len(spaced), 0
    for end, entries in automaton.iter(spaced):
        for class_index, length, stem in entries:
            start = end - length + 1
            if spaced[start] == " ":  # a short word held with its space: the word starts after it
                start += 1
            before = spaced[start - 1]
            after = spaced[end + 1] if end + 1 < size else " "
            first, last = spaced[start], spaced[end]  # a word that starts or ends with a sign ("=off") is bounded by it
            if (before.isalnum() or before == "_") and first < UNSPACED and first.isalnum():
                continue
            if not stem and (after.isalnum() or after == "_") and last < UNSPACED and last.isalnum():
                continue
            if class_index == _LIMIT and _on_something_harmless(spaced, end + 1):
                continue  # "no limits on creativity"
            classes[class_index].append(start - 1)
            counted += 1
        if counted >= _MAX_CLASS_HITS:
            break
    return [sorted(positions) for positions in classes]  # stems and spellings end out of order


def combinations(classes: list[list[int]], first_cue: int) -> list[Hit]:
    """A hit (cue ``first_cue`` + the combination's index) for each place
    where a combination's classes meet."""
    found: list[Hit] = []
    for offset, (_family, _points, names, span) in enumerate(COMBINATIONS):
        positions = [classes[CLASS_NAMES.index(name)] for name in names]
        if not all(positions):
            continue
        places = (a for a in positions[0] if all(_near(others, a, span) for others in positions[1:]))
        found += [(anchor, first_cue + offset, False) for anchor in itertools.islice(places, 16)]
    return found


def _near(positions: list[int], anchor: int, span: int) -> bool:
    at = bisect.bisect_left(positions, anchor - span)
    return at < len(positions) and positions[at] <= anchor + span
