"""PKCE and the authorization link, as plain functions."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from alexclaw.google import GOOGLE_SCOPES, challenge_of
from alexclaw.google._pkce import authorization_url, new_state, new_verifier, state_hash


def test_the_s256_challenge_is_the_one_rfc_7636_gives_for_its_example() -> None:
    assert challenge_of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_a_verifier_is_43_to_128_unreserved_characters_and_never_repeats() -> None:
    verifiers = {new_verifier() for _ in range(50)}
    assert len(verifiers) == 50
    assert all(re.fullmatch(r"[A-Za-z0-9_\-]{43,128}", v) for v in verifiers)


def test_a_state_is_kept_only_as_its_hash() -> None:
    state = new_state()
    assert re.fullmatch(r"[0-9a-f]{64}", state_hash(state)) and state not in state_hash(state)
    assert state_hash(state) != state_hash(new_state())


def test_the_link_asks_for_offline_access_consent_the_minimal_scopes_and_s256() -> None:
    link = authorization_url(
        "https://accounts.google.com/o/oauth2/v2/auth", client_id="cid",
        redirect_uri="https://node.example/oauth/google/callback", state="st", verifier="v" * 43,
    )  # fmt: skip
    parts = urlsplit(link)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    assert parts.netloc == "accounts.google.com"
    assert query == {
        "response_type": "code", "client_id": "cid", "redirect_uri": "https://node.example/oauth/google/callback",
        "scope": " ".join(GOOGLE_SCOPES), "state": "st", "code_challenge": challenge_of("v" * 43),
        "code_challenge_method": "S256", "access_type": "offline", "prompt": "consent",
    }  # fmt: skip
    assert set(GOOGLE_SCOPES) == {
        "https://www.googleapis.com/auth/calendar.events",
        "https://www.googleapis.com/auth/tasks",
    }
    assert "v" * 43 not in link  # the verifier itself never leaves the node before the token exchange
