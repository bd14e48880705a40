"""Leak detector case tables: every provider fires, near-misses do not, and
hiding tricks (zero-width, tags, look-alikes, %XX) do not hide a secret."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alexclaw.security import mask, redact, scan_leaks
from alexclaw.security._normalize import normalize

A36 = "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5"
HEX32 = "0123456789abcdef" * 2
SECRETS: list[tuple[str, str]] = [
    ("anthropic_api_key", "sk-ant-api03-" + "Ab1_-" * 19 + "xyzAA"),
    ("openai_api_key", "sk-proj-" + "a" * 20 + "T3BlbkFJ" + "b" * 20),
    ("openai_api_key", "sk-" + "Q" * 20 + "T3BlbkFJ" + "z" * 20),
    ("openai_project_key", "sk-proj-" + "Zx9_" * 12),
    ("aws_access_key_id", "AKIAIOSFODNN7EXAMPL3"),
    ("aws_access_key_id", "ASIAY34FZKBOKMUTVV7A"),
    ("aws_secret_access_key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKE"),
    ("github_token", "ghp_" + A36),
    ("github_token", "gho_" + A36),
    ("github_token", "ghs_" + A36),
    ("github_fine_grained_token", "github_pat_" + "A" * 22 + "_" + "b" * 59),
    ("gitlab_token", "glpat-" + "x1Y2z3" * 4),
    ("slack_token", "xoxb-123456789012-1234567890123-" + "a1B2c3D4e5F6g7H8"),
    ("slack_webhook", "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/" + "q" * 24),
    ("stripe_key", "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"),
    ("stripe_key", "rk_test_" + "51H" + "x" * 30),
    ("google_api_key", "AIza" + "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"[:35]),
    ("twilio_api_key", "SK" + HEX32),
    ("sendgrid_api_key", "SG." + "a" * 22 + "." + "b" * 43),
    ("telegram_bot_token", "123456789:AA" + "F" * 33),
    ("telegram_bot_token", "https://api.telegram.org/bot123456789:AA" + "F" * 33 + "/getUpdates"),
    ("discord_bot_token", "MTA" + "x" * 21 + ".GqK2aB." + "y" * 38),
    ("discord_webhook", "https://discord.com/api/webhooks/123456789012345678/" + "t" * 68),
    ("npm_token", "npm_" + A36),
    ("pypi_token", "pypi-AgEIcHlwaS5vcmc" + "C" * 60),
    ("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
    ("bearer_token", "Authorization: Bearer abcdefghijklmnopqrstuvwx12345"),
    ("basic_auth_header", "Authorization: Basic dXNlcjpwYXNzd29yZDEyMw=="),
    ("private_key_block", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----"),
    ("private_key_block", "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----"),
    ("private_key_block", "-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOY\n-----END PGP PRIVATE KEY BLOCK-----"),
    ("database_url_with_password", "postgresql://app:s3cretPass@db.internal:5432/app"),
    ("database_url_with_password", "mongodb+srv://admin:hunter22@cluster0.example.net/db"),
    ("database_url_with_password", "redis://default:p4ssw0rd@cache:6379/0"),
    ("hex_secret_64", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
]

NEAR_MISSES = [
    "550e8400-e29b-41d4-a716-446655440000",  # a UUID
    "commit 3f786850e387550fdab836ed7e6dc881de23001b",  # a git SHA-1
    "OPENAI_API_KEY=YOUR_API_KEY",
    "api_key: <your-api-key-here>",
    "export GITHUB_TOKEN=${GITHUB_TOKEN}",
    "import com.example.skills.askanything",
    "the task was to ask the skeptic",
    "Bearer token goes in the header",
    "postgresql://localhost/app",
    "postgresql://user@host/app",
    "sk-ant-api03-short",
    "ghp_tooShort123",
    "AKIA lower case akiaiosfodnn7example",
    "0" * 64,
    "version 1.2.3 released",
    "see https://hooks.slack.com/ for docs",
    "my phone is 123456789:00",
    "eyJ alone is not a token",
    "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----",
    "SKU 12345 in stock",
    "npm install left-pad",
    "pypi-package-name",
    "https://discord.com/channels/123/456",
    "password: hunter2",  # prose, not a credential format we claim to catch
]


@pytest.mark.parametrize(("name", "secret"), SECRETS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(SECRETS)])
def test_each_kind_of_secret_is_found_in_context(name: str, secret: str) -> None:
    text = f"before {secret} after"
    findings = scan_leaks(text)
    assert [f.name for f in findings] == [name]
    finding = findings[0]
    assert text[finding.start : finding.end] in secret


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_look_alikes_and_placeholders_do_not_fire(text: str) -> None:
    assert [f.name for f in scan_leaks(text) if f.action != "warn"] == []


@pytest.mark.parametrize(
    "hide",
    [
        lambda s: s[:6] + "\u200b" + s[6:],  # zero-width space
        lambda s: s[:6] + "\u200d\u2060" + s[6:],  # joiner + word joiner
        lambda s: s[:6] + "\u202e" + s[6:],  # bidi override
        lambda s: s[:6] + "\U000e0041" + s[6:],  # a tag character
        lambda s: s[:6] + "\ufe0f" + s[6:],  # a variation selector
        lambda s: s[:4] + "%" + format(ord(s[4]), "02X") + s[5:],  # a percent-escape
        lambda s: "".join(chr(ord(c) + 0xFEE0) if c.isalnum() and c.isascii() else c for c in s[:3]) + s[3:],
    ],
    ids=["zwsp", "joiners", "bidi", "tag", "variation-selector", "percent", "fullwidth"],
)
def test_hiding_tricks_do_not_hide_a_secret(hide: object) -> None:
    secret = "ghp_" + A36
    hidden = hide(secret)  # type: ignore[operator]
    text = f"token={hidden}&x=1"
    findings = scan_leaks(text)
    assert [f.name for f in findings] == ["github_token"]
    # Positions are in the original text and cover the hidden characters.
    assert text[findings[0].start : findings[0].end].startswith(hidden[:3])


def test_positions_are_original_and_the_preview_is_the_one_mask_of_every_secret() -> None:
    secret = "ghp_" + A36
    text = "é\u200b " + secret
    [finding] = scan_leaks(text)
    assert text[finding.start : finding.end] == secret
    assert finding.preview == mask(secret) == "********" + A36[-4:]


def test_redaction_replaces_blocking_findings_and_merges_overlaps() -> None:
    text = "a ghp_" + A36 + " b postgresql://u:pw123@h/db c"
    redacted = redact(text, scan_leaks(text))
    # only the password of a database URL goes: the host stays readable
    assert redacted == "a [REDACTED:github_token] b postgresql://u:[REDACTED:database_url_with_password]@h/db c"
    hex_only = "x 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 y"
    assert redact(hex_only, scan_leaks(hex_only)) == hex_only  # a warning is reported, not redacted


def test_a_glued_token_is_not_a_match() -> None:
    assert scan_leaks("xghp_" + A36) == []
    assert scan_leaks("ghp_" + A36 + "zz") != []  # 36 to 255 characters: still a token
    assert scan_leaks("ghp_" + A36 + "_glued_suffix") == []  # not a token any more


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@settings(max_examples=150, deadline=None)
@given(
    position=st.integers(min_value=1, max_value=39),
    junk=st.lists(
        st.sampled_from(
            ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\U000e0020", "\U000e0061", "\u202a", "\u2066", "\ufe0e"]
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_invisible_characters_anywhere_inside_a_secret_do_not_hide_it(position: int, junk: list[str]) -> None:
    secret = "ghp_" + A36
    hidden = secret[:position] + "".join(junk) + secret[position:]
    assert [f.name for f in scan_leaks(f"x {hidden} y")] == ["github_token"]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.printable + "é€ßаоЅ\u200b\U000e0041%", max_size=300))
def test_the_scanner_never_raises_and_positions_stay_in_bounds(text: str) -> None:
    for finding in scan_leaks(text):
        assert 0 <= finding.start <= finding.end <= len(text)


DOCUMENTED_EXAMPLES = [
    ("aws_access_key_id", "AKIAIOSFODNN7EXAMPLE"),  # AWS's documentation
    ("aws_access_key_id", "AKIAI44QH8DHBEXAMPLE"),  # another of AWS's examples
    ("aws_secret_access_key", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("stripe_key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),  # Stripe's API reference
    (
        "jwt",  # jwt.io's sample
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    ),
]


@pytest.mark.parametrize(("name", "secret"), DOCUMENTED_EXAMPLES, ids=[n for n, _ in DOCUMENTED_EXAMPLES])
def test_a_documented_example_key_is_still_a_finding_labelled_as_an_example_and_redacted(
    name: str, secret: str
) -> None:
    text = f"config: {secret} end"
    findings = scan_leaks(text)
    assert [(f.name, f.note) for f in findings] == [(name, "documented example key")]
    redacted = redact(text, findings)
    assert f"[REDACTED:{name}]" in redacted and secret.rsplit(maxsplit=1)[-1] not in redacted


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("aws_access_key_id", "AKIAEXAMPLEPLACEHLDR"),
        ("google_api_key", "AIza" + "YOUR_API_KEY_sample_placeholder_xx"[:35].ljust(35, "x")),
        ("slack_webhook", "https://hooks.slack.com/services/TEXAMPLE1/BEXAMPLE1/" + "changemechangeme1234"),
    ],
)
def test_a_credential_shape_is_a_finding_whatever_words_it_contains(name: str, secret: str) -> None:
    assert [f.name for f in scan_leaks(f"key {secret} here")] == [name]


def test_a_real_looking_key_carries_no_example_note() -> None:
    [finding] = scan_leaks("AKIAY34FZKBOKMUTVV7A")
    assert finding.note == ""
