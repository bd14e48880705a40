"""The sanitizer for external content (the seven layers of the seeds).

1. hidden HTML — noscript, template, ``hidden``, ``aria-hidden="true"``,
   comments, meta, hidden inputs;
2. hidden CSS — inline styles *and* ``<style>`` rules that hide (see _css);
3. invisible characters — zero-width, bidi, tags, variation selectors;
4. HTML → text — script/style/head/svg/iframe/object dropped, blocks kept
   as lines;
5. size guard — 10 KB after extraction by default;
6. injection phrases — the phrase list, matched after normalisation;
7. imperative tone — sentences that order "you" or "the AI/model/assistant/
   system" around, or open with an agent-directed verb; plus sentences that
   name a registered skill.

Removal is sentence-level; ordinary directive prose ("Experts recommend
staying informed") stays. Every removal is a finding with its layer and a
reason (never the removed text: findings are logged).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from alexclaw.security._css import hiding_reason, hiding_rules
from alexclaw.security._normalize import INVISIBLE_RE, normalize
from alexclaw.security._phrases import phrases

log = logging.getLogger("alexclaw.security.sanitizer")

DEFAULT_MAX_BYTES: Final = 10_240
_DROPPED_TAGS: Final = ("script", "style", "head", "svg", "iframe", "object", "embed", "canvas", "noscript", "template")
_BLOCK_TAGS: Final = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Starts with a literal "<", so re scans for it in C before trying the names.
# A lookahead (insert before the "<", replace nothing) is twice as fast as
# capturing the tag name and writing it back.
_BLOCK_OPEN: Final = re.compile(r"<(?=(?i:" + "|".join(sorted(_BLOCK_TAGS, key=len, reverse=True)) + r")[\s/>])")
_LOOKS_HTML: Final = re.compile(r"<(?:!--|[a-zA-Z][a-zA-Z0-9-]*[\s/>])")

_AGENT_VERBS: Final = [
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
]
_SECOND_PERSON: Final = re.compile(
    r"\byou\s+(?:must|should|will|shall|have to|need to|are (?:now|required|instructed|going to)|can now)\b"
    r"|\byour\s+(?:new\s+)?(?:instructions|task|goal|job|orders|role|purpose)\b",
)
_ABOUT_THE_AGENT: Final = re.compile(
    r"\b(?:the|this|an?)\s+(?:ai|model|assistant|system|llm|agent|chatbot|bot)\s+"
    r"(?:must|should|will|shall|has to|needs to|is (?:required|instructed) to)\b"
)


@dataclass(frozen=True, slots=True)
class Finding:
    layer: str
    detail: str


@dataclass(frozen=True, slots=True)
class Sanitized:
    text: str
    findings: tuple[Finding, ...]


_HIDDEN_HTML: Final = 'noscript,template,[hidden],[aria-hidden="true"],meta,input[type="hidden"]'


def _hidden_html_reason(tag: str, attributes: dict[str, str | None]) -> str:
    if tag in {"noscript", "template", "meta"}:
        return f"{tag} element"
    if tag == "input" and (attributes.get("type") or "").lower() == "hidden":
        return "hidden input"
    if "hidden" in attributes:
        return "hidden attribute"
    return 'aria-hidden="true"'


def _remove_hidden_html(tree: LexborHTMLParser, findings: list[Finding], *, comments: bool = True) -> None:
    for node in tree.css(_HIDDEN_HTML):  # one traversal for every kind
        findings.append(
            Finding("hidden_html", f"removed <{node.tag}>: {_hidden_html_reason(node.tag or '', node.attributes)}")
        )
        node.decompose()
    if not comments or tree.root is None:  # no "<!--" in the source: skip the walk over every node
        return
    for node in [n for n in tree.root.traverse(include_text=True) if n.tag == "-comment"]:
        findings.append(Finding("hidden_html", "removed an HTML comment"))
        node.decompose()


def _remove_hidden_css(tree: LexborHTMLParser, findings: list[Finding]) -> None:
    for style in tree.css("style"):
        for selector, why in hiding_rules(style.text(deep=True)):
            try:
                matched = tree.css(selector)
            except Exception as exc:  # a selector selectolax does not support: that rule cannot apply
                log.debug("stylesheet selector %r skipped: %s", selector[:80], exc)
                continue
            if not matched:
                continue
            # One finding per rule, not per element: a page hiding 700 ads
            # is one fact for the forensics log, not 700 lines.
            tags = sorted({node.tag or "?" for node in matched})
            for node in matched:
                node.decompose()
            count = f"{len(matched)} elements" if len(matched) > 1 else "an element"
            detail = f"removed {count} (<{'>, <'.join(tags)}>) hidden by stylesheet rule {selector[:80]}: {why}"
            findings.append(Finding("hidden_css", detail))
    for node in tree.css("[style]"):
        inline = hiding_reason(node.attributes.get("style") or "")
        if inline:
            why = inline
            findings.append(Finding("hidden_css", f"removed <{node.tag}> with inline {why}"))
            node.decompose()


def _html_to_text(tree: LexborHTMLParser, findings: list[Finding], budget: int) -> str:
    dropped = 0
    for node in tree.css(",".join(_DROPPED_TAGS)):  # one traversal
        if node.tag != "head" or node.child is not None:  # the parser adds an empty <head> itself
            dropped += 1
        node.decompose()
    if dropped:
        findings.append(Finding("html_to_text", f"dropped {dropped} script/style/head/embedded elements"))
    root = tree.body or tree.root
    if root is None:
        return ""
    # Block tags were preceded by a line break in the raw HTML (see
    # sanitize), so one C-side extraction keeps blocks as lines while inline
    # elements (a, b, span) stay inside their sentence.
    text = root.text(separator="")
    # Runs of white space become one space, lines are trimmed and empty ones
    # dropped: str.split per line is ~7 x faster than a regex over the page,
    # which would stop at every single space between words. Lines past the
    # budget (a few times the size guard) would be cut by it anyway.
    lines: list[str] = []
    size = 0
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line:
            lines.append(line)
            size += len(line) + 1
            if size > budget:
                findings.append(Finding("size", f"extracted text cut after {budget} characters (of {len(text)})"))
                break
    return "\n".join(lines)


def _strip_invisible(text: str, findings: list[Finding]) -> str:
    if text.isascii():
        return text
    kept, removed = INVISIBLE_RE.subn("", text)
    if removed:
        findings.append(Finding("invisible", f"stripped {removed} invisible characters"))
    return kept


def _truncate(text: str, max_bytes: int, findings: list[Finding]) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    findings.append(Finding("size", f"truncated from {len(encoded)} to {max_bytes} bytes"))
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


_SPACES: Final = re.compile(r"\t[ \t]*| [ \t]+")  # only runs that change: single spaces are left alone
# A sentence ends at . ! or ? followed by white space (so "example.com" or
# "3.5" do not end one), or at a line break.
_BOUNDARY: Final = re.compile(r"[.!?]+(?=\s)|\n")
# The first word of a sentence (past white space, quotes, brackets and list
# marks) is an order.
_ORDER: Final = re.compile(r"[\s\"'(\[*#>-]*(?:please\s+)?(?:" + "|".join(_AGENT_VERBS) + r")\b")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if end - start > 1 or not text[start].isspace():
            spans.append((start, end))
        start = end
    if start < len(text) and not text[start:].isspace():
        spans.append((start, len(text)))
    return spans


def _hits(text: str, skills: tuple[str, ...]) -> list[tuple[int, Finding]]:
    """Every reason to remove a sentence, as (offset in ``text``, finding).
    Each check runs once over the whole text (normalised, lowercased); the
    sentences are only cut out when something was found — most pages have
    nothing to remove, and then no sentence is ever delimited."""
    norm = normalize(text)
    lowered = norm.text.lower()
    hits: list[tuple[int, Finding]] = []

    def at(norm_index: int) -> int:
        return norm.span(norm_index, norm_index + 1, len(text))[0]

    for hit in phrases().find(lowered):
        detail = f"removed a sentence with an injection phrase ({hit.category}: {hit.phrase!r})"
        hits.append((at(hit.start), Finding("injection", detail)))
    for pattern in _tone_patterns(lowered):
        hits.extend((at(match.start()), _IMPERATIVE) for match in pattern.finditer(lowered))
    # A sentence that starts with an order ("Ignore…", "Please send…"): the
    # few sentence starts are found first, then each is tested where it is.
    starts = [0, *(boundary.end() for boundary in _BOUNDARY.finditer(lowered))]
    for start in starts:
        match = _ORDER.match(lowered, start)
        if match:
            hits.append((at(match.end() - 1), _IMPERATIVE))
    if skills:
        named = re.compile(r"(?<![a-z0-9_])(" + "|".join(map(re.escape, skills)) + r")(?![a-z0-9_])")
        for match in named.finditer(lowered):
            detail = f"removed a sentence that names the skill {match.group(1)!r}"
            hits.append((at(match.start()), Finding("skill_mention", detail)))
    return hits


_MODALS: Final = ("must", "should", "will", "shall", "has to", "needs to", "is required", "is instructed")


def _tone_patterns(lowered: str) -> list[re.Pattern[str]]:
    """The tone regexes that can match at all: a substring test in C is far
    cheaper than a regex that stops at every "the" and "a" of a page."""
    patterns = []
    if "you" in lowered:
        patterns.append(_SECOND_PERSON)
    if any(m in lowered for m in _MODALS):
        patterns.append(_ABOUT_THE_AGENT)
    return patterns


_IMPERATIVE: Final = Finding("imperative", "removed a sentence that gives orders to the reader or the AI")


def _filter_sentences(text: str, skills: tuple[str, ...], findings: list[Finding]) -> str:
    text = _SPACES.sub(" ", text)  # "ignore   previous" is the same phrase
    hits = _hits(text, skills)
    if not hits:
        return text.strip()
    spans = _sentence_spans(text)
    if not spans:
        return text.strip()
    starts = [start for start, _ in spans]
    flagged: dict[int, Finding] = {}
    for offset, reason in hits:  # in check order: the first reason found names the removal
        flagged.setdefault(starts[max(bisect_right(starts, offset) - 1, 0)], reason)
    out: list[str] = []
    for start, end in spans:
        finding = flagged.get(start)
        if finding is None:
            out.append(text[start:end])
        else:
            findings.append(finding)
    kept = "".join(out)
    return re.sub(r" *\n *", "\n", re.sub(r" {2,}", " ", kept)).strip()


def sanitize(content: str, *, max_bytes: int = DEFAULT_MAX_BYTES, skills: Iterable[str] = ()) -> Sanitized:
    """Clean external content before any LLM sees it. Never raises on odd
    input: what cannot be parsed as HTML is treated as text."""
    findings: list[Finding] = []
    text = content.replace("\x00", "")
    if _LOOKS_HTML.search(text):
        tree = LexborHTMLParser(_BLOCK_OPEN.sub("\n<", text))
        _remove_hidden_html(tree, findings, comments="<!--" in text)
        _remove_hidden_css(tree, findings)
        text = _html_to_text(tree, findings, budget=4 * max_bytes)
    text = _strip_invisible(text, findings)
    text = _truncate(text, max_bytes, findings)
    text = _filter_sentences(text, tuple(s.lower() for s in skills if s), findings)
    if findings:
        log.info("sanitized external content", extra={"findings": [f"{f.layer}: {f.detail}" for f in findings]})
    return Sanitized(text, tuple(findings))


OPEN: Final = "<<<UNTRUSTED_CONTENT"
CLOSE: Final = "<<<END_UNTRUSTED_CONTENT>>>"


def wrap_untrusted(text: str, source: str) -> str:
    """Delimit untrusted content for an LLM prompt; a fake delimiter inside
    the content is neutralised so it cannot close the block early."""
    safe = re.sub(r"<<<\s*(END_)?UNTRUSTED_CONTENT", lambda m: "«" + m.group(0)[3:], text, flags=re.I)
    label = re.sub(r"[^A-Za-z0-9_.:/-]", "_", source)[:100]
    return f"{OPEN} source={label}>>>\n{safe}\n{CLOSE}"
