"""The injection phrase list (``data/injection_phrases.json``), matched with
Aho-Corasick on normalised lowercase text; reloadable at run time."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import ahocorasick

from alexclaw.security._normalize import fold_separators
from alexclaw.security._tone import TONE_KEYWORDS, ToneKeyword

DEFAULT_PATH: Final = Path(__file__).parent / "data" / "injection_phrases.json"


@dataclass(frozen=True)
class PhraseHit:
    phrase: str
    category: str
    start: int
    end: int


class PhraseSet:
    """An immutable, compiled phrase list. Its automaton also holds the key
    words of the imperative-tone heuristic (see _tone), so the sanitizer
    finds both in one pass over a page. Each phrase is held as written and
    with its separators folded (see ``fold_separators``), so it is found in
    folded text too ("<|im_start|>" as "< im start >")."""

    def __init__(self, phrases: Mapping[str, Sequence[str]]) -> None:
        self.categories = {c: tuple(p.lower() for p in ps) for c, ps in phrases.items()}
        # word -> (the phrase it stands for, its category or "", tone kind or -1)
        entries: dict[str, tuple[str, str, int]] = {}
        for category, items in self.categories.items():
            for phrase in items:
                entries[phrase] = (phrase, category, -1)
                folded = fold_separators(phrase)
                if folded.strip() and folded not in entries:
                    entries[folded] = (phrase, category, -1)
        for word, kind in TONE_KEYWORDS:
            phrase, category, _ = entries.get(word, (word, "", -1))
            entries[word] = (phrase, category, kind)
        automaton = ahocorasick.Automaton()
        for word, (phrase, category, kind) in entries.items():
            automaton.add_word(word, (phrase, category, kind, len(word)))
        automaton.make_automaton()
        self._automaton = automaton

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> PhraseSet:
        data = json.loads(path.read_text(encoding="utf-8"))
        categories = data.get("categories")
        if not isinstance(categories, dict) or not all(
            isinstance(v, list) and all(isinstance(p, str) and p.strip() for p in v) for v in categories.values()
        ):
            raise ValueError(f"{path}: expected {{'categories': {{name: [phrase, ...]}}}}")
        return cls(categories)

    def __len__(self) -> int:
        return sum(len(p) for p in self.categories.values())

    def find(self, lowered: str) -> list[PhraseHit]:
        """Hits in already normalised, lowercased text — folded, for the
        phrase passes (the phrases only: no tone key words)."""
        return [
            PhraseHit(phrase, category, end - length + 1, end + 1)
            for end, (phrase, category, _kind, length) in self._automaton.iter(lowered)
            if category
        ]

    def scan(self, lowered: str) -> tuple[list[PhraseHit], list[ToneKeyword]]:
        """Phrase hits and tone key words, in one pass."""
        hits: list[PhraseHit] = []
        keywords: list[ToneKeyword] = []
        for end, (phrase, category, kind, length) in self._automaton.iter(lowered):
            if category:
                hits.append(PhraseHit(phrase, category, end - length + 1, end + 1))
            if kind >= 0:
                keywords.append((end, kind, length))
        return hits, keywords


OPERATOR = "operator"  # the category of the operator's own phrases
_lock = threading.Lock()
_current: PhraseSet | None = None


def phrases() -> PhraseSet:
    """The phrase set in force (loaded on first use)."""
    global _current
    if _current is None:
        with _lock:
            if _current is None:
                _current = PhraseSet.load()
    return _current


_operator: tuple[str, ...] = ()


def _with_operator(base: PhraseSet, extra: tuple[str, ...]) -> PhraseSet:
    if not extra:
        return base
    return PhraseSet({**base.categories, OPERATOR: extra})


def reload_phrases(path: Path = DEFAULT_PATH) -> PhraseSet:
    """Load ``path`` and swap it in atomically (the operator's own phrases
    kept); a bad file raises and the previous list stays in force."""
    global _current
    fresh = _with_operator(PhraseSet.load(path), _operator)
    with _lock:
        _current = fresh
    return fresh


def operator_phrases(text: str) -> tuple[str, ...]:
    """The operator's list (setting ``sanitizer.extra_phrases``: one phrase
    per line; blank lines and ``#`` comments ignored), normalised the way
    scanned text is, so a phrase matches whatever its spelling."""
    from alexclaw.security._normalize import normalize

    lines = (line.strip() for line in text.splitlines())
    cleaned = (" ".join(normalize(line).text.lower().split()) for line in lines if line and not line.startswith("#"))
    return tuple(dict.fromkeys(p for p in cleaned if len(p) >= 3))


def set_operator_phrases(text: str) -> int:
    """Swap in the built-in list plus the operator's; returns their count."""
    global _current, _operator
    extra = operator_phrases(text)
    base = PhraseSet.load()
    fresh = _with_operator(base, extra)
    with _lock:
        _operator = extra
        _current = fresh
    return len(extra)
