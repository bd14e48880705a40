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
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from alexclaw.security._css import hiding_reason, hiding_rules
from alexclaw.security._normalize import invisible, normalize
from alexclaw.security._phrases import PhraseSet, phrases

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
_LOOKS_HTML: Final = re.compile(r"<(?:!--|[a-zA-Z][a-zA-Z0-9-]*[\s/>])")
_SENTENCES: Final = re.compile(r"(?<=[.!?])\s+|\n+")

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
_STARTS_WITH_VERB: Final = re.compile(r"^\W*(?:please\s+)?(?:" + "|".join(_AGENT_VERBS) + r")\b")


@dataclass(frozen=True, slots=True)
class Finding:
    layer: str
    detail: str


@dataclass(frozen=True, slots=True)
class Sanitized:
    text: str
    findings: tuple[Finding, ...]


def _remove_hidden_html(tree: LexborHTMLParser, findings: list[Finding]) -> None:
    selectors = {
        "noscript": "noscript",
        "template": "template",
        "[hidden]": "hidden attribute",
        '[aria-hidden="true"]': 'aria-hidden="true"',
        "meta": "meta tag",
        'input[type="hidden"]': "hidden input",
    }
    for selector, why in selectors.items():
        for node in tree.css(selector):
            findings.append(Finding("hidden_html", f"removed <{node.tag}>: {why}"))
            node.decompose()
    comments = [n for n in tree.root.traverse(include_text=True) if n.tag == "-comment"] if tree.root else []
    for node in comments:
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
            for node in matched:
                detail = f"removed <{node.tag}> hidden by stylesheet rule {selector[:80]}: {why}"
                findings.append(Finding("hidden_css", detail))
                node.decompose()
    for node in tree.css("[style]"):
        inline = hiding_reason(node.attributes.get("style") or "")
        if inline:
            why = inline
            findings.append(Finding("hidden_css", f"removed <{node.tag}> with inline {why}"))
            node.decompose()


def _html_to_text(tree: LexborHTMLParser, findings: list[Finding]) -> str:
    dropped = 0
    for tag in _DROPPED_TAGS:
        for node in tree.css(tag):
            if tag != "head" or node.child is not None:  # the parser adds an empty <head> itself
                dropped += 1
            node.decompose()
    if dropped:
        findings.append(Finding("html_to_text", f"dropped {dropped} script/style/head/embedded elements"))
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    for node in root.traverse(include_text=True):
        if node.tag == "-text":
            parts.append(node.text_content or "")
        elif node.tag in _BLOCK_TAGS:
            parts.append("\n")
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()


def _strip_invisible(text: str, findings: list[Finding]) -> str:
    kept = "".join(c for c in text if not invisible(c))
    removed = len(text) - len(kept)
    if removed:
        findings.append(Finding("invisible", f"stripped {removed} invisible characters"))
    return kept


def _truncate(text: str, max_bytes: int, findings: list[Finding]) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    findings.append(Finding("size", f"truncated from {len(encoded)} to {max_bytes} bytes"))
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def _sentence_verdict(sentence: str, phrase_set: PhraseSet, skills: tuple[str, ...]) -> Finding | None:
    lowered = normalize(sentence).text.lower()
    lowered = re.sub(r"\s+", " ", lowered)
    hits = phrase_set.find(lowered)
    if hits:
        hit = hits[0]
        return Finding("injection", f"removed a sentence with an injection phrase ({hit.category}: {hit.phrase!r})")
    if _SECOND_PERSON.search(lowered) or _ABOUT_THE_AGENT.search(lowered) or _STARTS_WITH_VERB.search(lowered):
        return Finding("imperative", "removed a sentence that gives orders to the reader or the AI")
    for skill in skills:
        if re.search(rf"(?<![a-z0-9_]){re.escape(skill)}(?![a-z0-9_])", lowered):
            return Finding("skill_mention", f"removed a sentence that names the skill {skill!r}")
    return None


def _filter_sentences(text: str, skills: tuple[str, ...], findings: list[Finding]) -> str:
    phrase_set = phrases()
    lines_out: list[str] = []
    for line in text.split("\n"):
        kept: list[str] = []
        for sentence in _SENTENCES.split(line):
            if not sentence.strip():
                continue
            finding = _sentence_verdict(sentence, phrase_set, skills)
            if finding is None:
                kept.append(sentence)
            else:
                findings.append(finding)
        if kept:
            lines_out.append(" ".join(kept))
    return "\n".join(lines_out)


def sanitize(content: str, *, max_bytes: int = DEFAULT_MAX_BYTES, skills: Iterable[str] = ()) -> Sanitized:
    """Clean external content before any LLM sees it. Never raises on odd
    input: what cannot be parsed as HTML is treated as text."""
    findings: list[Finding] = []
    text = content.replace("\x00", "")
    if _LOOKS_HTML.search(text):
        tree = LexborHTMLParser(text)
        _remove_hidden_html(tree, findings)
        _remove_hidden_css(tree, findings)
        text = _html_to_text(tree, findings)
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
