"""The shell's checks on a command, layer by layer: every refusal names its
layer and says why; a step narrows the node's limits and never widens them."""

from __future__ import annotations

import pytest

from skills.builtin import ShellLimits, ShellRefusal, check_command, narrowed, parse_whitelist

WHITELIST = ("df", "ls", "uname", "date", "=cat /proc/loadavg")

ALLOWED = [
    ("df", ["df"]),
    ("df -h", ["df", "-h"]),
    ("ls -la /var/log", ["ls", "-la", "/var/log"]),
    ('ls "my dir"', ["ls", "my dir"]),
    ("date +%Y-%m-%d", ["date", "+%Y-%m-%d"]),
    ("cat /proc/loadavg", ["cat", "/proc/loadavg"]),
]

REFUSED = [
    # whitelist: a prefix ends where a word ends; an exact entry is exact
    ("define", "whitelist", "does not start with a whitelisted command"),
    ("dfx -h", "whitelist", "does not start with a whitelisted command"),
    ("rm -rf /", "whitelist", "does not start with a whitelisted command"),
    ("cat /proc/loadavg /etc/shadow", "whitelist", "does not start with a whitelisted command"),
    ("cat /etc/shadow", "whitelist", "does not start with a whitelisted command"),
    ("l's' /", "whitelist", "does not start with a whitelisted command"),
    ("", "whitelist", "no command given"),
    # blocklist: each metacharacter
    ("df && rm -rf /", "blocklist", "'&&'"),
    ("df || reboot", "blocklist", "'||'"),
    ("df | sh", "blocklist", "'|'"),
    ("df ; reboot", "blocklist", "';'"),
    ("ls `id`", "blocklist", "'`'"),
    ("ls $(id)", "blocklist", "'$('"),
    ("df > /etc/passwd", "blocklist", "'>'"),
    ("df < /etc/passwd", "blocklist", "'<'"),
    ("df -h\nreboot", "blocklist", "a newline"),
    ("df -h\rreboot", "blocklist", "a carriage return"),
    # obfuscation: each form, with its reason
    ("ls $IFS/etc", "obfuscation", "$IFS"),
    ("ls ${IFS}/etc", "obfuscation", "$IFS"),
    ("ls $HOME", "obfuscation", "a $variable"),
    ("ls 'a'b", "obfuscation", "quotes splitting a word"),
    ('ls c"at"', "obfuscation", "quotes splitting a word"),
    ("ls 'unclosed", "obfuscation", "an unclosed quote"),
    ("ls \\x2fetc", "obfuscation", "an escape sequence (\\x2)"),
    ("ls \\057etc", "obfuscation", "an escape sequence (\\057)"),
    ("ls \\u002f", "obfuscation", "an escape sequence (\\u0)"),
    ("ls \\/etc", "obfuscation", "a backslash escape"),
    ("ls ZWNobyBoYWNrZWQgYnkgYmFzZTY0", "obfuscation", "an encoded payload"),
    ("ls cm0gLXJmIC8=", "obfuscation", "an encoded payload"),
    ("ls 726d202d7266202f", "obfuscation", "a hex-encoded payload"),
    ("ls \u200b/etc", "obfuscation", "a control or invisible character"),
]


@pytest.mark.parametrize(("command", "argv"), ALLOWED)
def test_a_whitelisted_plain_command_is_split_into_its_argv(command: str, argv: list[str]) -> None:
    assert check_command(command, WHITELIST) == argv


@pytest.mark.parametrize(("command", "layer", "reason"), REFUSED)
def test_each_refused_command_names_its_layer_and_why(command: str, layer: str, reason: str) -> None:
    refused = check_command(command, WHITELIST)
    assert isinstance(refused, ShellRefusal)
    assert refused.layer == layer
    assert reason in refused.reason
    assert str(refused).startswith(f"{layer}: ")


def test_the_whitelist_is_a_json_list_of_commands_or_nothing() -> None:
    assert parse_whitelist('["df", "=cat /proc/loadavg"]') == ("df", "=cat /proc/loadavg")
    assert parse_whitelist(["ls "]) == ("ls",)
    for broken in ("df", '{"df": 1}', "[1]", '[""]', None, 3):
        assert parse_whitelist(broken) is None


NODE = ShellLimits(("df", "ls", "=cat /proc/loadavg"), 30.0, 4000)


def test_a_step_narrows_the_whitelist_the_timeout_and_the_cap() -> None:
    step = {"whitelist": ["df -h", "=cat /proc/loadavg"], "timeout_seconds": 5, "max_output_chars": 100}
    assert narrowed(NODE, step) == ShellLimits(("df -h", "=cat /proc/loadavg"), 5.0, 100)
    assert narrowed(NODE, {}) == NODE


@pytest.mark.parametrize(
    ("step", "reason"),
    [
        ({"whitelist": ["rm"]}, "rm is wider"),
        ({"whitelist": ["cat"]}, "cat is wider"),  # the node allows one exact cat only
        ({"whitelist": ["=cat /etc/shadow"]}, "=cat /etc/shadow is wider"),
        ({"whitelist": "df"}, "must be a list"),
        ({"timeout_seconds": 60}, "timeout_seconds 60 is wider than the node's 30"),
        ({"max_output_chars": 10_000}, "max_output_chars 10000 is wider than the node's 4000"),
        ({"timeout_seconds": 0}, "must be a positive number"),
        ({"max_output_chars": True}, "must be a positive number"),
    ],
)
def test_a_step_may_never_widen_the_node_limits(step: dict[str, object], reason: str) -> None:
    refused = narrowed(NODE, step)
    assert isinstance(refused, ShellRefusal) and refused.layer == "limits"
    assert reason in refused.reason
