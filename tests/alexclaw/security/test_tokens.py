"""Capability tokens: mint/verify, attenuation only narrows, tampering fails."""

from __future__ import annotations

import base64
import json

import pytest

from alexclaw.security import CapabilityTokens, attenuate
from alexclaw.security._tokens import TokenError

KEY = "tokens-test-" + "t" * 40
NOW = 1_800_000_000.0


@pytest.fixture
def tokens() -> CapabilityTokens:
    return CapabilityTokens(KEY)


def test_a_minted_token_verifies_and_grants_its_permissions(tokens: CapabilityTokens) -> None:
    grant = tokens.verify(tokens.mint(["web_read", "llm"], expires_at=NOW + 60, max_depth=3))
    assert grant.permissions == {"web_read", "llm"}
    assert grant.allows("web_read", now=NOW, depth=0) is None
    assert grant.allows("memory_write", now=NOW, depth=0) == "token does not grant memory_write"


def test_attenuation_narrows_permissions_expiry_and_depth(tokens: CapabilityTokens) -> None:
    token = tokens.mint(["web_read", "llm", "memory_read"], expires_at=NOW + 600, max_depth=3)
    narrow = attenuate(token, permissions=["web_read", "llm"], expires_at=NOW + 60, max_depth=1)
    grant = tokens.verify(narrow)
    assert grant.permissions == {"web_read", "llm"} and grant.expires_at == NOW + 60 and grant.max_depth == 1


def test_attenuation_can_never_widen(tokens: CapabilityTokens) -> None:
    token = tokens.mint(["web_read"], expires_at=NOW + 60, max_depth=1)
    wider = attenuate(token, permissions=["web_read", "memory_write"], expires_at=NOW + 9999, max_depth=9)
    grant = tokens.verify(wider)
    assert grant.permissions == {"web_read"} and grant.expires_at == NOW + 60 and grant.max_depth == 1


def test_disjoint_attenuation_leaves_nothing(tokens: CapabilityTokens) -> None:
    token = attenuate(tokens.mint(["web_read"], expires_at=NOW + 60), permissions=["llm"])
    assert tokens.verify(token).permissions == frozenset()


def test_double_attenuation_intersects(tokens: CapabilityTokens) -> None:
    token = tokens.mint(["a_x", "b_x", "c_x"], expires_at=NOW + 60)
    token = attenuate(attenuate(token, permissions=["a_x", "b_x"]), permissions=["b_x", "c_x"])
    assert tokens.verify(token).permissions == {"b_x"}


def test_expiry_and_depth_are_enforced(tokens: CapabilityTokens) -> None:
    grant = tokens.verify(tokens.mint(["llm"], expires_at=NOW + 60, max_depth=2))
    assert grant.allows("llm", now=NOW + 60, depth=0) == "token expired"
    assert "exceeds" in (grant.allows("llm", now=NOW, depth=3) or "")


def _tamper(token: str, edit: object) -> str:
    body, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    edit(data)  # type: ignore[operator]
    raw = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{raw}.{signature}"


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["c"].__setitem__(0, '["perms",["llm","memory_write","web_read"]]'),
        lambda d: d["c"].pop(),
        lambda d: d["c"].reverse(),
        lambda d: d.__setitem__("id", "someone-else"),
    ],
    ids=["widened-permissions", "dropped-caveat", "reordered", "other-id"],
)
def test_any_change_to_a_caveat_breaks_the_signature(tokens: CapabilityTokens, edit: object) -> None:
    token = tokens.mint(["web_read", "llm"], expires_at=NOW + 60)
    with pytest.raises(TokenError, match="signature"):
        tokens.verify(_tamper(token, edit))


def test_a_forged_signature_or_another_key_is_refused(tokens: CapabilityTokens) -> None:
    token = tokens.mint(["llm"], expires_at=NOW + 60)
    body, _ = token.split(".")
    with pytest.raises(TokenError):
        tokens.verify(f"{body}.{'A' * 43}")
    with pytest.raises(TokenError, match="signature"):
        CapabilityTokens("another-key-" + "x" * 40).verify(token)


@pytest.mark.parametrize("junk", ["", "abc", "a.b.c", "!!!.???", "e30.AAAA"])
def test_malformed_tokens_are_refused(tokens: CapabilityTokens, junk: str) -> None:
    with pytest.raises(TokenError):
        tokens.verify(junk)


@pytest.mark.parametrize(
    "body", ['{"id": ' + "[" * 10_000 + "]" * 10_000 + "}", '{"id": "x", "c": [], "n": NaN}'], ids=["deep", "NaN"]
)
def test_a_token_body_that_is_deep_or_not_json_is_malformed_not_a_crash(tokens: CapabilityTokens, body: str) -> None:
    encoded = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
    with pytest.raises(TokenError, match="malformed token"):
        tokens.verify(f"{encoded}.{'A' * 43}")
