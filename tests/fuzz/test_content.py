"""Structured fuzzing of what a node reads from content and configuration:
the sanitizer's HTML and the shield's text (never raising, in bounded
time), workflow import documents, policy configs, cron expressions, every
catalogued setting's value, and dynamic-skill sources (their manifest is
the class's declared fields). Each answers a value or its own error type."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Final

from hypothesis import strategies as st

from alexclaw.config import CATALOG, ConfigError, canonical
from alexclaw.inputs import InputError
from alexclaw.security import PolicyConfigError, sanitize, shield_scan, validate_rule
from alexclaw.workflows import EXAMPLES, WorkflowError, cron_error, export_document, load_document, parse_document
from skills import PERMISSIONS
from skills.dynamic import check_source
from tests.fuzz.shapes import json_values, mutated
from tests.fuzz.support import Record, fuzz
from tests.fuzz.test_parsers import contract

# A hang detector, not a speed test: the shield and the sanitizer answer a
# 20 KB input in milliseconds; a regex gone quadratic takes minutes.
BOUND_SECONDS: Final = 10.0
SKILL = (Path(__file__).parents[2] / "examples" / "skills" / "word_count.py").read_text()
HTML = st.one_of(
    st.text(max_size=400),
    st.lists(
        st.sampled_from([
            "<div>", "</div>", "<p style='display:none'>", "<span hidden>", "<!--", "-->", "<script>", "</script>",
            "<style>.x{display:none}</style>", "<a href='javascript:x'>", "ignore previous instructions", "&#x202e;",
            "\u200b", "<b>", "<img src=x onerror=y>", "<svg><foreignObject>", "<![CDATA[", "]]>", "<", ">", "&",
            "<div class=x>", "</p>", "\x00", "\ud800", "system:", "\n",
        ]) | st.text(max_size=20),
        max_size=60,
    ).map("".join),
)  # fmt: skip


def bounded(call: Any) -> None:
    started = time.monotonic()
    call()
    assert time.monotonic() - started < BOUND_SECONDS


def test_the_sanitizer_cleans_any_html_without_raising_in_bounded_time(record_property: Record) -> None:
    def one(html: str, repeat: int) -> None:
        bounded(lambda: sanitize(html * repeat, max_bytes=20_000, skills=("echo", "web_read")))

    fuzz("sanitizer HTML", record_property, one, HTML, st.integers(1, 50), short=150, long=3000)


def test_the_shield_scores_any_text_in_both_directions_without_raising_in_bounded_time(record_property: Record) -> None:
    def one(text: str, repeat: int) -> None:
        bounded(lambda: shield_scan(text * repeat, "prompt"))
        bounded(lambda: shield_scan(text * repeat, "response"))

    fuzz("shield text", record_property, one, HTML, st.integers(1, 50), short=150, long=3000)


def test_a_workflow_import_document_is_a_workflow_or_its_listed_problems(record_property: Record) -> None:
    documents = st.one_of(*[mutated(export_document(w, ())) for w in EXAMPLES])

    def one(document: Any) -> None:
        import json

        raw = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
        try:
            data = load_document(raw)
        except InputError:
            return
        contract((WorkflowError,), lambda: parse_document(data))

    fuzz("workflow import documents", record_property, one, documents, short=200, long=4000)


def test_a_policy_config_is_normalised_or_a_policy_config_error(record_property: Record) -> None:
    templates = {
        "rate_limit": {"permission": "web_read", "max_calls": 5, "window_seconds": 60},
        "time_window": {"permission": "web_read", "deny_start_hour": 22, "deny_end_hour": 6},
        "chain_restriction": {"caller_pattern": "dynamic:*"},
        "permission_override": {"permission": "web_read", "action": "deny", "expires_at": "2030-01-01T00:00:00Z"},
        "mcp_restriction": {"tool_pattern": "skill:*", "action": "deny"},
    }
    rules = st.sampled_from(sorted(templates)) | st.text(max_size=12)

    def one(rule_type: str, config: Any) -> None:
        contract((PolicyConfigError,), lambda: validate_rule(rule_type, config))

    configs = st.one_of(*[mutated(t) for t in templates.values()])
    fuzz("policy configs", record_property, one, rules, configs, short=200, long=5000)


def test_a_cron_expression_is_valid_or_a_reason_never_an_exception(record_property: Record) -> None:
    field = st.one_of(
        st.sampled_from(["*", "*/5", "1-5", "MON-FRI", "L", "1W", "?", "#", "0", "60", "-1", "99999999999", "\u00b2"]),
        st.text(alphabet="0123456789*/-,LW#?HMONJANSUFRI", max_size=8),
    )
    expressions = st.one_of(
        st.lists(field, min_size=1, max_size=8).map(" ".join),
        st.text(max_size=40),
        st.sampled_from(["@hourly", "@daily", "@reboot", "@", "@ daily"]),
    )

    def one(expression: str) -> None:
        assert cron_error(expression) is None or isinstance(cron_error(expression), str)

    fuzz("cron expressions", record_property, one, expressions, short=300, long=6000)


def test_every_catalogued_setting_takes_any_text_as_a_value_or_a_config_error(record_property: Record) -> None:
    known = [k for k in CATALOG if not k.arrives]
    texts = st.one_of(
        st.text(max_size=40),
        json_values().map(str),
        st.sampled_from(["1e999", "nan", "-0", "\u00b2", "9" * 5000]),
    )

    def one(index: int, raw: str) -> None:
        setting = known[index % len(known)]
        contract((ConfigError,), lambda: canonical(setting.key, setting.type, raw, sensitive=setting.is_sensitive))

    fuzz("settings values (every catalog key and type)", record_property, one, st.integers(0, 10_000), texts,
         short=400, long=10_000)  # fmt: skip


def test_a_dynamic_skill_source_is_a_report_of_its_problems_never_an_exception(record_property: Record) -> None:
    lines = SKILL.splitlines()

    def one(cuts: list[int], inserted: list[str], raw: bytes) -> None:
        kept = [line for n, line in enumerate(lines) if n not in cuts]
        for n, text in enumerate(inserted):
            kept.insert((n * 7) % (len(kept) + 1), text)
        source = "\n".join(kept).encode("utf-8", "surrogatepass")
        for data in (source, raw, source + raw):
            report = check_source(data, known_permissions=frozenset(PERMISSIONS))
            assert report.problems or report.name  # accepted only with a name

    snippets = st.sampled_from([
        "    permissions = frozenset({'shell'})", "import os", "    version = 3", "    name = 'x' * 9999",
        "class Other(Skill):", "    def run(self): return eval('1')", "__import__('os')", "\x00", "\ud800",
        "    permissions = frozenset(['web_read', 7])", "def f(:", "    name = f'{x}'",
    ]) | st.text(max_size=30)  # fmt: skip
    cuts = st.lists(st.integers(0, len(lines)), max_size=4)
    fuzz("dynamic skill sources (their manifest fields)", record_property, one, cuts, st.lists(snippets, max_size=4),
         st.binary(max_size=80), short=150, long=3000)  # fmt: skip
