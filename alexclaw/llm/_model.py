"""What a provider is, and the one validation every way in uses (CLI,
seeds, later the LLM page): a bad field is refused with the reason, never
guessed at.

A provider's API key is held only encrypted (``key_cipher``, the settings'
``enc:`` format); it is decrypted at the egress edge, per call, and never
shown: ``masked_key`` is what any listing prints.
"""

from __future__ import annotations

import enum
import ipaddress
import re
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import urlsplit


class Kind(enum.StrEnum):
    OPENAI_COMPATIBLE = "openai_compatible"
    ANTHROPIC = "anthropic"
    GEMINI = "gemini"
    OLLAMA = "ollama"


class Tier(enum.StrEnum):
    LIGHT = "light"
    MEDIUM = "medium"
    HEAVY = "heavy"
    LOCAL = "local"


DEFAULT_TIER: Final = Tier.MEDIUM
DEFAULT_BASE_URL: Final = {
    Kind.OPENAI_COMPATIBLE: "https://api.openai.com/v1",
    Kind.ANTHROPIC: "https://api.anthropic.com",
    Kind.GEMINI: "https://generativelanguage.googleapis.com/v1beta",
    Kind.OLLAMA: "http://127.0.0.1:11434",
}
# A hosted API always wants a key; a local OpenAI-compatible server (LM
# Studio, vLLM, llama.cpp) or Ollama usually does not.
ALWAYS_NEEDS_KEY: Final = frozenset({Kind.ANTHROPIC, Kind.GEMINI})
DEFAULT_TIMEOUT: Final = 60.0
LOCAL_TIMEOUT: Final = 300.0  # a local model on a home server generates slowly
# Published context windows (tokens) when the operator gave none.
DEFAULT_CONTEXT: Final = {
    Kind.OPENAI_COMPATIBLE: 128_000,
    Kind.ANTHROPIC: 200_000,
    Kind.GEMINI: 1_000_000,
    Kind.OLLAMA: 8_192,
}
_NAME: Final = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")
_INT_MAX: Final = 2**31 - 1  # the table's integer columns
_URL_MAX: Final = 2000
_PRIVATE_NAMES: Final = frozenset({"localhost", "localhost.localdomain"})


class ProviderError(ValueError):
    """A provider definition was refused; the message is the reason."""


@dataclass(frozen=True, slots=True)
class Provider:
    name: str
    kind: Kind
    base_url: str
    model: str
    tier: Tier
    priority: int = 100  # lower wins
    daily_limit: int = 0  # calls per UTC day; 0 = none
    enabled: bool = True
    timeout_seconds: float = DEFAULT_TIMEOUT
    allow_private: bool = False  # the operator's grant for a loopback/LAN server
    context_window: int = 0  # tokens; 0 = the published size for the kind
    key_cipher: str = field(default="", repr=False)  # encrypted; "" = no key

    @property
    def has_key(self) -> bool:
        return bool(self.key_cipher)

    @property
    def is_local(self) -> bool:
        return self.tier is Tier.LOCAL

    @property
    def window(self) -> int:
        return self.context_window or DEFAULT_CONTEXT[self.kind]

    @property
    def masked_key(self) -> str:
        return "(set)" if self.key_cipher else "(none)"


def parse_kind(value: str) -> Kind:
    try:
        return Kind(value.strip().lower())
    except ValueError:
        raise ProviderError(f"unknown kind {value!r}; one of {', '.join(k.value for k in Kind)}") from None


def parse_tier(value: str) -> Tier:
    try:
        return Tier(value.strip().lower())
    except ValueError:
        raise ProviderError(f"unknown tier {value!r}; one of {', '.join(t.value for t in Tier)}") from None


def private_host(host: str) -> bool:
    """A loopback, private or unique-local literal address, or localhost. A
    name is judged again on every call by the egress guard, on what it
    resolves to."""
    host = host.lower().rstrip(".")
    if host in _PRIVATE_NAMES or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local


def check_base_url(base_url: str, allow_private: bool) -> str:
    url = base_url.strip().rstrip("/")
    if len(url) > _URL_MAX:
        raise ProviderError(f"base URL: at most {_URL_MAX} characters")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a malformed port raises here
    except ValueError as exc:
        raise ProviderError(f"base URL {base_url!r} is malformed: {exc}") from None
    if parts.scheme not in {"http", "https"}:
        raise ProviderError(f"base URL {base_url!r} must be http(s)")
    if not parts.hostname:
        raise ProviderError(f"base URL {base_url!r} has no host")
    if parts.username is not None or parts.query or parts.fragment:
        raise ProviderError("base URL must not carry credentials, a query or a fragment (the key has its own field)")
    private = private_host(parts.hostname)
    if private and not allow_private:
        raise ProviderError(
            f"base URL {url} is a private or loopback address; add the allow-private grant to use a local server"
        )
    if parts.scheme == "http" and not private:
        raise ProviderError(f"base URL {url} must be https (plain http only for a granted local server)")
    return url


def build_provider(
    name: str,
    *,
    kind: str,
    model: str,
    tier: str,
    base_url: str | None = None,
    priority: int = 100,
    daily_limit: int = 0,
    enabled: bool = True,
    timeout_seconds: float | None = None,
    allow_private: bool = False,
    context_window: int = 0,
    key_cipher: str = "",
) -> Provider:
    """A checked provider; raises ``ProviderError`` with the reason."""
    name = name.strip().lower()
    if not _NAME.match(name):
        raise ProviderError(f"name {name!r}: 1-63 characters, lower-case letters, digits, '_', '-', '.'")
    parsed_kind, parsed_tier = parse_kind(kind), parse_tier(tier)
    model = model.strip()
    if not model or len(model) > 200 or any(c.isspace() for c in model):
        raise ProviderError("model: a non-empty name without spaces (at most 200 characters)")
    url = check_base_url(base_url or DEFAULT_BASE_URL[parsed_kind], allow_private)
    if priority < 0:
        raise ProviderError(f"priority must be 0 or more, not {priority}")
    if daily_limit < 0:
        raise ProviderError(f"daily limit must be 0 (none) or more, not {daily_limit}")
    if context_window < 0:
        raise ProviderError(f"context window must be 0 (the published size) or more, not {context_window}")
    for label, number in (("priority", priority), ("daily limit", daily_limit), ("context window", context_window)):
        if number > _INT_MAX:
            raise ProviderError(f"{label} must be at most {_INT_MAX}, not {number}")
    timeout = timeout_seconds if timeout_seconds is not None else (
        LOCAL_TIMEOUT if parsed_tier is Tier.LOCAL else DEFAULT_TIMEOUT
    )  # fmt: skip
    if not 0 < timeout <= 3600:
        raise ProviderError(f"timeout must be between 0 and 3600 seconds, not {timeout}")
    needs_key = parsed_kind in ALWAYS_NEEDS_KEY or (parsed_kind is Kind.OPENAI_COMPATIBLE and not allow_private)
    if needs_key and not key_cipher:
        raise ProviderError(f"a {parsed_kind.value} provider at {url} needs an API key")
    return Provider(
        name, parsed_kind, url, model, parsed_tier, priority, daily_limit, enabled, timeout, allow_private,
        context_window, key_cipher,
    )  # fmt: skip


def guarded_reasons(before: Provider | None, after: Provider) -> tuple[str, ...]:
    """What in going from ``before`` (None: a new provider) to ``after``
    needs a 2FA code (the one rule for sensitive changes): a key set,
    replaced or removed; the private-address grant given; the address a
    held key is sent to changed. Empty: an ordinary change."""
    reasons: list[str] = []
    if (before.key_cipher if before else "") != after.key_cipher:
        reasons.append("removes its API key" if not after.key_cipher else "sets its API key")
    if after.allow_private and not (before and before.allow_private):
        reasons.append("lets it reach a loopback or private address")
    if before is not None and after.has_key and before.base_url != after.base_url:
        reasons.append(f"sends its API key to {after.base_url}")
    return tuple(reasons)
