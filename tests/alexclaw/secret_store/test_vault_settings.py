"""VAULT_* at boot: with VAULT_ADDR the AppRole must be complete or the
node refuses to start, naming what is missing — never a silent fallback to
the local store; without VAULT_ADDR the built-in store, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from alexclaw.cli import main
from alexclaw.secret_store import LocalStore, VaultStore, node_store
from alexclaw.settings import SettingsError, load_settings

KEY = "k" * 20 + "abcdefghijklmnopqrstuvwxyz"
SECRET_ID = "the-approle-secret-id-0123456789"


def env(**values: str) -> dict[str, str]:
    return {"SECRET_KEY_BASE": KEY, "ALEXCLAW_NODE_NAME": "node-a", **values}


def test_without_vault_addr_the_built_in_encrypted_store_is_used() -> None:
    settings = load_settings(env(VAULT_ROLE_ID="ignored"), env_file=None)
    assert settings.vault is None and isinstance(node_store(settings), LocalStore)


def test_vault_addr_with_its_approle_chooses_vault_with_the_documented_defaults() -> None:
    settings = load_settings(
        env(VAULT_ADDR="https://bao.internal:8200/", VAULT_ROLE_ID="role", VAULT_SECRET_ID=SECRET_ID), env_file=None
    )
    assert settings.vault is not None and isinstance(node_store(settings), VaultStore)
    assert (settings.vault.addr, settings.vault.mount, settings.vault.path_prefix) == (
        "https://bao.internal:8200", "secret", "alexclaw/node-a",
    )  # fmt: skip
    assert SECRET_ID in settings.secrets and SECRET_ID not in repr(settings)


def test_the_secret_id_may_come_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "secret-id").write_text(SECRET_ID + "\n")
    settings = load_settings(
        env(VAULT_ADDR="https://bao:8200", VAULT_ROLE_ID="role", VAULT_SECRET_ID_FILE=str(tmp_path / "secret-id")),
        env_file=None,
    )
    assert settings.vault is not None and settings.vault.secret_id == SECRET_ID


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"VAULT_SECRET_ID": SECRET_ID}, "VAULT_ADDR is set but VAULT_ROLE_ID is not"),
        ({"VAULT_ROLE_ID": "role"}, "VAULT_ADDR is set but VAULT_SECRET_ID is not"),
        ({}, "VAULT_ROLE_ID and VAULT_SECRET_ID is not"),
        ({"VAULT_ROLE_ID": "role", "VAULT_SECRET_ID_FILE": "/nonexistent/secret-id"}, "VAULT_SECRET_ID_FILE cannot"),
        ({"VAULT_ROLE_ID": "r", "VAULT_SECRET_ID": SECRET_ID, "VAULT_MOUNT": "a b"}, "VAULT_MOUNT: path segments"),
        ({"VAULT_ROLE_ID": "r", "VAULT_SECRET_ID": SECRET_ID, "VAULT_CACERT": "/nonexistent.pem"}, "VAULT_CACERT"),
    ],
)
def test_vault_addr_without_a_complete_approle_refuses_to_start(values: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(env(VAULT_ADDR="https://bao:8200", **values), env_file=None)


def test_a_vault_addr_that_is_not_an_http_url_is_refused() -> None:
    with pytest.raises(SettingsError, match="VAULT_ADDR must be an http"):
        load_settings(env(VAULT_ADDR="bao:8200", VAULT_ROLE_ID="r", VAULT_SECRET_ID=SECRET_ID), env_file=None)


def test_alexclaw_start_with_vault_addr_and_no_approle_exits_with_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRET_KEY_BASE", KEY)
    monkeypatch.setenv("ALEXCLAW_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VAULT_ADDR", "https://bao:8200")
    for name in ("VAULT_ROLE_ID", "VAULT_SECRET_ID", "VAULT_SECRET_ID_FILE"):
        monkeypatch.delenv(name, raising=False)
    assert main(["start"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "never falls back to the local store" in err[0]
    assert not (tmp_path / "data").exists()  # refused before anything was touched
