"""Train the shield's classifier (``alexclaw/security/data/shield_model.json``)
on the labelled jailbreak set of issue 26 (``tests/alexclaw/security/
jailbreak_corpus``: written for this repository, never copied from public
jailbreak collections; the project's own licence).

    .venv/bin/python -m tools.train_shield_model           # write the model
    .venv/bin/python -m tools.train_shield_model --check   # the shipped file is what training writes
    .venv/bin/python -m tools.train_shield_model --leave-one-out   # the measure of its contribution

Examples: every attack of every set (label 1) and every benign prompt (label
0); a text longer than the model's window gives one example per window, as
the shield reads it. Logistic regression with an L2 penalty, classes weighted
equally, full-batch Nesterov gradient descent for a fixed number of steps in
float64 from zero: the same bytes on every run.

The leave-one-set-out measure: for each held-out set, a model trained
without that set (its attacks and its benign prompts) scores it; rules only,
classifier only (probability over 0.5) and rules with the classifier's cue,
flagged (REVIEW or BLOCK) over its attacks with their buried variants, BLOCK
and REVIEW over its benign prompts.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from alexclaw.security import shield_scan
from alexclaw.security._normalize import fold_separators, normalize
from alexclaw.security._shield import DEFAULT_THRESHOLDS, Thresholds
from alexclaw.security._shield_model import DEFAULT_PATH, Floats, Indexes, Model, features, window_starts
from tests.alexclaw.security.jailbreak_corpus import SETS, attacks, benign_sets

BITS = 16
WINDOW = 600
STRIDE = 150
L2 = 1e-5
STEPS = 400
RATE = 2.0
ROOT = Path(__file__).resolve().parent.parent
PROSE = ROOT / "tests" / "alexclaw" / "security" / "jailbreak_corpus" / "prose.txt"


@dataclass(frozen=True, slots=True)
class Examples:
    """Rows of a sparse matrix (CSR) and their labels."""

    indptr: Indexes
    indices: Indexes
    values: Floats
    labels: Floats


def windows(text: str) -> list[str]:
    return [text[start : start + WINDOW] for start in window_starts(len(text), WINDOW, STRIDE)]


def examples(labelled: Iterable[tuple[str, int]]) -> Examples:
    indptr, indices, values, labels = [0], [], [], []
    for text, label in labelled:
        for piece in windows(text):
            index, value = features(piece, BITS)
            indices.append(index)
            values.append(value)
            indptr.append(indptr[-1] + len(index))
            labels.append(float(label))
    return Examples(
        np.asarray(indptr, dtype=np.int64),
        np.concatenate(indices),
        np.concatenate(values),
        np.asarray(labels, dtype=np.float64),
    )


def corpus(leave_out: str | None = None) -> list[tuple[str, int]]:
    """Every attack and benign prompt, without the set named ``leave_out``."""
    rows = [
        (prompt, 1)
        for name, families in SETS
        if name != leave_out
        for prompts in families.values()
        for prompt in prompts
    ]
    benign = [prompt for name, prompts in benign_sets().items() if name != leave_out for prompt in prompts]
    prose = PROSE.read_text(encoding="utf-8").splitlines()
    return rows + [(text, 0) for text in (*benign, *joined(benign), *prose)]


def docstrings(root: Path) -> list[str]:
    """This repository's own docstrings of 80 characters or more, on one
    line each, outside ``alexclaw/security`` (which describes attacks) and
    only those the rules leave at score 0: ordinary technical prose, the
    negatives the labelled set lacks (without them the model reads any
    text unlike its benign prompts as an attack)."""
    out = []
    for path in sorted(root.glob("*/**/*.py")):
        parts = path.relative_to(root).parts
        if (
            parts[0] not in {"actors", "supervisors", "skills", "gateways", "cluster", "alexclaw"}
            or "security" in parts
        ):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                text = " ".join((ast.get_docstring(node) or "").split())
                if len(text) >= 80 and shield_scan(text, "prompt", RULES_ONLY).score == 0:
                    out.append(text)
    return out


def joined(prompts: list[str]) -> list[str]:
    """Benign prompts run together, a window long each: most long training
    texts are attacks, and without these the model reads length (ordinary
    prose) as an attack."""
    out, current = [], ""
    for prompt in prompts:
        current = f"{current} {prompt}" if current else prompt
        if len(current) >= WINDOW:
            out.append(current[:WINDOW])
            current = ""
    return out


def train(data: Examples) -> Model:
    rows = len(data.labels)
    starts = data.indptr[:-1]  # no row is empty: every window has n-grams
    row_of = np.repeat(np.arange(rows), np.diff(data.indptr))
    by_bucket = np.argsort(data.indices, kind="stable")  # the matrix by column, for the gradient
    buckets, bucket_starts = np.unique(data.indices[by_bucket], return_index=True)
    column_rows, column_values = row_of[by_bucket], data.values[by_bucket]
    positives = data.labels.sum()
    weight = np.where(data.labels == 1, 0.5 / positives, 0.5 / (rows - positives))
    size = 1 << BITS
    w, bias = np.zeros(size), 0.0
    w_prev, bias_prev = w.copy(), bias
    for step in range(1, STEPS + 1):
        momentum = (step - 1) / (step + 2)
        look_w, look_b = w + momentum * (w - w_prev), bias + momentum * (bias - bias_prev)
        logits = np.add.reduceat(data.values * look_w[data.indices], starts) + look_b
        errors = weight * (1 / (1 + np.exp(-logits)) - data.labels)
        grad_w = L2 * look_w
        grad_w[buckets] += np.add.reduceat(column_values * errors[column_rows], bucket_starts)
        w_prev, bias_prev = w, bias
        w, bias = look_w - RATE * grad_w, look_b - RATE * float(errors.sum())
    return Model(BITS, WINDOW, STRIDE, bias, w)


def trained(leave_out: str | None = None) -> Model:
    """The model trained on the corpus (without ``leave_out``), as shipped:
    its weights quantised like the file."""
    return Model.from_json(train(examples(corpus(leave_out))).to_json())


HELD_OUT = tuple(name for name, _families in SETS if name.startswith("held-out-") and int(name[9:]) >= 4)
RULES_ONLY = Thresholds(DEFAULT_THRESHOLDS.block, DEFAULT_THRESHOLDS.review, classifier=False)


@dataclass(frozen=True, slots=True)
class Fold:
    """One held-out set's counts: flagged attacks and benign BLOCK/REVIEW,
    for the rules only, the classifier only and the two together."""

    name: str
    attacks: int
    benign: int
    flagged: dict[str, int]
    blocked: dict[str, int]
    reviewed: dict[str, int]


def _verdicts(text: str, model: Model) -> dict[str, str]:
    probability = model.probability(fold_separators(normalize(text).text.lower()))
    return {
        "rules": shield_scan(text, "prompt", RULES_ONLY).verdict,
        "classifier": "REVIEW" if probability > 0.5 else "ALLOW",
        "rules+classifier": shield_scan(text, "prompt", DEFAULT_THRESHOLDS, model=model).verdict,
    }


def fold(name: str, attack_prompts: list[str]) -> Fold:
    model = trained(leave_out=name)
    on_attacks = [_verdicts(prompt, model) for prompt in attack_prompts]
    on_benign = [_verdicts(prompt, model) for prompt in benign_sets()[name]]
    ways = ("rules", "classifier", "rules+classifier")
    return Fold(
        name,
        len(on_attacks),
        len(on_benign),
        {way: sum(v[way] != "ALLOW" for v in on_attacks) for way in ways},
        {way: sum(v[way] == "BLOCK" for v in on_benign) for way in ways},
        {way: sum(v[way] == "REVIEW" for v in on_benign) for way in ways},
    )


def leave_one_out(names: tuple[str, ...] = HELD_OUT) -> list[Fold]:
    every = attacks()
    return [fold(name, [p for rows in every.values() for held, p in rows if held == name]) for name in names]


def readme_paragraphs() -> list[str]:
    """README paragraphs of 150 characters or more: ordinary prose no model
    was trained on (though it describes the attacks the shield looks for)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if len(p) >= 150 and not p.lstrip().startswith("```")]


def outside_corpus(model: Model) -> tuple[int, int, int]:
    """(paragraphs, flagged by the rules, flagged with the classifier's cue)
    over the README, a check on text unlike the labelled set."""
    paragraphs = readme_paragraphs()
    rules = sum(shield_scan(p, "prompt", RULES_ONLY).verdict != "ALLOW" for p in paragraphs)
    both = sum(shield_scan(p, "prompt", DEFAULT_THRESHOLDS, model=model).verdict != "ALLOW" for p in paragraphs)
    return len(paragraphs), rules, both


def table(folds: list[Fold]) -> str:
    def rate(hits: int, total: int) -> str:
        return f"{hits:3}/{total:<3} {100 * hits / total:3.0f} %"

    lines = [
        f"{'held out':12} {'flagged: rules':18} {'classifier':18} {'rules+classifier':18} "
        f"{'benign BLOCK/REVIEW: rules':28} {'rules+classifier':18} {'classifier alone'}"
    ]
    for f in folds:
        lines.append(
            f"{f.name:12} {rate(f.flagged['rules'], f.attacks):18} {rate(f.flagged['classifier'], f.attacks):18} "
            f"{rate(f.flagged['rules+classifier'], f.attacks):18} "
            f"{f.blocked['rules']:2}/{f.benign} {f.reviewed['rules']:2}/{f.benign}{'':18} "
            f"{f.blocked['rules+classifier']:2}/{f.benign} {f.reviewed['rules+classifier']:2}/{f.benign}{'':8} "
            f"{f.reviewed['classifier']:2}/{f.benign}"
        )
    total = sum(f.attacks for f in folds)
    lines.append(
        f"{'all':12} "
        + " ".join(
            f"{rate(sum(f.flagged[w] for f in folds), total):18}" for w in ("rules", "classifier", "rules+classifier")
        )
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped model differs from training")
    parser.add_argument("--leave-one-out", action="store_true", help="print the leave-one-set-out measure")
    parser.add_argument("--snapshot-prose", action="store_true", help="rewrite prose.txt from today's docstrings")
    args = parser.parse_args(argv)
    if args.snapshot_prose:
        PROSE.write_text("".join(f"{text}\n" for text in docstrings(ROOT)), encoding="utf-8")
        return 0
    if args.leave_one_out:
        print(table(leave_one_out()))
        total, rules, both = outside_corpus(trained())
        print(f"README paragraphs ({total}) flagged: rules {rules}, rules+classifier {both}")
        return 0
    text = train(examples(corpus())).to_json()
    if args.check:
        same = DEFAULT_PATH.read_text(encoding="utf-8") == text
        print("shield model: up to date" if same else "shield model: differs from a fresh training run")
        return 0 if same else 1
    DEFAULT_PATH.write_text(text, encoding="utf-8")
    print(f"shield model: wrote {DEFAULT_PATH} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
