"""The word classes read text without its accents ("accents optional"), so
a stem written with them must not become the start of ordinary English once
they are gone: French "levé*" (lifted) read as "leve*" took every "level"
for a limit being absent, and blocked a language game (held-out-12)."""

from __future__ import annotations

import re
from pathlib import Path

from alexclaw.security._jailbreak_classes import spelled as _spelled
from alexclaw.security._jailbreak_classes import unaccented as _unaccented
from alexclaw.security._jailbreak_cues import CLASSES
from tests.alexclaw.security.jailbreak_corpus import benign_sets

ROOT = Path(__file__).resolve().parents[3]
# Stems that do read as English words once unaccented, with the same meaning
# in their class: "limited" is a limit, "instructions" an instruction,
# "restricted" a restriction, "active" a mode switched on.
SAME_MEANING = {"límite", "instruç", "restriç", "activé"}


def ordinary_words() -> set[str]:
    """Words of ordinary English: this repository's README and architecture
    notes, and every hard benign prompt of the labelled set."""
    texts = [(ROOT / "README.md").read_text(), (ROOT / "docs" / "architecture.md").read_text()]
    texts += [prompt for prompts in benign_sets().values() for prompt in prompts]
    return {word for text in texts for word in re.findall(r"[a-z]+", text.lower())}


def english_collisions(spec: str, words: set[str]) -> dict[str, list[str]]:
    """Accented stems of a class spec → the ordinary words they would match."""
    found = {}
    for spelling in _spelled(spec):
        stem = spelling.rstrip("*").rstrip()
        if not spelling.endswith("*") or stem.isascii() or stem in SAME_MEANING:
            continue
        plain = _unaccented(stem)
        matched = sorted(word for word in words if word.startswith(plain))
        if matched:
            found[stem] = matched[:5]
    return found


def test_no_accented_stem_of_a_word_class_reads_as_the_start_of_an_english_word() -> None:
    words = ordinary_words()
    assert {"level", "levels", "model"} <= words  # the check sees ordinary words
    collisions = {name: hits for name, spec in CLASSES.items() if (hits := english_collisions(spec, words))}
    assert collisions == {}


def test_the_check_finds_the_collision_that_blocked_a_language_game() -> None:
    assert set(english_collisions("{levé*|supprimé*}", ordinary_words())) == {"levé"}
