"""Layer 7 of the sanitizer: the imperative-tone heuristic.

A sentence is an order to the reader or the AI when

- it opens with an agent-directed verb ("Ignore…", "Please send…"),
- it says "you must / should / will / are now…" or "your new instructions…",
- or it says "the AI / model / assistant / system must / should / will…".

All three are found in *one* Aho-Corasick pass over the page for their key
words (the verbs, "you", the modals); each of the few hits is then checked
where it stands by looking a word or two back or ahead. Three regexes, one
per rule, spent 0.5 ms on 10 KB of prose: a pattern that opens with ``\\b``
or a character class makes ``re`` stop at every character of the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, TypeAlias

import ahocorasick

AGENT_VERBS: Final = (
    "ignore",
    "disregard",
    "forget",
    "override",
    "bypass",
    "reveal",
    "disclose",
    "print",
    "output",
    "repeat",
    "send",
    "forward",
    "email",
    "transfer",
    "execute",
    "run",
    "delete",
    "remove",
    "erase",
    "exfiltrate",
    "upload",
    "post",
    "call",
    "invoke",
    "pretend",
    "act",
    "roleplay",
    "respond",
    "reply",
    "say",
    "obey",
    "comply",
    "switch",
    "enable",
    "disable",
    "leak",
    "dump",
    "share",
    "copy",
    "wire",
)
MODALS: Final = ("must", "should", "will", "shall", "has to", "needs to", "is required to", "is instructed to")
AGENT_NOUNS: Final = frozenset(["ai", "model", "assistant", "system", "llm", "agent", "chatbot", "bot"])
DETERMINERS: Final = frozenset(["the", "this", "a", "an"])

# What may stand between a sentence boundary and its first word: white
# space, quotes, brackets, list and heading marks.
_MARKS: Final = "\"'([*#>-"
_SECOND_PERSON: Final = re.compile(
    r"you\s+(?:must|should|will|shall|have to|need to|are (?:now|required|instructed|going to)|can now)\b"
    r"|your\s+(?:new\s+)?(?:instructions|task|goal|job|orders|role|purpose)\b",
)

_ORDER, _MODAL, _YOU = 0, 1, 2
# The key words, each with its kind: the phrase automaton (see _phrases)
# reports them in the same pass as the injection phrases.
TONE_KEYWORDS: Final = (
    *((verb, _ORDER) for verb in AGENT_VERBS),
    *((modal, _MODAL) for modal in MODALS),
    ("you", _YOU),
)
ToneKeyword: TypeAlias = tuple[int, int, int]  # (index of the last character, kind, length)


def keywords_in(lowered: str) -> list[ToneKeyword]:
    """The key words of ``lowered`` on their own (the sanitizer gets them
    from the phrase pass instead)."""
    return [(end, kind, length) for end, (kind, length) in _KEYWORDS.iter(lowered)]


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word, kind in TONE_KEYWORDS:
        automaton.add_word(word, (kind, len(word)))
    automaton.make_automaton()
    return automaton


_KEYWORDS: Final = _automaton()


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _opens_sentence(text: str, start: int) -> bool:
    """Is the word at ``start`` the first of its sentence? Past white space
    and marks (and one "please") there must be the start of the text, a
    line break, or ``.``/``!``/``?`` followed by white space."""
    i = start
    while i > 0 and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    if i < start and text.endswith("please", 0, i):
        i -= 6
    while i > 0 and ((char := text[i - 1]).isspace() or char in _MARKS):
        if char == "\n":
            return True
        i -= 1
    return i == 0 or (text[i - 1] in ".!?" and text[i].isspace())


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The word before ``end``, past at least one white-space character,
    and where it starts; ``("", end)`` when there is none."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == end:
        return "", end
    k = j
    while k > 0 and _is_word_char(text[k - 1]):
        k -= 1
    return text[k:j], k


def _agent_subject(text: str, modal_start: int) -> int | None:
    """Where "the AI / this model / an assistant…" starts, when those words
    come right before the modal at ``modal_start``."""
    noun, noun_start = _word_before(text, modal_start)
    if noun not in AGENT_NOUNS:
        return None
    determiner, start = _word_before(text, noun_start)
    return start if determiner in DETERMINERS else None


def imperative_offsets(lowered: str, keywords: Iterable[ToneKeyword] | None = None) -> list[int]:
    """Offsets in ``lowered`` (normalised, lowercased text) that fall in a
    sentence giving orders; the caller maps them to sentences. ``keywords``
    are the key words of ``lowered`` when already found."""
    offsets: list[int] = []
    size = len(lowered)
    for end, kind, length in keywords_in(lowered) if keywords is None else keywords:
        start = end - length + 1
        if start > 0 and _is_word_char(lowered[start - 1]):
            continue  # inside a word: "fact", "sayonara"
        if kind == _YOU:
            if _SECOND_PERSON.match(lowered, start):
                offsets.append(start)
            continue
        if end + 1 < size and _is_word_char(lowered[end + 1]):
            continue  # "running", "willow"
        if kind == _ORDER:
            if _opens_sentence(lowered, start):
                offsets.append(end)
        else:
            subject = _agent_subject(lowered, start)
            if subject is not None:
                offsets.append(subject)
    return offsets
