"""``shell``: runs one whitelisted command on the node, for looking after it
(disk, memory, uptime). Five layers, in order (``_shell_rules``): the
``shell.enabled`` switch, the 2FA gate of the entry points, the whitelist,
the metacharacter blocklist, argv execution with no shell — plus the
obfuscation heuristics, the timeout, the output cap and a scrubbed
environment. Each refusal is an ``on_error`` outcome naming its layer; the
invocation's record (a step's row, or the audit row of ``invoke``) keeps it.

The command comes from the step's config; the previous step's output is
used only when the step says ``command_from_input: true``, and then passes
every layer the same way."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, ClassVar

from skills._api import PermissionDenied, SkillAPIUnavailable
from skills._contract import ON_ERROR, ON_SUCCESS, BranchKind, ConfigField, SkillArgs, SkillOutcome
from skills.builtin._shell_rules import (
    ENABLED_KEY,
    MAX_OUTPUT_KEY,
    TIMEOUT_KEY,
    WHITELIST_KEY,
    ShellLimits,
    ShellRefusal,
    check_command,
    narrowed,
    parse_whitelist,
)
from skills.builtin._shell_run import Finished, render, run_argv

ON_TIMEOUT = "on_timeout"


class Shell:
    name: ClassVar[str] = "shell"
    description: ClassVar[str] = "Run one whitelisted command on the node, no shell, behind 2FA (off by default)"
    version: ClassVar[str] = "1.0.0"
    permissions: ClassVar[frozenset[str]] = frozenset({"config_read"})
    branches: ClassVar[Mapping[str, str]] = {
        ON_SUCCESS: BranchKind.OK, ON_ERROR: BranchKind.ERROR, ON_TIMEOUT: BranchKind.ERROR,
    }  # fmt: skip
    external: ClassVar[bool] = False
    privileged: ClassVar[bool] = True
    config_schema: ClassVar[tuple[ConfigField, ...]] = (
        ConfigField("command", "string", "The command, e.g. df -h (whitelisted in shell.whitelist)"),
        ConfigField("command_from_input", "boolean", "Take the command from the previous step's output", False),
        ConfigField("whitelist", "any", "Narrow the node's whitelist for this step (a list of commands)"),
        ConfigField("timeout_seconds", "number", "Narrow the node's timeout", minimum=0.1),
        ConfigField("max_output_chars", "integer", "Narrow the node's output cap", minimum=1),
    )

    async def run(self, args: SkillArgs) -> SkillOutcome:
        limits = await _node_limits(args)
        if isinstance(limits, ShellRefusal):
            return SkillOutcome.error(str(limits))
        step = dict(args.config)
        limits = narrowed(limits, step)
        if isinstance(limits, ShellRefusal):
            return SkillOutcome.error(str(limits))
        command = _command(args)
        checked = check_command(command, limits.whitelist)
        if isinstance(checked, ShellRefusal):
            return SkillOutcome.error(str(checked))
        finished = await run_argv(
            checked, timeout_seconds=limits.timeout_seconds, max_chars=limits.max_output_chars, environ=os.environ
        )
        if not isinstance(finished, Finished):
            return SkillOutcome.error(f"argv: {finished}")
        text = render(command, finished, limits.timeout_seconds, limits.max_output_chars)
        if finished.timed_out:
            return SkillOutcome({"error": f"timed out after {limits.timeout_seconds:g} s", "output": text}, ON_TIMEOUT)
        if finished.exit_code != 0:
            return SkillOutcome({"error": f"exit {finished.exit_code}", "output": text}, ON_ERROR)
        return SkillOutcome(text)


def _command(args: SkillArgs) -> str:
    if args.config.get("command_from_input") is True:
        value: Any = args.input
        if isinstance(value, Mapping):
            value = value.get("command", "")
        return str(value or "").strip()
    return str(args.config.get("command") or "").strip()


async def _node_limits(args: SkillArgs) -> ShellLimits | ShellRefusal:
    """The node's switch and limits, read through the SkillAPI (fail
    closed: unreadable means off), and the 2FA layer's part here: only an
    entry point that asked for a code runs the shell, never another skill."""
    api = args.api
    if api is None:
        return ShellRefusal("enabled", "the shell has no settings to read here")
    if api.caller.chain_depth > 0:  # before anything is read: a skill gets no further, whatever its token
        return ShellRefusal("2fa", "the shell runs from /shell or a workflow step after a 2FA code, never from a skill")
    try:
        enabled = await api.config_read(ENABLED_KEY)
        whitelist = parse_whitelist(await api.config_read(WHITELIST_KEY))
        timeout = await api.config_read(TIMEOUT_KEY)
        cap = await api.config_read(MAX_OUTPUT_KEY)
    except (PermissionDenied, SkillAPIUnavailable) as exc:
        return ShellRefusal("enabled", f"the shell's settings cannot be read ({exc})")
    if enabled is not True:
        return ShellRefusal("enabled", f"the shell is off ({ENABLED_KEY})")
    if whitelist is None:
        return ShellRefusal("whitelist", f"{WHITELIST_KEY} is not a JSON list of commands")
    if not isinstance(timeout, int | float) or not isinstance(cap, int) or timeout <= 0 or cap <= 0:
        return ShellRefusal("limits", f"{TIMEOUT_KEY} and {MAX_OUTPUT_KEY} must be positive numbers")
    return ShellLimits(whitelist, float(timeout), cap)
