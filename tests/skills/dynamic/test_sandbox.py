"""The sandbox at run time: each escape a skill could try after slipping
past the static checks (the allowlist is loosened here on purpose, so the
OS confinement itself is what is tested) ends as the call's error with
the reason, and the caller goes on. The SkillAPI over the pipe is the
step's own: denied beyond the declared permissions, every decision seen
by the authorizer."""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from skills import BranchKind, CallerState, Invocation, InvokeStatus, SkillAPI, SkillArgs, SkillCaller, SkillOutcome
from skills.dynamic import ALLOWED_MODULES, Limits, Sandbox, SandboxError, SkillCrashed
from supervisors import DynamicSupervisor, which_children

LOOSE = ALLOWED_MODULES | {"os", "socket", "time", "sys"}


def _skill(body: str, permissions: str = "frozenset()") -> SimpleNamespace:
    source = textwrap.dedent(
        f"""
        from alexclaw_sdk import Args, Outcome, PermissionDenied, parse_xml


        class Probe:
            name = "probe"
            version = "1.0.0"
            description = "probe"
            permissions = {permissions}
            branches = {{"on_success": "ok", "on_error": "error"}}
            external = False

            async def run(self, args: Args) -> Outcome:
        """
    ) + textwrap.indent(textwrap.dedent(body), " " * 8)
    return SimpleNamespace(name="probe", source=source)


async def _run(body: str, *, api: Any = None, timeout: float = 20.0, **kwargs: Any) -> SkillOutcome:
    sandbox = Sandbox(allowed=LOOSE, **kwargs)
    return await sandbox.run(_skill(body), SkillArgs("in", {}, api=api), timeout=timeout)


async def test_the_worker_gets_its_own_namespaces_or_says_it_fell_back() -> None:
    sandboxed, fallback = Sandbox(), Sandbox(namespaces=False)
    body = "return Outcome('ok')\n"
    assert (await sandboxed.run(_skill(body), SkillArgs(), timeout=20)).result == "ok"
    assert (await fallback.run(_skill(body), SkillArgs(), timeout=20)).result == "ok"
    assert (sandboxed.last_confinement, fallback.last_confinement) == ("namespace", "fallback")


async def test_the_environment_holds_no_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY_BASE", "s3cret")
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@h/db")
    outcome = await _run("import os\nreturn Outcome(sorted(os.environ))\n")
    assert outcome.result == ["LC_ALL", "PATH"]


async def test_the_parents_environment_cannot_be_read_through_proc() -> None:
    # Namespaces only: the fallback does not cover this (docs/architecture.md).
    body = "import os\nreturn Outcome(len(open('/proc/%d/environ' % os.getppid()).read()))\n"
    with pytest.raises(SkillCrashed, match="Permission denied"):
        await _run(body)


@pytest.mark.parametrize("namespaces", [True, False])
async def test_a_socket_cannot_be_opened(namespaces: bool) -> None:
    body = "import socket\nsocket.create_connection(('127.0.0.1', 9), timeout=1)\nreturn Outcome('connected')\n"
    with pytest.raises(SkillCrashed, match="Error"):
        await _run(body, namespaces=namespaces)


async def test_a_fork_bomb_is_refused() -> None:
    with pytest.raises(SkillCrashed, match="not available in the skill sandbox"):
        await _run("import os\nwhile True:\n    os.fork()\n")


async def test_a_ten_gigabyte_allocation_fails_inside_the_worker() -> None:
    with pytest.raises(SkillCrashed, match="MemoryError"):
        await _run("b = bytearray(10 * 1024 ** 3)\nreturn Outcome(len(b))\n")


async def test_a_cpu_loop_is_ended_by_its_cpu_limit() -> None:
    with pytest.raises(SandboxError, match=r"SIGXCPU|SIGKILL"):
        await _run("while True:\n    pass\n", limits=Limits(cpu_seconds=1))


async def test_writes_outside_the_private_working_directory_fail() -> None:
    body = """
    import os
    open('mine.txt', 'w').write('ok')
    try:
        open('/tmp/alexclaw-escape.txt', 'w').write('x')
    except OSError as exc:
        return Outcome({'own': os.listdir('.'), 'outside': exc.strerror})
    return Outcome('escaped')
    """
    outcome = await _run(body)
    assert outcome.result == {"own": ["mine.txt"], "outside": "Read-only file system"}
    assert not os.path.exists("/tmp/alexclaw-escape.txt")


async def test_printing_to_stdout_breaks_the_pipe_and_is_the_calls_error() -> None:
    with pytest.raises(SandboxError, match="garbage on the pipe"):
        await _run("print('hello there, node')\nreturn Outcome('ok')\n")


async def test_a_stdout_flood_is_cut_at_the_frame_cap() -> None:
    with pytest.raises(SandboxError, match="garbage on the pipe"):
        await _run("while True:\n    print('x' * 65536)\n")


async def test_sleeping_forever_ends_at_the_timeout_and_the_group_is_killed() -> None:
    with pytest.raises(TimeoutError):
        await _run("import time\ntime.sleep(3600)\n", timeout=1.0)


async def test_an_exception_in_the_skill_is_its_crash_with_the_reason() -> None:
    with pytest.raises(SkillCrashed, match="ZeroDivisionError"):
        await _run("return Outcome(1 / 0)\n")


async def test_xml_offered_to_skills_refuses_entity_declarations() -> None:
    body = """
    try:
        parse_xml('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    except ValueError as exc:
        return Outcome(str(exc))
    return Outcome(parse_xml('<a><b>t</b></a>').find('b').text)
    """
    assert "refused" in (await _run(body)).result
    assert (await _run("return Outcome(parse_xml('<a><b>t</b></a>').find('b').text)\n")).result == "t"


@dataclass
class _Recording:
    """An authorizer that grants what was declared and records each decision."""

    decisions: list[tuple[str, bool]] = field(default_factory=list)

    async def authorize(self, *, permission: str, declared: frozenset[str], **_: Any) -> tuple[bool, str]:
        allowed = permission in declared
        self.decisions.append((permission, allowed))
        return allowed, "declared" if allowed else f"{permission} was not declared"


class _NoInvoker:
    async def invoke(self, caller: SkillCaller, skill: str, input: Any, **_: Any) -> Invocation:
        return Invocation(InvokeStatus.DENIED, SkillOutcome.error("no"), BranchKind.ERROR)


class _Config:
    def read(self, key: str) -> Any:
        return {"greeting": "hello"}.get(key)


async def test_the_skillapi_over_the_pipe_is_denied_beyond_the_declared_permissions() -> None:
    authorizer = _Recording()
    api = SkillAPI(CallerState("probe", frozenset({"config_read"})), authorizer, _NoInvoker(), config=_Config())
    body = """
    greeting = await args.api.config_read('greeting')
    try:
        await args.api.memory_write('note')
    except PermissionDenied as exc:
        return Outcome({'greeting': greeting, 'denied': str(exc)})
    return Outcome('written')
    """
    outcome = await _run(body, api=api)
    assert outcome.result == {"greeting": "hello", "denied": "memory_write was not declared"}
    assert authorizer.decisions == [("config_read", True), ("memory_write", False)]


async def test_a_worker_runs_under_the_sandboxes_supervisor_and_is_gone_after_its_call() -> None:
    supervisor = await DynamicSupervisor().start()
    seen: list[list[str]] = []

    class _Looking:
        def read(self, key: str) -> Any:
            seen.append([repr(child.process) for child in which_children(supervisor)])
            return key

    try:
        api = SkillAPI(CallerState("probe", frozenset({"config_read"})), _Recording(), _NoInvoker(), config=_Looking())
        sandbox = Sandbox(supervisor=supervisor)
        outcome = await sandbox.run(
            _skill("return Outcome(await args.api.config_read('k'))\n"), SkillArgs(api=api), timeout=20
        )
        assert outcome.result == "k"
        assert len(seen) == 1 and len(seen[0]) == 1 and seen[0][0].startswith("<os ")
        assert which_children(supervisor) == []  # temporary: gone once the call ended
    finally:
        await supervisor.stop()
