"""Text about jailbreaks rather than a jailbreak, in two readings.

Mention, not use: a cue inside quotation marks ("people type 'ignore your
instructions'") is quoted, not said; a text BLOCKed only because of what it
quotes is capped at REVIEW (``quoted_blanked`` gives the text with its
quotations blanked, to be scored again).

A discussion: a lesson plan, a policy, a
workshop outline or a literature review names the techniques (role-play
without rules, "ignore previous instructions", the system prompt) as a
topic, and every family's cues are there. Such a text is not BLOCKed: the
shield caps it at REVIEW, shown with its verdict (a jailbreak dressed up as
a lesson is still flagged, and refused from outside sources by default).

The markers are the vocabulary of talking about attacks (attacks,
defences, audiences, lessons, taxonomies), of teaching or playing with
children (a school project, a dice game for kids), of incident reviews and
of writing software (an "admin override" flag in a Flask app), not words a
jailbreak needs; three different ones make a discussion.
"""

from __future__ import annotations

import re
from typing import Final

import ahocorasick

DISCUSSION_MARKERS: Final = 3

# A word ending in "*" is a stem (any ending); the others are whole words.
# Chinese words are matched anywhere (no spaces to bound them).
_SPEC: Final = (
    "prompt injection|prompt injections|prompt-injection|injection attack|injection attacks|jailbreak attempt"
    "|jailbreak attempts|jailbreak technique*|jailbreak prompts|jailbreak attack*|jailbreak categor*|jailbreaking"
    "|attacks|attacker|attackers|threat model|threat landscape|taxonomy|defence|defences|defense|defenses|defend"
    "|defending|mitigat*|awareness|lesson|lesson plan|students|pupils|employees|staff|workshop|literature|curriculum"
    "|audience|explain what|examples of jailbreak*|examples of attack*|examples of injection*|conceptually|detection"
    "|detecting|without including any|without giving any|no actual jailbreak|no working jailbreak|security class"
    "|security course|security training|security team|security awareness|safety team|safety review"
    "|security researcher|researcher|researchers|academic|angriff*|schulung|mitarbeitende|attaque|attaques"
    "|sensibilisation|ataque|ataques|capacitación|attacchi|formazione|атак*|защит*|урок*|攻击|防御|防范|课程|员工|培训|教学"
    "|kids|children|year-old|year olds|school|homework|classroom|teacher|my son|my daughter|explainer|kid-friendly"
    "|d20|hit points|dice|game master"
    "|post-mortem|postmortem|incident|root cause|blameless|alerting|monitoring|audit log|on-call"
    "|flask|django|fastapi|endpoint|decorator|pytest|unit test|unit tests|pull request|stack trace|traceback"
    "|feature flag|middleware|repository|codebase"
    "|test plan|test cases|manipulation|attempts to|attempt to|requests to|d&d|dnd|5e|players|one-shot"
)
_WORDS: Final = tuple(_SPEC.split("|"))


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for index, word in enumerate(_WORDS):
        automaton.add_word(word.rstrip("*"), (index, len(word.rstrip("*")), word.endswith("*")))
    automaton.make_automaton()
    return automaton


_MARKERS: Final = _automaton()


def discusses_attacks(lowered: str) -> bool:
    """Whether ``lowered`` (normalised, lowercase) speaks of attacks as a
    topic: ``DISCUSSION_MARKERS`` different markers, as whole words."""
    seen: set[int] = set()
    size = len(lowered)
    for end, (index, length, stem) in _MARKERS.iter(lowered):
        start = end - length + 1
        if lowered[start] < "\u3000":  # a spaced script: whole words (a stem: any ending)
            if start > 0 and lowered[start - 1].isalnum():
                continue
            if not stem and end + 1 < size and lowered[end + 1].isalnum():
                continue
        seen.add(index)
        if len(seen) >= DISCUSSION_MARKERS:
            return True
    return False


# A quotation: double quotes of any kind or guillemets (found by their
# opening character, so the search skips ahead in C), or single quotes that
# open after a non-letter and close before one (not the apostrophe of
# "don't"); on one line, at most 300 characters.
_DOUBLE: Final = re.compile(
    '["\u201c\u201e\u00ab](?:(?<=")[^"\n]{1,300}"|(?<=\u201c)[^\u201d\n]{1,300}\u201d'
    "|(?<=\u201e)[^\u201c\u201d\n]{1,300}[\u201c\u201d]|(?<=\u00ab)[^\u00bb\n]{1,300}\u00bb)"
    "|\u2018[^\u2019\n]{1,300}\u2019"
)
_LONGEST_QUOTE: Final = 300


def _single_quoted(text: str) -> list[tuple[int, int]]:
    """Spans of 'quoted' text: an apostrophe after a non-letter opens, the
    next one before a non-letter on the same line closes."""
    spans: list[tuple[int, int]] = []
    opened = -1
    at = text.find("'")
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if opened >= 0 and not after.isalnum() and at - opened > 2:
            if "\n" not in text[opened:at] and at - opened <= _LONGEST_QUOTE:
                spans.append((opened, at + 1))
            opened = -1
        elif not before.isalnum() and after.isalnum():
            opened = at
        at = text.find("'", at + 1)
    return spans


def quoted_blanked(text: str) -> str | None:
    """``text`` with what its quotations say replaced by spaces (the same
    length), or None when it quotes nothing."""
    spans = [match.span() for match in _DOUBLE.finditer(text)] + _single_quoted(text)
    if not spans:
        return None
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
