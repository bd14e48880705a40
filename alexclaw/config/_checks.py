"""What a catalogued setting's value must be beyond its type: a time zone
that exists, a mode that is one of the modes, a URL of the right scheme, a
number in a range that works. Checked when a value is written (the Config
page, the CLI, an environment seed), so a typo is refused with the reason
instead of surfacing later as a feature that silently does not work."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, available_timezones

from alexclaw.security import REVIEW_SOURCES, blocked_reason, literal_address

Check = Callable[[str], str | None]


def one_of(*choices: str) -> Check:
    def check(text: str) -> str | None:
        return None if text in choices else f"must be one of {', '.join(choices)}"

    return check


def between(low: int, high: int | None = None) -> Check:
    def check(text: str) -> str | None:
        number = int(text)
        if number < low or (high is not None and number > high):
            return f"must be at least {low}" if high is None else f"must be between {low} and {high}"
        return None

    return check


def shaped(pattern: str, reason: str) -> Check:
    def check(text: str) -> str | None:
        return None if re.fullmatch(pattern, text) else reason

    return check


def _command_list(text: str) -> str | None:
    """The shell's whitelist: a JSON list of commands (``df``, ``=cat /proc/loadavg``)."""
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        return 'must be a JSON list of commands, e.g. ["df", "uptime", "=cat /proc/loadavg"]'
    return None


def _review_sources(text: str) -> str | None:
    """``shield.review_allowed_sources``: a JSON list of known outside sources."""
    value = json.loads(text)
    if not isinstance(value, list) or not all(item in REVIEW_SOURCES for item in value):
        return 'must be a JSON list of sources among "proxy", "mcp" and "content", e.g. ["content"] (or [])'
    return None


def _skill_list(text: str) -> str | None:
    """``reasoning.skill_whitelist``: a JSON list of skill names."""
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(item, str) and re.fullmatch(r"[a-z0-9_]{1,64}", item)
                                              for item in value):  # fmt: skip
        return 'must be a JSON list of skill names, e.g. ["web_search", "web_fetch"]'
    return None


def _fraction(text: str) -> str | None:
    return None if 0.0 <= float(text) <= 1.0 else "must be between 0 and 1"


SECRET_MINIMUM: Final = 16  # characters: any secret of ours, and any secret the catalog does not say more of


def secret(minimum: int = SECRET_MINIMUM, *, shape: str = "", shape_reason: str = "") -> Check:
    """A secret the operator sets: at least ``minimum`` characters (a short
    one is guessed, or is a fragment pasted by mistake), and of ``shape``
    when the service that issues or receives it defines one."""
    pattern = re.compile(shape) if shape else None

    def check(text: str) -> str | None:
        if len(text) < minimum:
            return f"is too short: a secret here needs at least {minimum} characters (got {len(text)})"
        if pattern is not None and not pattern.fullmatch(text):
            return shape_reason
        return None

    return check


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def user_id(text: str) -> str | None:
    return None if text.isascii() and text.isdigit() and len(text) <= 20 else "must be a Telegram user id (digits)"


def snowflake(text: str) -> str | None:
    return None if text.isascii() and text.isdigit() and len(text) <= 20 else "must be a Discord id (digits)"


def _literal_refusal(host: str) -> str | None:
    """Why a literal address in a URL is refused (private, link-local, cloud
    metadata, ...); loopback passes here — reaching it is a grant at run time."""
    address = literal_address(host)
    why = None if address is None or address.is_loopback else blocked_reason(address)
    return None if why is None else f"must not point at {address} ({why}): the egress guard refuses it"


def url(*, https_only: bool = False, http_on_loopback_only: bool = False, public_or_loopback: bool = False) -> Check:
    def check(text: str) -> str | None:
        try:
            parts = urlsplit(text)
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError as exc:
            return f"is not a valid URL ({exc})"
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "must be an http:// or https:// URL with a host"
        if parts.username is not None or parts.password is not None:
            return "must not carry credentials in the URL (set the key setting instead)"
        if parts.scheme == "http" and https_only:
            return "must be an https:// URL"
        if parts.scheme == "http" and http_on_loopback_only and not _is_loopback(parts.hostname.lower()):
            return "must be https:// (plain http only for a provider on this machine: localhost, 127.0.0.1, ::1)"
        if public_or_loopback:
            return _literal_refusal(parts.hostname.lower())
        return None

    return check


def timezone_error(tz: str) -> str | None:
    """None when ``tz`` is an IANA timezone name zoneinfo knows (the
    ``scheduler.timezone`` setting; the scheduler and its pages use it too), else why not."""
    if not tz.strip():
        return "a timezone name is required, like UTC or Europe/Berlin"
    try:
        ZoneInfo(tz)
    except (ValueError, KeyError, OSError):  # not found, not a key, a directory
        hint = _known_zones().get(tz.strip().lower())
        suggestion = f"; did you mean {hint!r}?" if hint else " (use an IANA name like Europe/Berlin)"
        return f"unknown timezone {tz!r}{suggestion}"
    return None


@lru_cache(maxsize=1)
def _known_zones() -> dict[str, str]:
    """Lower-case name → IANA name, for the "did you mean" hint only."""
    return {name.lower(): name for name in available_timezones()}


def _existing_zone(text: str) -> str | None:
    problem = timezone_error(text)
    return None if problem is None else f"is not a time zone: {problem}"


# Settings whose value is one of a few words: checked here, offered as a
# choice (a select) by the Config page.
CHOICES: Final[dict[str, tuple[str, ...]]] = {
    "telegram.mode": ("polling", "webhook"),
    "shield.mode": ("block", "observe"),
    "reasoning.default_delivery": ("memory", "telegram", "discord"),
}
PROVIDER_KEY_MINIMUM: Final = 20  # every LLM provider's keys are far longer (Gemini's 39 the shortest)

CHECKS: Final[dict[str, Check]] = {
    # Secrets (the default for any other secret is secret()).
    "telegram.bot_token": secret(
        shape=r"\d{1,20}:[A-Za-z0-9_-]{30,}",
        shape_reason="is not a bot token: @BotFather gives <digits>:<35 letters, digits, _ or ->",
    ),
    "telegram.webhook_secret": secret(
        shape=r"[A-Za-z0-9_-]{16,256}",
        shape_reason="may hold only A-Z, a-z, 0-9, _ and - (at most 256 characters): Telegram refuses others",
    ),
    "discord.bot_token": secret(50),
    "llm.gemini_api_key": secret(PROVIDER_KEY_MINIMUM),
    "llm.anthropic_api_key": secret(PROVIDER_KEY_MINIMUM),
    "llm.openai_api_key": secret(PROVIDER_KEY_MINIMUM),
    "auth.totp_secret": secret(
        shape=r"[A-Z2-7]{16,}=*",
        shape_reason="is not a TOTP secret: base32 (A-Z, 2-7), at least 16 characters",
    ),
    **{key: one_of(*choices) for key, choices in CHOICES.items()},
    "telegram.api_base_url": url(http_on_loopback_only=True, public_or_loopback=True),
    "telegram.owner_user_id": user_id,
    "telegram.webhook_url": url(https_only=True),
    "discord.api_base_url": url(http_on_loopback_only=True, public_or_loopback=True),
    "discord.guild_id": snowflake,
    "discord.channel_id": snowflake,
    "discord.owner_user_id": snowflake,
    "shield.block_score": between(1, 100),
    "shield.review_score": between(1, 100),
    "shield.review_allowed_sources": _review_sources,
    "shield.proxy_upstream_url": url(http_on_loopback_only=True),
    "github.api_base_url": url(http_on_loopback_only=True, public_or_loopback=True),
    "google.redirect_uri": url(http_on_loopback_only=True),
    "web.search_url": url(http_on_loopback_only=True, public_or_loopback=True),
    "web.searxng_url": url(http_on_loopback_only=True, public_or_loopback=True),
    "shield.proxy_timeout_seconds": between(1, 3600),
    "sanitizer.max_bytes": between(256, 10 * 1024 * 1024),
    "egress.max_bytes": between(1024, 1024 * 1024 * 1024),
    "egress.timeout_seconds": between(1, 3600),
    "auth.rate_limit.max_attempts": between(1),
    "auth.rate_limit.block_duration_seconds": between(1),
    "auth.session_hours": between(1, 24 * 30),
    "auth.trusted_proxy_count": between(1, 10),
    "skills.breaker_reset_seconds": between(1),
    "workflows.max_concurrent_runs": between(1),
    "llm.chat_history_turns": between(0, 100),
    "llm.identity_prompt": lambda text: None if len(text) <= 4000 else "must be at most 4,000 characters",
    "workflows.step_timeout_ms": between(100),
    "sql.max_timeout_ms": between(100, 3_600_000),
    "scheduler.timezone": _existing_zone,
    "memory.embedder": shaped(r"local|[a-z0-9][a-z0-9_.-]{0,62}", "must be local or a provider's name"),
    "memory.embedding_model": shaped(
        r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}", "must be a model name: letters, digits and . _ : / - (at most 100)"
    ),
    "memory.embedding_dimensions": between(0, 16000),
    "shell.whitelist": _command_list,
    "shell.timeout_seconds": between(1, 3600),
    "shell.max_output_chars": between(100, 100_000),
    "automation.time_budget_seconds": between(1, 3600),
    "automation.max_screenshot_bytes": between(10_000, 20_000_000),
    "automation.screenshots_kept": between(1, 100_000),
    "reasoning.skill_whitelist": _skill_list,
    "reasoning.max_plan_steps": between(1, 50),
    "reasoning.max_iterations": between(1, 1000),
    "reasoning.max_llm_calls": between(1, 10_000),
    "reasoning.time_budget_seconds": between(10, 86_400),
    "reasoning.step_timeout_seconds": between(1, 3600),
    "reasoning.stuck_threshold": between(1, 100),
    "reasoning.done_confidence": _fraction,
    "reasoning.max_concurrent_sessions": between(1, 100),
    "reasoning.result_budget_chars": between(200, 200_000),
}


_ANY_SECRET: Final = secret()


def value_problem(key: str, text: str, *, sensitive: bool = False) -> str | None:
    """Why ``text`` (canonical, non-empty) is not a usable value of ``key``.
    A sensitive key the table does not name still needs a secret's minimum
    length, so a new secret cannot be added without one."""
    check = CHECKS.get(key) or (_ANY_SECRET if sensitive else None)
    return check(text) if check is not None else None
