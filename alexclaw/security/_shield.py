"""The prompt shield (ClawNex's model): rules with a category, a severity and
a confidence; a score; a verdict.

Score = sum of weight(severity) * confidence * min(count, 5), capped at 100, with
weights CRITICAL 30, HIGH 20, MEDIUM 10, LOW 5. Verdict, first match wins:
any CRITICAL → BLOCK; a HIGH outbound leak → BLOCK; a MEDIUM outbound leak →
REVIEW; score ≥ 60 → BLOCK; any HIGH → REVIEW; score ≥ 25 → REVIEW; else
ALLOW. ``prompt`` is inbound (before an LLM call), ``response`` outbound.
Rules run on normalised text, except steganography, which looks at the raw
text (normalisation would erase what it looks for).

Next to the rules, a classifier (``_shield_model``) reads a prompt's densest
window; from a probability of 0.6 it adds a ``classifier`` cue of up to
``CLASSIFIER_POINTS`` points, fewer than REVIEW needs: it never flags a text
alone, it tips weak rule cues over (setting ``shield.classifier``). Next to
a rule's cue it may add up to ``CLASSIFIER_POINTS_WITH_RULES``: two readings
agreeing are worth more than either alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

import ahocorasick

from alexclaw.security._discussion import discusses_attacks, quoted_blanked
from alexclaw.security._jailbreak import OBFUSCATION_BONUS, JailbreakScore, jailbreak_score
from alexclaw.security._leaks import scan_leaks
from alexclaw.security._normalize import INVISIBLE_RE, fold_separators, normalize
from alexclaw.security._phrases import phrases
from alexclaw.security._shield_model import Model, shipped_model

Direction = Literal["prompt", "response"]
Verdict = Literal["ALLOW", "REVIEW", "BLOCK"]
WEIGHTS: Final = {"CRITICAL": 30, "HIGH": 20, "MEDIUM": 10, "LOW": 5}
CLASSIFIER_FROM: Final = 0.6  # the probability from which the classifier's cue counts
CLASSIFIER_POINTS: Final = 20  # its points at probability 1 (REVIEW needs 25 by default)
CLASSIFIER_POINTS_WITH_RULES: Final = 25  # ... when a rule found a cue too
_LEAK_SEVERITY: Final = {"CRITICAL": "CRITICAL", "HIGH": "HIGH", "MEDIUM": "MEDIUM", "LOW": "LOW"}


@dataclass(frozen=True, slots=True)
class Detection:
    rule: str
    category: str
    severity: str
    confidence: float
    count: int
    points: float | None = None  # a combined score (the jailbreak families) instead of weight * confidence * count


@dataclass(frozen=True, slots=True)
class ShieldResult:
    verdict: Verdict
    score: int
    detections: tuple[Detection, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    key: str
    category: str
    severity: str
    confidence: float
    pattern: re.Pattern[str]
    literals: tuple[str, ...] = ()  # the rule can only match where one of these occurs (lowercase)
    needs: tuple[str, bytes] | None = None  # or: a run in a class map ("digits"/"base64"/"upper", run)
    raw: bool = False  # match the raw text (steganography)
    case: bool = False  # match the normalised text with its case (else: lowercased)


def _r(
    key: str,
    category: str,
    severity: str,
    confidence: float,
    pattern: str,
    *literals: str,
    needs: tuple[str, bytes] | None = None,
    raw: bool = False,
    case: bool = False,
) -> Rule:
    return Rule(key, category, severity, confidence, re.compile(pattern), literals, needs, raw, case)


_METADATA: Final = (
    r"169\.254\.169\.254|0xa9fea9fe|2852039166|0251\.0376\.0251\.0376|fd00:ec2::254|metadata\.google\.internal"
)

# Patterns are written for lowercased text (no IGNORECASE: it would cost re
# its literal-prefix search); a rule runs only when its literal or its class
# run occurs, so clean text costs one Aho-Corasick pass and two translates.
RULES: Final[tuple[Rule, ...]] = (
    _r("command.rm_rf", "command", "CRITICAL", 0.9, r"\brm\s+-[a-z]*r[a-z]*f?\s+(?:/|~|\*|\$home)", "rm "),
    _r("command.pipe_to_shell", "command", "CRITICAL", 0.9, r"\b(?:curl|wget)\b[^|\n]{0,200}\|\s*(?:ba|z|da)?sh\b", "curl", "wget"),
    _r("command.reverse_shell", "command", "CRITICAL", 0.9, r"\bnc\b[^\n]{0,40}\s-e\s|/bin/(?:ba)?sh\s+-i|bash\s+-i\s+>&\s*/dev/tcp/", "nc ", "/bin/", "/dev/tcp"),
    _r("command.encoded_powershell", "command", "HIGH", 0.8, r"powershell(?:\.exe)?\s+[^\n]{0,40}-e(?:nc|ncodedcommand)?\s+[a-z0-9+/=]{20,}", "powershell"),
    _r("command.chmod_world", "command", "MEDIUM", 0.6, r"\bchmod\s+(?:-r\s+)?(?:777|a\+rwx)\b", "chmod"),
    _r("command.sudo", "command", "LOW", 0.4, r"\bsudo\s+\S+", "sudo"),
    _r("path.passwd_shadow", "sensitive_path", "HIGH", 0.8, r"/etc/(?:passwd|shadow|sudoers)\b", "/etc/"),
    _r("path.ssh_keys", "sensitive_path", "HIGH", 0.8, r"(?:~|\$home|/root|/home/\w+)/\.ssh/(?:id_\w+|authorized_keys)", "/.ssh/"),
    _r("path.cloud_credentials", "sensitive_path", "HIGH", 0.8, r"\.aws/credentials|\.config/gcloud|\.kube/config|\.docker/config\.json", ".aws/", ".config/gcloud", ".kube/", ".docker/"),
    _r("path.env_file", "sensitive_path", "MEDIUM", 0.6, r"(?:^|[\s/'\"])\.env(?:\.local|\.production)?\b", ".env"),
    _r("path.proc_environ", "sensitive_path", "HIGH", 0.8, r"/proc/(?:self|\d+)/environ", "/environ"),
    _r("c2.metadata_endpoint", "c2_exfiltration", "CRITICAL", 0.9, _METADATA, "169.254.169.254", "0xa9fea9fe", "2852039166", "0251.0376", "fd00:ec2::254", "metadata.google"),
    _r("c2.exfil_service", "c2_exfiltration", "HIGH", 0.7, r"\b(?:webhook\.site|requestbin|pipedream\.net|ngrok(?:-free)?\.(?:io|app)|interact\.sh|burpcollaborator|pastebin\.com|transfer\.sh)\b", "webhook.site", "requestbin", "pipedream", "ngrok", "interact.sh", "burpcollaborator", "pastebin", "transfer.sh"),
    _r("c2.upload_file", "c2_exfiltration", "HIGH", 0.7, r"\bcurl\b[^\n]{0,100}(?:-d\s*@|--data-binary\s*@|-f\s*\S+=@|-t\s)", "curl"),
    _r("c2.exfiltrate_word", "c2_exfiltration", "MEDIUM", 0.6, r"\bexfiltrat(?:e|ion|ing)\b", "exfiltrat"),
    _r("jailbreak.dan", "jailbreak", "HIGH", 0.8, r"\b(?:do anything now|dan mode|you are dan|jailbreak(?:ed|ing)? mode|developer mode (?:enabled|output))\b", "do anything now", "dan mode", "you are dan", "jailbreak", "developer mode"),
    _r("encoding.base64_blob", "encoding", "MEDIUM", 0.5, r"(?:[A-Za-z0-9+/]{4}){50,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?", needs=("base64", b"b" * 200), case=True),
    _r("encoding.decode_and_run", "encoding", "CRITICAL", 0.8, r"\b(?:base64\s+-d|frombase64string|atob\()[^\n]{0,80}(?:\||exec|eval|sh\b|bash\b)", "base64", "frombase64string", "atob("),
    _r("encoding.hex_blob", "encoding", "LOW", 0.4, r"(?:\\x[0-9a-f]{2}){16,}", "\\x"),
    _r("pii.credit_card", "pii_financial", "HIGH", 0.7, r"\b(?:4\d{3}|5[1-5]\d{2}|3[47]\d{2}|6011)[ -]?\d{4}[ -]?\d{4}[ -]?\d{3,4}\b", needs=("digits", b"d" * 13)),
    _r("pii.iban", "pii_financial", "MEDIUM", 0.6, r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", needs=("upper", b"u" * 15), case=True),
    _r("pii.us_ssn", "pii_financial", "HIGH", 0.6, r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b", needs=("digits", b"ddd-dd-dddd")),
    _r("stego.zero_width", "steganography", "MEDIUM", 0.7, r"[\u200b\u200c\u200d\u2060\ufeff]{3,}", raw=True),
    _r("stego.tag_characters", "steganography", "HIGH", 0.9, r"[\U000e0000-\U000e007f]+", raw=True),
    _r("stego.bidi_override", "steganography", "MEDIUM", 0.6, r"[\u202a-\u202e\u2066-\u2069]", raw=True),
)  # fmt: skip


def _table(mapping: dict[str, str]) -> bytes:
    return bytes(ord(next((v for k, v in mapping.items() if chr(c) in k), " ")) for c in range(256))


_DIGITS = "0123456789"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = _UPPER.lower()
CLASS_TABLES: Final = {
    "digits": _table({_DIGITS + " ": "d", "-": "-"}),  # card numbers keep their spaces
    "base64": _table({_DIGITS + _UPPER + _LOWER + "+/": "b"}),
    "upper": _table({_DIGITS + _UPPER + " ": "u"}),
}
_LITERALS = ahocorasick.Automaton()
for _index, _rule in enumerate(RULES):
    for _literal in _rule.literals:
        _LITERALS.add_word(_literal, (*_LITERALS.get(_literal, ()), _index))
_LITERALS.make_automaton()
_ALWAYS: Final = tuple(i for i, rule in enumerate(RULES) if not rule.literals and rule.needs is None and not rule.raw)


def _candidate_rules(norm: str, lowered: str, raw_is_ascii: bool) -> list[int]:
    chosen = set(_ALWAYS)
    for _end, indexes in _LITERALS.iter(lowered):
        chosen.update(indexes)
    encoded = norm.encode("ascii", "replace")
    classes: dict[str, bytes] = {}
    for index, rule in enumerate(RULES):
        if rule.needs is not None:
            name, run = rule.needs
            if name not in classes:
                classes[name] = encoded.translate(CLASS_TABLES[name])
            if classes[name].find(run) >= 0:
                chosen.add(index)
        elif rule.raw and not raw_is_ascii:
            chosen.add(index)
    return sorted(chosen)


def _luhn(digits: str) -> bool:
    numbers = [int(d) for d in digits if d.isdigit()]
    checksum = 0
    for index, digit in enumerate(reversed(numbers)):
        doubled = digit * 2 - 9 if digit > 4 else digit * 2
        checksum += doubled if index % 2 == 1 else digit
    return len(numbers) >= 13 and checksum % 10 == 0


_VALIDATORS: Final[dict[str, Callable[[str], bool]]] = {"pii.credit_card": _luhn}


def score_of(detections: tuple[Detection, ...]) -> int:
    total = sum(
        d.points if d.points is not None else WEIGHTS[d.severity] * d.confidence * min(d.count, 5) for d in detections
    )
    return min(100, round(total))


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Scores at which a verdict becomes BLOCK or REVIEW (settings
    ``shield.block_score`` and ``shield.review_score``), and whether the
    classifier adds its cue to a prompt's score (``shield.classifier``)."""

    block: int = 60
    review: int = 25
    classifier: bool = True


DEFAULT_THRESHOLDS: Final = Thresholds()


def verdict_of(
    detections: tuple[Detection, ...], score: int, direction: Direction, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> Verdict:
    severities = {d.severity for d in detections}
    leaks = {d.severity for d in detections if d.category == "secret"}
    if "CRITICAL" in severities:
        return "BLOCK"
    if direction == "response" and "HIGH" in leaks:
        return "BLOCK"
    if direction == "response" and "MEDIUM" in leaks:
        return "REVIEW"
    if score >= thresholds.block:
        return "BLOCK"
    if "HIGH" in severities:
        return "REVIEW"
    if score >= thresholds.review:
        return "REVIEW"
    return "ALLOW"


def family_detections(found: JailbreakScore) -> list[Detection]:
    """The jailbreak families of the densest window as detections carrying
    their points (MEDIUM from 20 points, else LOW: the score thresholds
    decide, not a severity rule)."""
    out = [
        Detection(f"jailbreak.{f.family}", "jailbreak", "MEDIUM" if f.points >= 20 else "LOW", 1.0, 1, f.points)
        for f in found.families
    ]
    if found.combination:
        out.append(Detection("jailbreak.combination", "jailbreak", "MEDIUM", 1.0, 1, found.combination))
    if found.obfuscated:
        out.append(Detection("jailbreak.obfuscated", "jailbreak", "MEDIUM", 1.0, 1, OBFUSCATION_BONUS))
    return out


def classifier_detection(probability: float, rules_score: int, thresholds: Thresholds) -> Detection | None:
    """The classifier's cue: LOW, its probability as confidence, points
    rising from 0 at ``CLASSIFIER_FROM`` to ``CLASSIFIER_POINTS`` at 1
    (``CLASSIFIER_POINTS_WITH_RULES`` when the rules scored the text too), and
    never past the BLOCK threshold: it can make a text REVIEW, only the rules
    can BLOCK it."""
    if probability <= CLASSIFIER_FROM:
        return None
    top = CLASSIFIER_POINTS_WITH_RULES if rules_score > 0 else CLASSIFIER_POINTS
    points = top * (probability - CLASSIFIER_FROM) / (1 - CLASSIFIER_FROM)
    points = min(points, max(0, thresholds.block - 1 - rules_score))
    if points <= 0:
        return None
    return Detection("classifier.jailbreak", "classifier", "LOW", round(probability, 3), 1, round(points, 1))


def scan(
    text: str,
    direction: Direction = "prompt",
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    *,
    model: Model | None = None,
) -> ShieldResult:
    """Score ``text``; never raises for any input (callers fail closed if it
    does anyway). ``model`` replaces the shipped classifier (the
    leave-one-set-out measure trains its own)."""
    norm = normalize(text).text
    lowered = norm.lower()
    detections: list[Detection] = []
    for index in _candidate_rules(norm, lowered, text.isascii()):
        rule = RULES[index]
        target = text if rule.raw else norm if rule.case else lowered
        matches = [m.group(0) for m in rule.pattern.finditer(target)]
        validate = _VALIDATORS.get(rule.key)
        if validate is not None:
            matches = [m for m in matches if validate(m)]
        if matches:
            detections.append(Detection(rule.key, rule.category, rule.severity, rule.confidence, len(matches)))
    # The phrase pass reads words, whatever glues them: NUL, _, -, ., |, …
    folded = fold_separators(lowered)
    detections.extend(family_detections(jailbreak_score(norm, lowered, folded)))
    by_category: dict[str, int] = {}
    for hit in phrases().find(folded):
        by_category[hit.category] = by_category.get(hit.category, 0) + 1
    for category, count in sorted(by_category.items()):
        severity = (
            "HIGH"
            if category in {"instruction_override", "jailbreak", "exfiltration", "system_prompt_extraction", "operator"}
            else "MEDIUM"
        )
        detections.append(Detection(f"injection.{category}", "injection", severity, 0.8, count))
    leak_counts: dict[tuple[str, str], int] = {}
    for finding in scan_leaks(text):
        key = (finding.name, _LEAK_SEVERITY.get(finding.severity, "MEDIUM"))
        leak_counts[key] = leak_counts.get(key, 0) + 1
    for (name, severity), count in sorted(leak_counts.items()):
        detections.append(Detection(f"secret.{name}", "secret", severity, 0.9, count))
    hidden = 0 if text.isascii() else len(INVISIBLE_RE.findall(text))
    if hidden >= 8 and not any(d.category == "steganography" for d in detections):
        # Scattered invisible characters (a message in zero-width code).
        detections.append(Detection("stego.scattered_invisible", "steganography", "MEDIUM", 0.6, 1))
    if direction == "prompt" and thresholds.classifier:
        cue = classifier_detection(
            (model or shipped_model()).probability(folded), score_of(tuple(detections)), thresholds
        )
        if cue is not None:
            detections.append(cue)
    found = tuple(detections)
    score = score_of(found)
    if score >= thresholds.block and direction == "prompt" and not any(d.severity == "CRITICAL" for d in found):
        context = _mention_context(norm, lowered, thresholds, model)
        if context is not None:  # quoted or discussed, not said: REVIEW, never BLOCK
            found = (*found, Detection(context, "context", "LOW", 1.0, 1, 0))
            score = thresholds.block - 1
    return ShieldResult(verdict_of(found, score, direction, thresholds), score, found)


def _mention_context(norm: str, lowered: str, thresholds: Thresholds, model: Model | None) -> str | None:
    """Why a text that scores BLOCK only mentions attacks: ``context.quoted``
    when without its quotations it would not BLOCK, ``context.discussion``
    when it speaks of attacks as a topic; None when neither."""
    blanked = quoted_blanked(norm)
    if blanked is not None and scan(blanked, "prompt", thresholds, model=model).verdict != "BLOCK":
        return "context.quoted"
    return "context.discussion" if discusses_attacks(lowered) else None
