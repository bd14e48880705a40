"""The prompt shield (ClawNex's model): rules with a category, a severity and
a confidence; a score; a verdict.

Score = sum of weight(severity) * confidence * min(count, 5), capped at 100, with
weights CRITICAL 30, HIGH 20, MEDIUM 10, LOW 5. Verdict, first match wins:
any CRITICAL → BLOCK; a HIGH outbound leak → BLOCK; a MEDIUM outbound leak →
REVIEW; score ≥ 60 → BLOCK; any HIGH → REVIEW; score ≥ 25 → REVIEW; else
ALLOW. ``prompt`` is inbound (before an LLM call), ``response`` outbound.
Rules run on normalised text, except steganography, which looks at the raw
text (normalisation would erase what it looks for).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from alexclaw.security._leaks import scan_leaks
from alexclaw.security._normalize import invisible, normalize
from alexclaw.security._phrases import phrases

Direction = Literal["prompt", "response"]
Verdict = Literal["ALLOW", "REVIEW", "BLOCK"]
WEIGHTS: Final = {"CRITICAL": 30, "HIGH": 20, "MEDIUM": 10, "LOW": 5}
_LEAK_SEVERITY: Final = {"CRITICAL": "CRITICAL", "HIGH": "HIGH", "MEDIUM": "MEDIUM", "LOW": "LOW"}


@dataclass(frozen=True, slots=True)
class Detection:
    rule: str
    category: str
    severity: str
    confidence: float
    count: int


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
    raw: bool = False  # match the raw text (steganography)


def _r(key: str, category: str, severity: str, confidence: float, pattern: str, *, raw: bool = False) -> Rule:
    return Rule(key, category, severity, confidence, re.compile(pattern, re.IGNORECASE), raw)


_METADATA: Final = (
    r"169\.254\.169\.254|0xa9fea9fe|2852039166|0251\.0376\.0251\.0376|fd00:ec2::254|metadata\.google\.internal"
)

RULES: Final[tuple[Rule, ...]] = (
    _r("command.rm_rf", "command", "CRITICAL", 0.9, r"\brm\s+-[a-z]*r[a-z]*f?\s+(?:/|~|\*|\$HOME)"),
    _r("command.pipe_to_shell", "command", "CRITICAL", 0.9, r"\b(?:curl|wget)\b[^|\n]{0,200}\|\s*(?:ba|z|da)?sh\b"),
    _r("command.reverse_shell", "command", "CRITICAL", 0.9, r"\bnc\b[^\n]{0,40}\s-e\s|/bin/(?:ba)?sh\s+-i|bash\s+-i\s+>&\s*/dev/tcp/"),
    _r("command.encoded_powershell", "command", "HIGH", 0.8, r"powershell(?:\.exe)?\s+[^\n]{0,40}-e(?:nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{20,}"),
    _r("command.chmod_world", "command", "MEDIUM", 0.6, r"\bchmod\s+(?:-R\s+)?(?:777|a\+rwx)\b"),
    _r("command.sudo", "command", "LOW", 0.4, r"\bsudo\s+\S+"),
    _r("path.passwd_shadow", "sensitive_path", "HIGH", 0.8, r"/etc/(?:passwd|shadow|sudoers)\b"),
    _r("path.ssh_keys", "sensitive_path", "HIGH", 0.8, r"(?:~|\$HOME|/root|/home/\w+)/\.ssh/(?:id_\w+|authorized_keys)"),
    _r("path.cloud_credentials", "sensitive_path", "HIGH", 0.8, r"\.aws/credentials|\.config/gcloud|\.kube/config|\.docker/config\.json"),
    _r("path.env_file", "sensitive_path", "MEDIUM", 0.6, r"(?:^|[\s/'\"])\.env(?:\.local|\.production)?\b"),
    _r("path.proc_environ", "sensitive_path", "HIGH", 0.8, r"/proc/(?:self|\d+)/environ"),
    _r("c2.metadata_endpoint", "c2_exfiltration", "CRITICAL", 0.9, _METADATA),
    _r("c2.exfil_service", "c2_exfiltration", "HIGH", 0.7, r"\b(?:webhook\.site|requestbin|pipedream\.net|ngrok(?:-free)?\.(?:io|app)|interact\.sh|burpcollaborator|pastebin\.com|transfer\.sh)\b"),
    _r("c2.upload_file", "c2_exfiltration", "HIGH", 0.7, r"\bcurl\b[^\n]{0,100}(?:-d\s*@|--data-binary\s*@|-F\s*\S+=@|-T\s)"),
    _r("c2.exfiltrate_word", "c2_exfiltration", "MEDIUM", 0.6, r"\bexfiltrat(?:e|ion|ing)\b"),
    _r("jailbreak.dan", "jailbreak", "HIGH", 0.8, r"\b(?:do anything now|dan mode|you are dan|jailbreak(?:ed|ing)? mode|developer mode (?:enabled|output))\b"),
    _r("jailbreak.no_rules", "jailbreak", "HIGH", 0.7, r"\b(?:no|without any) (?:restrictions|rules|filters|ethical guidelines|limitations)\b"),
    _r("encoding.base64_blob", "encoding", "MEDIUM", 0.5, r"(?:[A-Za-z0-9+/]{4}){50,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"),
    _r("encoding.decode_and_run", "encoding", "CRITICAL", 0.8, r"\b(?:base64\s+-d|frombase64string|atob\()[^\n]{0,80}(?:\||exec|eval|sh\b|bash\b)"),
    _r("encoding.hex_blob", "encoding", "LOW", 0.4, r"(?:\\x[0-9a-f]{2}){16,}"),
    _r("pii.credit_card", "pii_financial", "HIGH", 0.7, r"\b(?:4\d{3}|5[1-5]\d{2}|3[47]\d{2}|6011)[ -]?\d{4}[ -]?\d{4}[ -]?\d{3,4}\b"),
    _r("pii.iban", "pii_financial", "MEDIUM", 0.6, r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),
    _r("pii.us_ssn", "pii_financial", "HIGH", 0.6, r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"),
    _r("stego.zero_width", "steganography", "MEDIUM", 0.7, r"[\u200b\u200c\u200d\u2060\ufeff]{3,}|(?:[^\u200b]*[\u200b\u200c\u200d\u2060]){8,}", raw=True),
    _r("stego.tag_characters", "steganography", "HIGH", 0.9, r"[\U000e0000-\U000e007f]+", raw=True),
    _r("stego.bidi_override", "steganography", "MEDIUM", 0.6, r"[\u202a-\u202e\u2066-\u2069]", raw=True),
)  # fmt: skip


def _luhn(digits: str) -> bool:
    numbers = [int(d) for d in digits if d.isdigit()]
    checksum = 0
    for index, digit in enumerate(reversed(numbers)):
        doubled = digit * 2 - 9 if digit > 4 else digit * 2
        checksum += doubled if index % 2 == 1 else digit
    return len(numbers) >= 13 and checksum % 10 == 0


_VALIDATORS: Final[dict[str, Callable[[str], bool]]] = {"pii.credit_card": _luhn}


def score_of(detections: tuple[Detection, ...]) -> int:
    total = sum(WEIGHTS[d.severity] * d.confidence * min(d.count, 5) for d in detections)
    return min(100, round(total))


def verdict_of(detections: tuple[Detection, ...], score: int, direction: Direction) -> Verdict:
    severities = {d.severity for d in detections}
    leaks = {d.severity for d in detections if d.category == "secret"}
    if "CRITICAL" in severities:
        return "BLOCK"
    if direction == "response" and "HIGH" in leaks:
        return "BLOCK"
    if direction == "response" and "MEDIUM" in leaks:
        return "REVIEW"
    if score >= 60:
        return "BLOCK"
    if "HIGH" in severities:
        return "REVIEW"
    if score >= 25:
        return "REVIEW"
    return "ALLOW"


def scan(text: str, direction: Direction = "prompt") -> ShieldResult:
    """Score ``text``; never raises for any input (callers fail closed if it
    does anyway)."""
    norm = normalize(text).text
    detections: list[Detection] = []
    for rule in RULES:
        target = text if rule.raw else norm
        matches = [m.group(0) for m in rule.pattern.finditer(target)]
        validate = _VALIDATORS.get(rule.key)
        if validate is not None:
            matches = [m for m in matches if validate(m)]
        if matches:
            detections.append(Detection(rule.key, rule.category, rule.severity, rule.confidence, len(matches)))
    lowered = re.sub(r"\s+", " ", norm.lower())
    by_category: dict[str, int] = {}
    for hit in phrases().find(lowered):
        by_category[hit.category] = by_category.get(hit.category, 0) + 1
    for category, count in sorted(by_category.items()):
        severity = (
            "HIGH"
            if category in {"instruction_override", "jailbreak", "exfiltration", "system_prompt_extraction"}
            else "MEDIUM"
        )
        detections.append(Detection(f"injection.{category}", "injection", severity, 0.8, count))
    leak_counts: dict[tuple[str, str], int] = {}
    for finding in scan_leaks(text):
        key = (finding.name, _LEAK_SEVERITY.get(finding.severity, "MEDIUM"))
        leak_counts[key] = leak_counts.get(key, 0) + 1
    for (name, severity), count in sorted(leak_counts.items()):
        detections.append(Detection(f"secret.{name}", "secret", severity, 0.9, count))
    if sum(1 for c in text if invisible(c)) > 20 and not any(d.category == "steganography" for d in detections):
        detections.append(Detection("stego.many_invisible", "steganography", "LOW", 0.5, 1))
    found = tuple(detections)
    score = score_of(found)
    return ShieldResult(verdict_of(found, score, direction), score, found)
