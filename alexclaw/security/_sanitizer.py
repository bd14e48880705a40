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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from alexclaw.security._css import hiding_reason, hiding_rules
from alexclaw.security._normalize import INVISIBLE_RE, FoldMap, fold_separators, normalize
from alexclaw.security._phrases import phrases
from alexclaw.security._tone import imperative_offsets

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


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation shaped as a trie ("d(?:d|iv|l|t)"): ``re`` tries
    alternatives one by one, so sharing prefixes saves most of the tries."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[:1], []).append(word[1:])
    alternatives = []
    for head, tails in sorted(branches.items()):
        if head == "":
            continue
        rest = [tail for tail in tails if tail]
        if not rest:
            alternatives.append(re.escape(head))
            continue
        inner = _trie_pattern(rest)
        alternatives.append(re.escape(head) + (f"(?:{inner})?" if "" in tails else inner))
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


# A line break goes before every block tag, opening or closing (else
# "<h2>Title</h2>Body" reads "TitleBody", and a phrase split across the two
# blocks is glued into a word). The pattern starts with a literal "<", then a
# class of the names' first letters, so ``re`` drops most tags ("<a",
# "<span") after two or three characters; a lookahead (insert before the
# "<", replace nothing) is twice as fast as capturing the name and writing
# it back.
_FIRST_LETTERS: Final = "".join(sorted({t[0] for t in _BLOCK_TAGS} | {t[0].upper() for t in _BLOCK_TAGS}))
_BLOCK_EDGE: Final = re.compile(rf"<(?=[/{_FIRST_LETTERS}])(?=/?(?i:{_trie_pattern(_BLOCK_TAGS)})[\s/>])")
_LOOKS_HTML: Final = re.compile(r"<(?:!--|[a-zA-Z][a-zA-Z0-9-]*[\s/>])")


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


def _remove_hidden_html(scope: LexborNode, findings: list[Finding], *, comments: bool = True) -> None:
    for node in scope.css(_HIDDEN_HTML):  # one traversal for every kind
        findings.append(
            Finding("hidden_html", f"removed <{node.tag}>: {_hidden_html_reason(node.tag or '', node.attributes)}")
        )
        node.decompose()
    if not comments:  # no "<!--" in the source: skip the walk over every node
        return
    for node in [n for n in scope.traverse(include_text=True) if n.tag == "-comment"]:
        findings.append(Finding("hidden_html", "removed an HTML comment"))
        node.decompose()


def _remove_hidden_css(tree: LexborHTMLParser, scope: LexborNode, findings: list[Finding]) -> None:
    for style in tree.css("style"):  # a sheet in <head> hides elements of <body>
        for selector, why in hiding_rules(style.text(deep=True)):
            try:
                matched = scope.css(selector)
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
    for node in scope.css("[style]"):
        inline = hiding_reason(node.attributes.get("style") or "")
        if inline:
            why = inline
            findings.append(Finding("hidden_css", f"removed <{node.tag}> with inline {why}"))
            node.decompose()


def collapse_spaces(line: str) -> str:
    """``" ".join(line.split())``, without the split when there is nothing
    to collapse: single ASCII spaces between printable characters (most
    lines of prose) only need their ends trimmed."""
    trimmed = line.strip()
    if "  " in trimmed or not trimmed.isprintable():  # every other white space is unprintable
        return " ".join(trimmed.split())
    return trimmed


def _lines(text: str, chunk: int) -> Iterator[str]:
    """``text.splitlines()``, a chunk at a time: the size guard stops the
    reader after the first few kilobytes of a page of hundreds."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + chunk)
        if end < 0:
            end = len(text)
        yield from text[start:end].splitlines()
        start = end + 1


def _html_to_text(tree: LexborHTMLParser, findings: list[Finding], max_bytes: int) -> str:
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
    # Line by line, invisible characters go (layer 3), runs of white space
    # become one space, lines are trimmed and empty ones dropped: str.split
    # per line is ~7 x faster than a regex over the page, which would stop at
    # every single space between words. The size guard (layer 5) stops the
    # walk: lines past it would only be cut.
    lines: list[str] = []
    size = invisible = 0
    for raw in _lines(text, chunk=2 * max_bytes):
        visible = raw
        if not raw.isascii():
            visible, removed = INVISIBLE_RE.subn("", raw)
            invisible += removed
        line = collapse_spaces(visible)
        if line:
            lines.append(line)
            size += len(line) + 1
            if size > max_bytes:  # characters: at least as many bytes
                break
    if invisible:
        findings.append(Finding("invisible", f"stripped {invisible} invisible characters"))
    return _truncate("\n".join(lines), max_bytes, findings, of=f"{len(text)} characters extracted")


def _strip_invisible(text: str, findings: list[Finding]) -> str:
    if text.isascii():
        return text
    kept, removed = INVISIBLE_RE.subn("", text)
    if removed:
        findings.append(Finding("invisible", f"stripped {removed} invisible characters"))
    return kept


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _replace_surrogates(text: str, findings: list[Finding]) -> str:
    """A lone surrogate is not text (a JSON API's ``"\\ud800"`` becomes one):
    U+FFFD in its place, so nothing after this has to encode it."""
    replaced, count = _SURROGATE.subn("\ufffd", text)
    if count:
        findings.append(Finding("encoding", f"replaced {count} lone surrogate(s)"))
    return replaced


def _truncate(text: str, max_bytes: int, findings: list[Finding], *, of: str = "") -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    findings.append(Finding("size", f"truncated to {max_bytes} bytes (of {of or f'{len(encoded)} bytes'})"))
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


_SPACES: Final = re.compile(r"\t[ \t]*| [ \t]+")  # only runs that change: single spaces are left alone
# A sentence ends at . ! or ? followed by white space (so "example.com" or
# "3.5" do not end one), or at a line break.
_BOUNDARY: Final = re.compile(r"[.!?]+(?=\s)|\n")


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

    _, keywords = phrases().scan(lowered)  # the tone heuristic reads the text as it is written
    folded = fold_separators(lowered)  # phrases are found whatever glues their words (NUL, _, -, ., |, …)
    found = phrases().find(folded)
    if found:
        back = FoldMap(lowered)
        for hit in found:
            detail = f"removed a sentence with an injection phrase ({hit.category}: {hit.phrase!r})"
            hits.append((at(back.original(hit.start)), Finding("injection", detail)))
    hits.extend((at(offset), _IMPERATIVE) for offset in imperative_offsets(lowered, keywords))
    if skills:
        named = re.compile(r"(?<![a-z0-9_])(" + "|".join(map(re.escape, skills)) + r")(?![a-z0-9_])")
        for match in named.finditer(lowered):
            detail = f"removed a sentence that names the skill {match.group(1)!r}"
            hits.append((at(match.start()), Finding("skill_mention", detail)))
    return hits


_IMPERATIVE: Final = Finding("imperative", "removed a sentence that gives orders to the reader or the AI")


def _filter_sentences(text: str, skills: tuple[str, ...], findings: list[Finding]) -> str:
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
    text = _replace_surrogates(content.replace("\x00", " "), findings)  # a NUL between words is a separator
    if _LOOKS_HTML.search(text):
        tree = LexborHTMLParser(_BLOCK_EDGE.sub("\n<", text))
        # Only the body is read: <head> is dropped whole (layer 4), so its
        # <meta charset> is no finding and its nodes cost no selector tests.
        scope = tree.body or tree.root
        if scope is not None:
            _remove_hidden_html(scope, findings, comments="<!--" in text)
            _remove_hidden_css(tree, scope, findings)
        text = _html_to_text(tree, findings, max_bytes)  # layers 3 and 5 on the way
    else:
        text = _strip_invisible(text, findings)
        text = _truncate(text, max_bytes, findings)
        text = _SPACES.sub(" ", text)  # "ignore   previous" is the same phrase
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
