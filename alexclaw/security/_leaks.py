"""Leak detector: credentials in text that is about to leave, or to reach an
LLM. Patterns run on the normalised text (so a zero-width character or a
percent-escape inside a secret does not hide it); findings are reported at
positions in the original. A literal-prefix Aho-Corasick pass decides which
prefixed patterns need their regex at all; clean text costs one scan."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

import ahocorasick

from alexclaw.security._crypto import mask
from alexclaw.security._normalize import normalize

Action = Literal["block", "redact", "warn"]


@dataclass(frozen=True, slots=True)
class LeakPattern:
    name: str
    regex: re.Pattern[str]
    severity: str
    action: Action
    prefixes: tuple[str, ...] = ()  # lowercase literals one of which every match contains
    needs: bytes = b""  # or: a run every match contains, in the class map (see _classes)
    bounded: bool = False  # the match may not be glued to a longer token
    free_form: bool = False  # the value has no shape of its own (see _PLACEHOLDERS)


@dataclass(frozen=True, slots=True)
class LeakFinding:
    name: str
    severity: str
    action: Action
    start: int
    end: int
    preview: str
    note: str = ""  # e.g. EXAMPLE_NOTE: still a finding, still redacted


def _p(
    name: str, pattern: str, severity: str, action: Action, *prefixes: str, needs: bytes = b"", free_form: bool = False
) -> LeakPattern:
    bounded = pattern.startswith(_B)
    if bounded:  # checked in code: a leading look-behind would defeat re's literal-prefix search
        pattern = pattern[len(_B) :]
    lowered = tuple(p.lower() for p in prefixes)
    return LeakPattern(name, re.compile(pattern), severity, action, lowered, needs, bounded, free_form)


_B = "<B>"  # marks a pattern whose match may not be glued to a longer token
_E = r"(?![A-Za-z0-9_\-])"
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

PATTERNS: Final[tuple[LeakPattern, ...]] = (
    _p("anthropic_api_key", _B + r"sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{80,120}" + _E, "CRITICAL", "block", "sk-ant-"),
    _p("openai_api_key", _B + r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}T3BlbkFJ[A-Za-z0-9_\-]{20,}" + _E,
       "CRITICAL", "block", "t3blbkfj"),
    _p("openai_project_key", _B + r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,}" + _E, "CRITICAL", "block", "sk-"),
    _p("aws_access_key_id", _B + r"(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}" + _E, "HIGH", "block", "akia", "asia", "abia", "acca"),
    _p("aws_secret_access_key",
       r"(?i)aws_?secret_?access_?key[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])",
       "CRITICAL", "block", "secret_access_key", "secretaccesskey", "secret_accesskey", "secretaccess_key"),
    _p("github_token", _B + r"gh[pousr]_[A-Za-z0-9]{36,255}" + _E, "CRITICAL", "block", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    _p("github_fine_grained_token", _B + r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + _E, "CRITICAL", "block", "github_pat_"),
    _p("gitlab_token", _B + r"glpat-[A-Za-z0-9_\-]{20,}" + _E, "CRITICAL", "block", "glpat-"),
    _p("slack_token", _B + r"xox[abposr]-[0-9]{6,}-[A-Za-z0-9\-]{10,}" + _E, "CRITICAL", "block", "xoxa-", "xoxb-", "xoxp-",
       "xoxo-", "xoxs-", "xoxr-"),
    _p("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}", "HIGH", "block",
       "hooks.slack.com"),
    _p("stripe_key", _B + r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}" + _E, "CRITICAL", "block", "sk_live_", "sk_test_",
       "rk_live_", "rk_test_"),
    _p("google_api_key", _B + r"AIza[0-9A-Za-z_\-]{35}" + _E, "HIGH", "block", "aiza"),
    _p("twilio_api_key", _B + r"SK[0-9a-f]{32}" + _E, "HIGH", "block", needs=b"h" * 32),
    _p("sendgrid_api_key", _B + r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}" + _E, "CRITICAL", "block", "sg."),
    # In a Bot API URL the token follows "/bot" (…/bot<token>/getUpdates): the match takes the "bot" so
    # it is not glued to a longer token, and only the token itself is reported and redacted.
    _p("telegram_bot_token", _B + r"(?:bot)?(\d{8,10}:AA[A-Za-z0-9_\-]{33})" + _E, "CRITICAL", "block", ":aa"),
    _p("discord_bot_token", _B + r"[MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}" + _E,
       "CRITICAL", "block", needs=b"t" * 24 + b"."),
    _p("discord_webhook", r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{15,20}/[A-Za-z0-9_\-]{60,70}",
       "HIGH", "block", "/api/webhooks/"),
    _p("npm_token", _B + r"npm_[A-Za-z0-9]{36}" + _E, "CRITICAL", "block", "npm_"),
    _p("pypi_token", _B + r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}" + _E, "CRITICAL", "block", "pypi-ageicHlwas5vcmc"),
    _p("jwt", _B + r"eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}" + _E, "HIGH", "redact", "eyj"),
    _p("bearer_token", r"(?i)\b(?:authorization\s*:\s*)?bearer\s+([A-Za-z0-9_\-\.=~+/]{20,})", "HIGH", "redact", "bearer",
       free_form=True),
    _p("basic_auth_header", r"(?i)\bauthorization\s*:\s*basic\s+([A-Za-z0-9+/=]{12,})", "HIGH", "redact", "basic",
       free_form=True),
    _p("private_key_block",
       r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----",
       "CRITICAL", "block", "private key"),
    _p("database_url_with_password",
       r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?)://[^\s:/@]+:([^\s@/]{3,})@[^\s]+",
       "HIGH", "redact", "://", free_form=True),
    _p("hex_secret_64", _B + r"[0-9a-fA-F]{64}" + _E, "MEDIUM", "warn", needs=b"h" * 64, free_form=True),
)  # fmt: skip

# A free-form value (a bearer token, a URL's password) that reads like a
# template is documentation, not a credential. A value with a provider's
# shape is a finding whatever it says: a real key may contain "example",
# and a published example key is still a key that scanners, providers and
# reviewers flag, so it is reported and redacted like any other.
_PLACEHOLDERS = re.compile(r"(?i)(your|example|sample|dummy|placeholder|xxxx|changeme|redacted|<|\{\{)")

EXAMPLE_NOTE: Final = "documented example key"
# Keys the providers publish in their documentation (AWS marks all of its
# examples with EXAMPLE; see _documented_example): labelled, never skipped.
DOCUMENTED_EXAMPLES: Final = frozenset(
    {
        "AKIAIOSFODNN7EXAMPLE",  # AWS access key id
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",  # AWS secret access key
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",  # Stripe's API reference
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",  # Stripe's older docs
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",  # jwt.io's sample token
    }
)


def _documented_example(value: str) -> bool:
    return value in DOCUMENTED_EXAMPLES or "EXAMPLE" in value


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for index, pattern in enumerate(PATTERNS):
        for prefix in pattern.prefixes:
            found = automaton.get(prefix, ())
            automaton.add_word(prefix, (*found, index))
    automaton.make_automaton()
    return automaton


_AUTOMATON: Final = _automaton()
_BY_RUN: Final = tuple(i for i, p in enumerate(PATTERNS) if p.needs)

# Character classes for the run prefilter: hex digits → "h", other token
# characters → "t", "." stays, everything else → " ". bytes.translate and
# bytes.find are C loops: a run check costs a few ms per MB.
_HEX = b"0123456789abcdefABCDEF"
_CLASS_TABLE: Final = bytes(
    ord("h") if c in _HEX else ord("t") if chr(c) in _TOKEN_CHARS else ord(".") if c == ord(".") else ord(" ")
    for c in range(256)
)


def preview(secret: str) -> str:
    """How a finding's value is shown: the one ``mask`` of every secret."""
    return mask(secret)


def _candidates(text: str) -> set[int]:
    hits: set[int] = set()
    for _end, indexes in _AUTOMATON.iter(text.lower()):
        hits.update(indexes)
    classes = text.encode("ascii", "replace").translate(_CLASS_TABLE)
    token_classes = classes.replace(b"h", b"t")
    for index in _BY_RUN:
        needs = PATTERNS[index].needs
        if (token_classes if b"t" in needs else classes).find(needs) >= 0:
            hits.add(index)
    return hits


def _glued(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] in _TOKEN_CHARS) or (end < len(text) and text[end] in _TOKEN_CHARS)


def scan_leaks(text: str) -> list[LeakFinding]:
    """Every credential-looking span, in original positions, sorted."""
    norm = normalize(text)
    findings: list[LeakFinding] = []
    for index in sorted(_candidates(norm.text)):
        pattern = PATTERNS[index]
        for match in pattern.regex.finditer(norm.text):
            group = 1 if match.re.groups else 0
            if pattern.bounded and _glued(norm.text, match.start(), match.end()):
                continue
            start, end = match.span(group)
            value = match.group(group)
            if pattern.free_form and _PLACEHOLDERS.search(value):
                continue
            if pattern.name == "hex_secret_64" and len(set(value.lower())) < 10:
                continue  # 0000… or a repeated pattern, not a key
            o_start, o_end = norm.span(start, end, len(text))
            note = EXAMPLE_NOTE if _documented_example(value) else ""
            findings.append(
                LeakFinding(pattern.name, pattern.severity, pattern.action, o_start, o_end, preview(value), note)
            )
    findings.sort(key=lambda f: (f.start, -f.end))
    return _dedupe(findings)


def _dedupe(findings: list[LeakFinding]) -> list[LeakFinding]:
    """One finding per span: a span inside a stronger finding is dropped."""
    kept: list[LeakFinding] = []
    for finding in findings:
        if any(k.start <= finding.start and finding.end <= k.end for k in kept):
            continue
        kept.append(finding)
    return kept


def redact(text: str, findings: list[LeakFinding]) -> str:
    """Replace every finding that is not only a warning; overlapping or
    touching ranges are merged first."""
    ranges = sorted((f.start, f.end, f.name) for f in findings if f.action != "warn")
    merged: list[tuple[int, int, str]] = []
    for start, end, name in ranges:
        if merged and start <= merged[-1][1]:
            first, last, first_name = merged[-1]
            merged[-1] = (first, max(last, end), first_name)
        else:
            merged.append((start, end, name))
    out: list[str] = []
    cursor = 0
    for start, end, name in merged:
        out.append(text[cursor:start])
        out.append(f"[REDACTED:{name}]")
        cursor = end
    out.append(text[cursor:])
    return "".join(out)
