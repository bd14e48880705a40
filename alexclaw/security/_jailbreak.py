"""Jailbreak families: cues found in one Aho-Corasick pass, combined into a
score where several weak cues add up, judged on the densest window.

The text is the shield's normalised lowercase text with its separators
folded (so ``ignore_all.previous`` reads as words). Cues (``_jailbreak_cues``)
are phrases matched as whole words, or patterns tried only where their
trigger word occurs, or word classes meeting within a span in any order
(``_jailbreak_words``: stems, six languages, read on the unfolded text with
its accents away). Obfuscation is read too, each at a bounded cost:

- rot13 and reversed spellings of the strong cues sit in the same automaton
  (found in the same pass, no transformed copy of the text);
- leetspeak (``1gn0r3``): a second pass over the digits-as-letters copy,
  only when a digit touches a letter;
- letters spaced out (``i g n o r e``, ``i.g.n.o.r.e``): each such run with
  its spacing removed, against the strong cues written without spaces;
- base64 and hex blobs: decoded (``_jailbreak_blobs``: at most 8 blobs, 16,384
  characters in all) and, when the result is text, scanned again.

Homoglyphs, zero-width characters and full-width forms are undone by
``normalize`` before any of this. Score per window of ``WINDOW`` characters
(the best one counts, so a long prompt is not diluted and a long harmless
document does not add up scattered words): each family's distinct cues
summed and capped at ``FAMILY_CAP`` (a combination read with and without
"you" counts once); payload words count only next to another family; each
further family adds ``COMBINATION_BONUS`` (of the families found only by
word classes, one); a cue found only through an obfuscation adds
``OBFUSCATION_BONUS``.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Final

import ahocorasick

from alexclaw.security._jailbreak_blobs import decoded_blobs
from alexclaw.security._jailbreak_classes import (
    HARMLESS_LIMIT,
    READ_AS,
    UNSPACED,
    Hit,
    build_automaton,
    class_positions,
    combinations,
)
from alexclaw.security._jailbreak_cues import (
    COMBINATIONS,
    FAMILIES,
    FICTION,
    OBFUSCATION_SEEDS,
    PATTERNS,
    PAYLOAD,
    PERSONA,
    PHRASES,
    ROLEPLAY,
    TRANSFORM_HINTS,
)
from alexclaw.security._normalize import fold_separators

WINDOW: Final = 2500
FAMILY_CAP: Final = 60
PAYLOAD_CAP: Final = 15
COMBINATION_BONUS: Final = 12
COMBINATION_CAP: Final = 36
OBFUSCATION_BONUS: Final = 15
WRAPPED_PAYLOAD_BONUS: Final = 20
_STRONG: Final = 20  # cues worth this much are also looked for obfuscated; families this strong combine
_WRAPPERS: Final = (FICTION, ROLEPLAY, PERSONA)
_MAX_HITS: Final = 2000  # bounded work on adversarial input
_OBFUSCATED_SPELLINGS: Final = 12  # per strong cue, held rot13'd and reversed


@dataclass(frozen=True, slots=True)
class Cue:
    family: str
    points: int


@dataclass(frozen=True, slots=True)
class FamilyScore:
    family: str
    points: int


@dataclass(frozen=True, slots=True)
class JailbreakScore:
    """The best window's families, the combination bonus, whether an
    obfuscation counted, and the total."""

    families: tuple[FamilyScore, ...]
    combination: int
    obfuscated: bool
    total: int


_ALT = re.compile(r"\{([^{}]*)\}")


def expand(spec: str) -> list[str]:
    """``"{a|b} c {d|}"`` → its spellings, folded like scanned text."""
    parts = _ALT.split(spec)  # literal, alternatives, literal, ...
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    spelled = ("".join(combo) for combo in itertools.product(*choices))
    out = {" ".join(fold_separators(s.lower()).split()).translate(READ_AS) for s in spelled} - {""}
    return sorted(out | {unapostrophed(s) for s in out})


_CONTRACTIONS: Final = re.compile(r"n't\b|\b(you|they|i|what|that|it|let|there|who)'(re|m|s)\b")


def unapostrophed(spelling: str) -> str:
    """``doesn't`` → ``doesnt``, ``you're`` → ``youre``: chat drops the
    apostrophe (not where the result is another word: we're, i'll, he'll)."""
    return _CONTRACTIONS.sub(lambda m: "nt" if m.group(1) is None else m.group(1) + m.group(2), spelling)


def _bounded(word: str) -> bool:
    """Whether a phrase is matched as whole words: not one that starts or
    ends in a script written without spaces (Chinese: no boundary to check)."""
    return word[0].isalnum() and word[-1].isalnum() and max(word[0], word[-1]) < UNSPACED


def _compact(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


_ROT13: Final = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")

# Automaton entries: word -> tuple of (kind, reference, length, checks boundaries)
_PHRASE, _TRIGGER, _OBFUSCATED, _HINT = 0, 1, 2, 3
Entry = tuple[int, int, int, bool]


@dataclass(frozen=True, slots=True)
class Tables:
    cues: tuple[Cue, ...]  # phrases, obfuscation seeds, combinations, then one per pattern
    automaton: ahocorasick.Automaton  # phrases, their rot13/reversed forms, pattern triggers, hints
    compact: ahocorasick.Automaton  # strong cues without spaces (letters spelled out)
    class_words: ahocorasick.Automaton  # the combinations' word classes
    patterns: tuple[re.Pattern[str], ...]


def _build() -> Tables:
    """The cues (phrases, obfuscation seeds, combinations, then patterns:
    the last ``len(patterns)`` are the patterns'), the automaton, the
    automaton of strong cues written without spaces, the patterns."""
    cues: list[Cue] = []
    words: dict[str, list[Entry]] = {}
    compact: dict[str, int] = {}

    def add(word: str, entry: Entry) -> None:
        words.setdefault(word, []).append(entry)

    for family, points, spec in PHRASES:
        cue = len(cues)
        cues.append(Cue(family, points))
        for word in expand(spec):
            add(word, (_PHRASE, cue, len(word), _bounded(word)))
    seeds = [(i, spec) for i, (_f, points, spec) in enumerate(PHRASES) if points >= _STRONG]
    for family, points, spec in OBFUSCATION_SEEDS:
        seeds.append((len(cues), spec))
        cues.append(Cue(family, points))
    for cue, spec in seeds:
        # The shortest spellings only: every spelling twice more would make
        # the automaton too large to stay in the CPU's cache.
        for word in sorted(expand(spec), key=len)[:_OBFUSCATED_SPELLINGS]:
            if len(word) < 10 or not word.isascii():
                continue
            for variant in {word.translate(_ROT13), word[::-1]} - {word}:
                add(variant, (_OBFUSCATED, cue, len(variant), True))
            compact.setdefault(_compact(word), cue)
    patterns: list[re.Pattern[str]] = []
    for family, points, _classes, _span in COMBINATIONS:
        cues.append(Cue(family, points))
    for hint in TRANSFORM_HINTS:
        add(hint, (_HINT, 0, len(hint), False))
    for family, points, triggers, regex in PATTERNS:
        index = len(patterns)
        patterns.append(re.compile(regex))
        cues.append(Cue(family, points))
        for trigger in triggers:
            add(trigger, (_TRIGGER, index, len(trigger), True))
    automaton = ahocorasick.Automaton()
    for word, entries in words.items():
        automaton.add_word(word, tuple(entries))
    automaton.make_automaton()
    spaced = ahocorasick.Automaton()
    for word, cue in compact.items():
        if len(word) >= 10:
            spaced.add_word(word, (cue, len(word)))
    spaced.make_automaton()
    return Tables(tuple(cues), automaton, spaced, build_automaton(), tuple(patterns))


@functools.cache
def _tables() -> Tables:
    """Built on first use (≈ 0.25 s), not at import: a command that never
    scans does not pay for it."""
    return _build()


# "Staff must not attempt to jailbreak or bypass the safety controls": an
# override forbidden a few words before it is a rule about overrides.
_PROHIBITED: Final = re.compile(
    r"\b(?:must not|mustn't|may not|should not|shouldn't|are not allowed to|is not allowed to|are not permitted to"
    r"|is prohibited from|are prohibited from)\s+(?:[a-z]+\s+){0,4}$"
)


def _scan(text: str) -> tuple[list[Hit], bool]:
    """The cues in ``text`` and whether it says to read it rot13'd or backwards."""
    tables = _tables()
    automaton, patterns = tables.automaton, tables.patterns
    base = len(tables.cues) - len(patterns)
    found: list[Hit] = []
    size = len(text)
    hinted = False
    for end, entries in automaton.iter(text):
        for kind, ref, length, bounded in entries:
            if kind == _HINT:
                hinted = True
                continue
            start = end - length + 1
            if bounded and ((start > 0 and text[start - 1].isalnum()) or (end + 1 < size and text[end + 1].isalnum())):
                continue
            if kind == _TRIGGER:
                if patterns[ref].match(text, start) and not _PROHIBITED.search(text, max(0, start - 60), start):
                    found.append((start, base + ref, False))
            elif not (kind == _PHRASE and HARMLESS_LIMIT.match(text, end + 1)):  # "no limits on creativity"
                found.append((start, ref, kind == _OBFUSCATED))
        if len(found) >= _MAX_HITS:
            break
    return found, hinted


_FIRST_COMBINATION: Final = len(PHRASES) + len(OBFUSCATION_SEEDS)


def _hits(text: str) -> list[Hit]:
    return _scan(text)[0]


_LEET: Final = bytes.maketrans(b"0134579@$", b"oieastgas")
# Letters "a", the digits and signs leetspeak uses for letters "d", other digits "0", the rest " ".
_LEET_SIGNS: Final = "0134579@$"
_CLASS: Final = bytes(
    ord(
        "d"
        if chr(c) in _LEET_SIGNS
        else "a"
        if chr(c).isascii() and chr(c).isalpha()
        else "0"
        if chr(c).isdigit()
        else " "
    )
    for c in range(256)
)
_SPACED_RUN: Final = re.compile(r"(?<![a-z0-9])(?:[a-z0-9][^a-z0-9\n]{1,3}){5,}[a-z0-9](?![a-z0-9])")
_WORD_GAP: Final = re.compile(r"[^a-z0-9\n]{2,}")


def _spaced_hits(lowered: str, classes: bytes) -> list[Hit]:
    """Cues spelled letter by letter: ``i g n o r e  a l l`` (a wider gap
    between words: read as words, every cue) or ``i.g.n.o.r.e.a.l.l`` (no
    word gaps: the strong cues written without spaces)."""
    if classes.find(b"a a a a a a") < 0:
        return []
    found: list[Hit] = []
    for run in _SPACED_RUN.finditer(lowered):
        words = [_compact(word) for word in _WORD_GAP.split(run.group())]
        if len(words) > 2:
            found += [(run.start(), cue, True) for _pos, cue, _o in _hits(" ".join(words))]
        for _end, (cue, _length) in _tables().compact.iter(_compact(run.group())):
            found.append((run.start(), cue, True))
    return found


def find_hits(norm: str, lowered: str, folded: str, *, depth: int = 0) -> list[Hit]:
    """Every cue in the text, plain and obfuscated, with its position."""
    if not folded.isascii():  # read as the vocabulary is written (``READ_AS``): one character for one
        lowered, folded = lowered.translate(READ_AS), folded.translate(READ_AS)
    hits, hinted = _scan(folded)
    hits += combinations(class_positions(_tables().class_words, lowered), _FIRST_COMBINATION)
    classes = lowered.encode("ascii", "replace").translate(_CLASS)
    if classes.find(b"ad") >= 0 or classes.find(b"da") >= 0:
        seen = {cue for _pos, cue, _o in hits}
        leet = folded.encode("ascii", "replace").translate(_LEET).decode("ascii")
        hits += [(pos, cue, True) for pos, cue, _o in _hits(leet) if cue not in seen]
    hits += _spaced_hits(lowered, classes)
    if hinted:
        seen = {cue for _pos, cue, _o in hits}
        for variant in (folded.translate(_ROT13), folded[::-1]):
            hits += [(0, cue, True) for _pos, cue, _o in _hits(variant) if cue not in seen]
    if depth < 2:
        for position, text in decoded_blobs(norm, lowered):
            inner_lowered = text.lower()
            inner = find_hits(text, inner_lowered, fold_separators(inner_lowered), depth=depth + 1)
            hits += [(position, cue, True) for _pos, cue, _o in inner]
    return hits


def _core(classes: tuple[str, ...]) -> frozenset[str]:
    """What a combination says, without who it is said to: two combinations
    with one core (with and without "you") are one cue read twice."""
    return frozenset("absent" if name == "none" else name for name in classes) - {"address", "addressee"}


_CORES: Final = tuple(_core(names) for _family, _points, names, _span in COMBINATIONS)


def _window_score(hits: list[Hit]) -> JailbreakScore:
    cues = _tables().cues
    by_family: dict[str, int] = {}
    by_core: dict[tuple[str, frozenset[str]], int] = {}
    counted: set[int] = set()
    obfuscated_only: set[int] = set()
    plain = {cue for _pos, cue, obf in hits if not obf}
    for _pos, cue, obf in hits:
        if cue in counted:
            continue
        counted.add(cue)
        if obf and cue not in plain:
            obfuscated_only.add(cue)
        family = cues[cue].family
        if _FIRST_COMBINATION <= cue < _FIRST_COMBINATION + len(COMBINATIONS):
            key = (family, _CORES[cue - _FIRST_COMBINATION])
            by_core[key] = max(by_core.get(key, 0), cues[cue].points)
        else:
            by_family[family] = by_family.get(family, 0) + cues[cue].points
    by_combination: dict[str, int] = {}
    for (family, _core_classes), points in by_core.items():
        by_combination[family] = by_combination.get(family, 0) + points
    phrased = {f for f, p in by_family.items() if p >= _STRONG}
    for family, points in by_combination.items():  # a combination generalises its family's phrases: the larger
        by_family[family] = max(by_family.get(family, 0), points)
    scores = {f: min(FAMILY_CAP, p) for f, p in by_family.items() if f != PAYLOAD}
    if PAYLOAD in by_family and scores:
        scores[PAYLOAD] = min(PAYLOAD_CAP, by_family[PAYLOAD])
    # Families found only by word classes may be the same words read as two
    # families ("you switch off the filter": a mode and removed rules): of
    # those, one counts towards the bonus.
    strong = {f for f, p in scores.items() if p >= _STRONG and f != PAYLOAD}
    present = len(strong & phrased) + min(1, len(strong - phrased))
    combination = COMBINATION_BONUS * max(0, present - 1)
    if scores.get(PAYLOAD, 0) >= 5 and any(f in scores for f in _WRAPPERS):
        combination += WRAPPED_PAYLOAD_BONUS  # forbidden content asked for inside a story or a role
    combination = min(COMBINATION_CAP, combination)
    obfuscated = bool(obfuscated_only) and bool(scores)
    total = sum(scores.values()) + combination + (OBFUSCATION_BONUS if obfuscated else 0)
    families = tuple(FamilyScore(f, scores[f]) for f in (*FAMILIES, PAYLOAD) if f in scores)
    return JailbreakScore(families, combination, obfuscated, total)


NOTHING: Final = JailbreakScore((), 0, False, 0)


def jailbreak_score(norm: str, lowered: str, folded: str) -> JailbreakScore:
    """The densest window's score (``NOTHING`` when no cue is found)."""
    hits = sorted(find_hits(norm, lowered, folded))
    if not hits:
        return NOTHING
    best = NOTHING
    end = 0
    for start, (position, _cue, _obf) in enumerate(hits):
        while end < len(hits) and hits[end][0] < position + WINDOW:
            end += 1
        score = _window_score(hits[start:end])
        if score.total > best.total:
            best = score
        if end == len(hits):
            break  # every later window is a subset of this one
    return best
