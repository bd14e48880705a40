"""Text about jailbreaks rather than a jailbreak: a lesson plan, a policy, a
workshop outline or a literature review names the techniques (role-play
without rules, "ignore previous instructions", the system prompt) as a
topic, and every family's cues are there. Such a text is not BLOCKed: the
shield caps it at REVIEW, shown with its verdict (a jailbreak dressed up as
a lesson is still flagged, and refused from outside sources by default).

The markers are the vocabulary of talking about attacks (attacks,
defences, audiences, lessons, taxonomies), not words a jailbreak needs;
three different ones make a discussion.
"""

from __future__ import annotations

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
