"""Structured logs and the last-line-of-defence secret redaction."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import pytest

from alexclaw.logs import (
    JsonFormatter,
    RedactSecrets,
    install_redaction,
    library_levels,
    mask_secrets,
    remember_secrets,
)


def record(msg: str, *args: object, **extra: object) -> logging.LogRecord:
    rec = logging.LogRecord("alexclaw.test", logging.INFO, __file__, 1, msg, args, None)
    for key, value in extra.items():
        setattr(rec, key, value)
    return rec


def test_a_json_line_carries_level_logger_message_and_extra_fields() -> None:
    line = JsonFormatter().format(record("node started in %.1fs", 1.25, event="node.started"))
    entry = json.loads(line)
    assert entry["level"] == "info" and entry["logger"] == "alexclaw.test"
    assert entry["msg"] == "node started in 1.2s" and entry["event"] == "node.started"
    assert entry["ts"].endswith("Z")


def test_a_secret_in_a_message_or_its_arguments_is_masked() -> None:
    rec = record("connecting with %s", "s3cret-value-123")
    RedactSecrets(["s3cret-value-123"]).filter(rec)
    assert rec.getMessage() == "connecting with ****"


def test_a_secret_in_a_traceback_is_masked() -> None:
    try:
        raise ValueError("token s3cret-value-123 rejected")
    except ValueError:
        import sys

        rec = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    RedactSecrets(["s3cret-value-123"]).filter(rec)
    assert "s3cret-value-123" not in JsonFormatter().format(rec)


def test_the_configured_handler_redacts_secrets(capsys: pytest.CaptureFixture[str]) -> None:
    from alexclaw.logs import configure_logging

    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    try:
        configure_logging("INFO", "json", ["pa55word-xyz"])
        logging.getLogger("alexclaw.t").info("password is pa55word-xyz")
        err = capsys.readouterr().err
        assert "pa55word-xyz" not in err and "****" in err
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])


# -- the class: every place a secret can sit in a record ------------------------

SECRET = "class-secret-value-0451"
BOT_TOKEN = "7350123456:AAHclassTestTokenQwertyuiopASDFGHJK"


def _library_record(logger: str, msg: object, args: Any = None, **kwargs: Any) -> logging.LogRecord:
    return logging.getLogger(logger).makeRecord(logger, logging.INFO, __file__, 1, msg, args, None, **kwargs)


def _output(rec: logging.LogRecord) -> str:
    RedactSecrets([SECRET]).filter(rec)
    return JsonFormatter().format(rec) + logging.Formatter().format(rec)


@pytest.mark.parametrize(
    "make",
    [
        lambda: record(f"token {SECRET} used"),
        lambda: record("token %s used", SECRET),
        lambda: record("token %r used", {"key": SECRET}),
        lambda: _library_record(
            "httpx", "HTTP Request: %s %s", ("POST", f"https://api.example/bot{SECRET}/getUpdates")
        ),
        lambda: _library_record("hypercorn.access", "%(h)s %(r)s", ({"h": "127.0.0.1", "r": f"GET /?k={SECRET}"},)),
        lambda: record("encoded https://x.example/?k=%s", quote(SECRET + "/+", safe="")),
        lambda: record(ValueError(f"bad {SECRET}")),  # type: ignore[arg-type]
        lambda: record("with extra", event="x", token=SECRET),
        lambda: record("with a structured extra", detail={"nested": [SECRET]}),
        lambda: _library_record("asyncpg", "failed", extra={"dsn": f"postgresql://u:{SECRET}@db/x"}),
    ],
    ids=[
        "message",
        "%-args",
        "repr-args",
        "httpx-url",
        "dict-args",
        "percent-encoded",
        "object-msg",
        "extra",
        "extra-obj",
        "library-extra",
    ],
)
def test_no_secret_survives_in_any_part_of_a_record(make: Callable[[], logging.LogRecord]) -> None:
    remember_secrets([SECRET + "/+"])
    out = _output(make())
    assert SECRET not in out and quote(SECRET, safe="") not in out


def test_a_secret_in_an_exceptions_text_and_its_chain_is_masked() -> None:
    try:
        try:
            raise KeyError(SECRET)
        except KeyError as inner:
            raise RuntimeError(f"while using {SECRET}") from inner
    except RuntimeError:
        rec = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    out = _output(rec)
    assert SECRET not in out and "RuntimeError" in out and "KeyError" in out


def test_a_secret_in_a_stack_is_masked() -> None:
    rec = record("here")
    rec.stack_info = f"Stack (most recent call last):\n  frame with {SECRET}"
    assert SECRET not in _output(rec)


def test_a_credential_shape_is_masked_though_nobody_configured_it() -> None:
    github = "ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"
    rec = record("polling https://api.telegram.org/bot%s/getUpdates with %s", BOT_TOKEN, github)
    RedactSecrets().filter(rec)
    out = JsonFormatter().format(rec)
    assert BOT_TOKEN not in out and github not in out and "[REDACTED:telegram_bot_token]" in out


def test_a_record_made_by_any_logger_is_masked_before_any_handler_sees_it() -> None:
    """A library's own handler on a non-propagating logger gets no filter of
    ours: the record factory masks the record as it is made."""
    install_redaction()
    remember_secrets([SECRET])
    seen: list[str] = []

    class Capture(logging.Handler):
        def emit(self, rec: logging.LogRecord) -> None:
            seen.append(self.format(rec))

    library = logging.getLogger("some.library.with.its.own.handler")
    handler = Capture()
    library.addHandler(handler)
    library.propagate, library.level = False, logging.DEBUG
    try:
        library.debug("connect %s", SECRET)
        try:
            raise ValueError(SECRET)
        except ValueError:
            library.exception("failed")
    finally:
        library.removeHandler(handler)
        library.propagate = True
    assert len(seen) == 2 and not any(SECRET in line for line in seen)


def test_a_secret_learned_after_the_record_was_made_is_masked_by_the_handler() -> None:
    install_redaction()
    late = "learned-later-secret-7781"
    rec = logging.getLogger("alexclaw.t").makeRecord("alexclaw.t", logging.INFO, __file__, 1, "v=%s", (late,), None)
    remember_secrets([late])
    assert late not in _output(rec)


def test_a_short_value_is_not_treated_as_a_secret() -> None:
    remember_secrets(["abc", "true"])
    assert mask_secrets("abc is true") == "abc is true"


@pytest.mark.parametrize(
    ("level", "httpx_level"), [("INFO", logging.WARNING), ("WARNING", logging.WARNING), ("DEBUG", logging.DEBUG)]
)
def test_request_lines_of_httpx_and_httpcore_are_quiet_unless_the_node_logs_at_debug(
    level: str, httpx_level: int
) -> None:
    levels = library_levels(level)
    assert levels["httpx"] == levels["httpcore"] == httpx_level
    assert levels["asyncio"] >= logging.WARNING
