"""The posture audit: each finding from a table of facts (one change to a
hardened setup each), the facts read from a real database, and doctor's
JSON and exit code."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from alexclaw.doctor import run_doctor
from alexclaw.posture import (
    CRITICAL,
    HIGH,
    SEVERITIES,
    Facts,
    LiveMcpKey,
    audit,
    gather,
    report,
)
from alexclaw.settings import Settings
from alexclaw.storage import DatabaseRole

KEY = "posture-" + "abcdefghijklmnopqrstuvwxyz0123456789"
STRONG = "Zq8vK1pX3nR7tL0wY5bM2cH9jF4gD6sA"
WEAK = "Xy7Xy7Xy7"

HARDENED = Facts(
    http_host="127.0.0.1",
    environ={},
    values={"shield.mode": "block"},
    embedded_database=True,
)
APP_ROLE = DatabaseRole("alexclaw_app", superuser=False, create_role=False, create_db=False, bypass_rls=False)


def with_values(**values: str) -> dict[str, Any]:
    return {"values": {**HARDENED.values, **{k.replace("__", "."): v for k, v in values.items()}}}


# finding id -> the one change to the hardened facts that must raise it
CASES: dict[str, dict[str, Any]] = {
    "http.no-tls-proxy": {"http_host": "0.0.0.0"},
    "metrics.no-token": {"http_host": "10.0.0.5", **with_values(auth__trust_proxy_headers="true")},
    "metrics.weak-token": {
        "http_host": "10.0.0.5",
        **with_values(auth__trust_proxy_headers="true", metrics__token=WEAK),
    },
    "shield.observe": with_values(shield__mode="observe"),
    "shield.break-glass-open": {"break_glass_open": True},
    "telegram.no-chat-lock": with_values(telegram__bot_token="123:abc"),
    "telegram.weak-webhook-secret": with_values(telegram__mode="webhook", telegram__webhook_secret="short"),
    "github.weak-secret": with_values(github__webhook_secret=WEAK),
    "shield.weak-secret": with_values(shield__proxy_api_key=WEAK),
    "mcp.key-never-expires": {"mcp_keys": (LiveMcpKey("claude", expires=False, idle_seconds=60.0),)},
    "mcp.idle-key": {"mcp_keys": (LiveMcpKey("old", expires=True, idle_seconds=100 * 86400.0),)},
    "cluster.no-cookie": {"environ": {"ALEXCLAW_CLUSTER_DISCOVERY": "static"}},
    "cluster.weak-cookie": {"environ": {"CLUSTER_COOKIE": "alexclaw_default"}},
    "cluster.listener-every-interface": {"environ": {"CLUSTER_COOKIE": STRONG, "ALEXCLAW_CLUSTER_HOST": "0.0.0.0"}},
    "database.unreachable": {"database_reachable": False},
    "config.undecryptable": {"undecryptable": ("telegram.bot_token",)},
    "database.powerful-role": {
        "embedded_database": False,
        "role": DatabaseRole("postgres", superuser=True, create_role=True, create_db=True, bypass_rls=True),
    },
}


def test_a_hardened_setup_has_no_finding_above_medium() -> None:
    hardened = dataclasses.replace(HARDENED, embedded_database=False, role=APP_ROLE)
    assert [f for f in audit(hardened) if f.severity in (CRITICAL, HIGH)] == []


@pytest.mark.parametrize("finding", sorted(CASES))
def test_each_weakness_raises_its_own_finding_with_a_fix(finding: str) -> None:
    found = audit(dataclasses.replace(HARDENED, **CASES[finding]))
    ids = [f.id for f in found]
    assert finding in ids
    raised = next(f for f in found if f.id == finding)
    assert raised.severity in SEVERITIES and raised.fix and raised.title


@pytest.mark.parametrize("finding", sorted(CASES))
def test_no_finding_repeats_the_secret_it_judges(finding: str) -> None:
    found = audit(dataclasses.replace(HARDENED, **CASES[finding]))
    text = json.dumps(report(found))
    assert WEAK not in text and "alexclaw_default" not in text and STRONG not in text


def test_findings_come_most_severe_first_and_the_report_fails_on_high() -> None:
    facts = dataclasses.replace(
        HARDENED,
        mcp_keys=(LiveMcpKey("claude", expires=False, idle_seconds=None),),
        environ={"CLUSTER_COOKIE": "short"},
        break_glass_open=True,
    )
    found = audit(facts)
    assert [SEVERITIES.index(f.severity) for f in found] == sorted(SEVERITIES.index(f.severity) for f in found)
    assert found[0].id == "cluster.weak-cookie"
    summary = report(found)
    assert summary["failing"] is True and summary["summary"]["critical"] == 1


def test_an_application_role_without_powers_and_an_embedded_superuser_are_both_fine() -> None:
    assert "database.powerful-role" not in {f.id for f in audit(dataclasses.replace(HARDENED, role=APP_ROLE))}
    superuser = DatabaseRole("postgres", superuser=True, create_role=True, create_db=True, bypass_rls=True)
    assert "database.powerful-role" not in {f.id for f in audit(dataclasses.replace(HARDENED, role=superuser))}


async def test_the_facts_are_read_from_the_database_without_decrypting_for_anyone(database_url: str) -> None:
    conn = await asyncpg.connect(database_url)
    try:
        await conn.execute(
            "INSERT INTO mcp_keys (name, fingerprint, hint, scopes) VALUES ('claude', '\\x01', 'ab', '{tools}')"
        )
        await conn.execute(
            "INSERT INTO break_glass (reason, actor, started_at, ends_at) "
            "VALUES ('an incident at night', 'web:admin', now(), now() + interval '10 minutes')"
        )
        facts = await gather(conn, Settings(secret_key_base=KEY, database_url=database_url), {})
    finally:
        await conn.close()
    assert facts.mcp_keys == (LiveMcpKey("claude", expires=False, idle_seconds=None),)
    assert facts.break_glass_open and facts.role is not None and facts.role.superuser
    ids = {f.id for f in audit(facts)}
    assert {"shield.break-glass-open", "mcp.key-never-expires", "database.powerful-role"} <= ids


async def test_doctor_reports_a_database_that_is_down_as_findings_not_a_traceback(tmp_path: Path) -> None:
    environ = {
        "SECRET_KEY_BASE": KEY,
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
        "ALEXCLAW_DATA_DIR": str(tmp_path / "data"),
    }
    found = await run_doctor(environ, tmp_path / "absent.env")
    assert "database.unreachable" in {f.id for f in found.findings}
    document = found.as_json()
    assert document["failing"] is True  # the database check itself fails
    assert {"checks", "findings", "summary", "failing"} <= set(document)
    json.dumps(document)


async def test_doctor_flags_a_weak_cluster_cookie_from_the_environment_file(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(f"SECRET_KEY_BASE={KEY}\nCLUSTER_COOKIE=alexclaw_default\n")
    env_file.chmod(0o600)
    found = await run_doctor({"ALEXCLAW_DATA_DIR": str(tmp_path / "d")}, env_file)
    assert "cluster.weak-cookie" in {f.id for f in found.findings} and found.failing
    assert "alexclaw_default" not in "\n".join(found.lines())
