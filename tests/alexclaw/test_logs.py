"""Structured logs and the last-line-of-defence secret redaction."""

from __future__ import annotations

import json
import logging

import pytest

from alexclaw.logs import JsonFormatter, RedactSecrets


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
