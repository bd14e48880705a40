"""Secrets at rest: AES-256-GCM, typed failures, masking."""

from __future__ import annotations

import base64

import pytest

from alexclaw.security import SecretBox, constant_time_equals, derive_key, is_encrypted, mask
from alexclaw.security._crypto import AuthenticationFailed, CiphertextTooShort, InvalidEncoding, NotEncrypted

KEY = "crypto-test-" + "k" * 40
OTHER = "crypto-test-" + "o" * 40


def test_a_value_round_trips_and_is_stored_with_the_enc_prefix() -> None:
    box = SecretBox(KEY)
    stored = box.encrypt("123456:bot-token")
    assert stored.startswith("enc:") and "bot-token" not in stored
    assert box.decrypt(stored) == "123456:bot-token"


def test_the_same_plaintext_encrypts_differently_every_time() -> None:
    box = SecretBox(KEY)
    assert len({box.encrypt("same") for _ in range(50)}) == 50


@pytest.mark.parametrize("plaintext", ["ключ-🔑-密钥", "x" * 100_000, " spaces and\nnewlines "])
def test_unicode_and_long_values_round_trip(plaintext: str) -> None:
    box = SecretBox(KEY)
    assert box.decrypt(box.encrypt(plaintext)) == plaintext


def test_an_empty_value_stays_empty_both_ways() -> None:
    box = SecretBox(KEY)
    assert box.encrypt("") == "" and box.decrypt("") == ""


def test_the_layout_is_a_12_byte_iv_then_ciphertext_then_a_16_byte_tag() -> None:
    raw = base64.b64decode(SecretBox(KEY).encrypt("abc")[4:])
    assert len(raw) == 12 + 3 + 16


def test_a_tampered_ciphertext_is_rejected() -> None:
    box = SecretBox(KEY)
    raw = bytearray(base64.b64decode(box.encrypt("secret")[4:]))
    raw[14] ^= 1
    with pytest.raises(AuthenticationFailed):
        box.decrypt("enc:" + base64.b64encode(bytes(raw)).decode())


def test_a_value_encrypted_with_another_key_is_rejected() -> None:
    with pytest.raises(AuthenticationFailed, match="another key"):
        SecretBox(OTHER).decrypt(SecretBox(KEY).encrypt("secret"))


def test_invalid_base64_is_its_own_error() -> None:
    with pytest.raises(InvalidEncoding):
        SecretBox(KEY).decrypt("enc:not-base64!!")


def test_too_short_input_is_its_own_error() -> None:
    with pytest.raises(CiphertextTooShort):
        SecretBox(KEY).decrypt("enc:" + base64.b64encode(b"short").decode())


def test_a_plaintext_value_is_never_returned_as_if_decrypted() -> None:
    with pytest.raises(NotEncrypted):
        SecretBox(KEY).decrypt("plain-text-token")
    assert not is_encrypted("plain") and is_encrypted("enc:xyz")


def test_keys_are_derived_per_purpose_and_fingerprints_tell_keys_apart() -> None:
    assert derive_key(KEY, "a") != derive_key(KEY, "b")
    assert len(derive_key(KEY, "a")) == 32
    assert SecretBox(KEY).fingerprint == SecretBox(KEY).fingerprint != SecretBox(OTHER).fingerprint
    assert KEY not in SecretBox(KEY).fingerprint


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("", ""),
        ("abc", "********"),
        ("12345678", "********"),
        ("123456789", "********"),  # was 1234********6789: 8 of 9 characters shown
        ("0123456789abcde", "********"),  # 15: still nothing
        ("0123456789abcdef", "********cdef"),  # 16: the last 4, so the operator can tell keys apart
        ("sk-ant-api03-verylongsecret", "********cret"),
    ],
)
def test_a_secret_shows_at_most_its_last_four_and_only_from_sixteen_characters(value: str, shown: str) -> None:
    assert mask(value) == shown


def test_the_mask_does_not_tell_a_short_secrets_length() -> None:
    assert len({mask("x" * n) for n in range(1, 16)}) == 1


@pytest.mark.parametrize("value", ["JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "ab"])
def test_a_never_shown_secret_shows_no_part_of_itself(value: str) -> None:
    shown = mask(value, never_shown=True)
    assert shown == "********" and not any(part in shown for part in (value[:2], value[-2:]))


def test_secrets_compare_in_constant_time_and_correctly() -> None:
    assert constant_time_equals("pässword", "pässword")
    assert not constant_time_equals("password", "passwore")
    assert not constant_time_equals("password", "password1")
