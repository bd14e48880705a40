"""The front ends stay thin: no page, CLI command, control op or chat
command writes an audit row for an act a domain operation performs (the
operation writes it, once, under its one name), and each front end alone
builds its own acting principal. An AST scan, so a new ``record_audit``
in a front end fails here until it is either moved into an operation or
listed below with the reason it is not one."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import alexclaw

ROOT = Path(alexclaw.__file__).parent

# What the scan covers: the pages and the web's own modules, the command
# line, the control socket (the CLI's way to the running node) and the
# chat's command dispatcher.
FRONT_ENDS = (
    *sorted((ROOT / "web").rglob("*.py")),
    *sorted((ROOT / "cli").glob("*.py")),
    *sorted((ROOT / "control").glob("*.py")),
    ROOT / "dispatcher" / "_dispatcher.py",
)

# Acts a front end audits itself because they are not domain operations.
NOT_OPERATIONS = MappingProxyType(
    {
        "login.success": "authentication: the web establishing who acts, before any operation can",
        "login.failure": "authentication (a refused password)",
        "login.blocked": "authentication (an address over its wrong-password limit)",
        "login.block": "authentication (the failure that starts a block)",
        "login.code_wanted": "authentication (the password passed; a code is asked next)",
        "login.code_refused": "authentication (a wrong second-factor code)",
        "logout": "authentication (the session ends)",
        "session.renewed": "the web's own session, bound anew after its 2FA state changed",
        "session.ended": "the web's own session, ended because its binding changed",
        "session.revoked": "the web's own sessions, managed on the Security page",
        "audit.exported": "a read: the audit trail exported, recorded as a read",
        "config.reveal": "a read: a secret shown on the host after its password, recorded as a read",
        "skill.breaker_reset": "the skill registry's breaker, owned by the skills plugin (the invoke seam)",
        "telegram.test_sent": "a test message: no state of the node changes",
        "discord.test_sent": "a test message: no state of the node changes",
        "control.refused": "the control socket refusing a peer that is not the node's user (authentication)",
        "proxy.key_refused": "the shield proxy refusing a wrong bearer key (authentication)",
        "metrics.token_refused": "/metrics refusing a wrong bearer token (authentication)",
    }
)


def audit_calls(path: Path) -> Iterator[tuple[int, str]]:
    """(line, action) of every ``record_audit`` call in ``path``; the action
    resolved from a literal or from a name the module imports."""
    tree = ast.parse(path.read_text(), str(path))
    module = importlib.import_module(".".join(path.relative_to(ROOT.parent).with_suffix("").parts))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name != "record_audit":
            continue
        argument = node.args[2] if len(node.args) > 2 else next(k.value for k in node.keywords if k.arg == "action")
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            yield node.lineno, argument.value
        elif isinstance(argument, ast.Name):
            yield node.lineno, str(getattr(module, argument.id))
        else:
            yield node.lineno, f"<not a constant: {ast.unparse(argument)}>"


def test_no_front_end_audits_an_act_that_a_domain_operation_performs() -> None:
    found = [(path, line, action) for path in FRONT_ENDS for line, action in audit_calls(path)]
    assert found, "the scan finds the front ends' own audit rows (authentication, reads)"
    stray = [
        f"{path.relative_to(ROOT.parent)}:{line} audits {action!r}"
        for path, line, action in found
        if action not in NOT_OPERATIONS
    ]
    assert stray == [], "move these into a domain operation (or list the act above, with why it is not one)"


def test_the_allow_list_names_only_acts_still_audited_by_a_front_end() -> None:
    audited = {action for path in FRONT_ENDS for _, action in audit_calls(path)}
    assert set(NOT_OPERATIONS) - audited == set(), "an act left the front ends: drop it from the allow-list"


# Each way in builds the principal that names it, and no other way does.
CONSTRUCTORS = MappingProxyType(
    {
        "web": (ROOT / "web",),
        "cli": (ROOT / "cli", ROOT / "control"),
        "chat": (ROOT / "dispatcher" / "_dispatcher.py",),
        "scheduler": (ROOT / "backup" / "_scheduler.py",),
    }
)


def test_each_acting_principal_is_built_by_its_own_front_end_only() -> None:
    seen: dict[str, list[Path]] = {kind: [] for kind in CONSTRUCTORS}
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "Acting"
                and node.attr in CONSTRUCTORS
            ):
                seen[node.attr].append(path)
    for kind, paths in seen.items():
        assert paths, f"Acting.{kind} is built somewhere"
        outside = [p for p in paths if not any(p == a or a in p.parents for a in CONSTRUCTORS[kind])]
        assert outside == [], f"Acting.{kind} is built outside its front end"
