"""What the network skills share: where a step's URL comes from, the
``{input}`` / ``{input_encoded}`` interpolation, and a failed request as
the branch its kind names."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

from skills._api import WebFailed
from skills._contract import ON_ERROR, SkillArgs, SkillOutcome

# Any public host, https or plain http: the targets are the operator's (a
# step's URL, a feed, a search result); the egress guard's address rules
# (no loopback, private, link-local or metadata address) apply to each hop.
ANY_HOST: Final = ("https://*/", "http://*/")
ANY_HTTPS_HOST: Final = ("https://*/",)
ON_TIMEOUT: Final = "on_timeout"


def as_text(value: Any) -> str:
    """The input as text: a string as it is, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


def interpolate(template: str, input: Any, *, in_url: bool) -> str:
    """``{input}`` (the input as text) and ``{input_encoded}`` (URL-encoded)
    replaced; in a URL, ``{input}`` is encoded too, except ``/``, so the
    input cannot add a query or a fragment of its own."""
    text = as_text(input)
    encoded = quote(text, safe="")
    plain = quote(text, safe="/") if in_url else text
    return template.replace("{input_encoded}", encoded).replace("{input}", plain)


def step_url(args: SkillArgs, key: str = "url") -> str:
    """The step's ``url`` (with the input interpolated), else the input
    itself when it is a URL or an object with a ``url`` field."""
    configured = args.config.get(key)
    if isinstance(configured, str) and configured.strip() not in ("", "{input}"):  # "{input}": the input is the URL
        return interpolate(configured.strip(), args.input, in_url=True)
    value = args.input
    if isinstance(value, Mapping):
        value = value.get(key)
    return value.strip() if isinstance(value, str) else ""


def failed(exc: WebFailed, timeout_branch: str = ON_TIMEOUT) -> SkillOutcome:
    """A request that gave no answer: a timeout on its own branch, every
    other kind (refused, too large, broken) on the error branch."""
    if exc.kind == "timeout":
        return SkillOutcome.error(f"timeout: {exc.message}", timeout_branch)
    return SkillOutcome.error(f"{exc.kind}: {exc.message}", ON_ERROR)


def bounded(config: Mapping[str, Any], key: str, default: int, low: int, high: int) -> int | None:
    """A whole-number setting of the step within [low, high]; None when it
    is not one."""
    value = config.get(key, default)
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value
