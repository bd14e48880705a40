"""The cluster's settings fail closed: no cookie or a weak one turns it off."""

from __future__ import annotations

import pytest

from cluster._settings import ClusterSettingsError, Seed, load_cluster_settings

COOKIE = "k" * 32


def test_without_a_cookie_the_cluster_is_off_and_says_why() -> None:
    settings = load_cluster_settings({})
    assert not settings.enabled and "not set" in (settings.problem or "")


def test_a_cookie_shorter_than_32_characters_turns_the_cluster_off() -> None:
    settings = load_cluster_settings({"CLUSTER_COOKIE": "k" * 31})
    assert not settings.enabled and "shorter than 32" in (settings.problem or "")


def test_the_listener_is_loopback_unless_the_operator_names_an_address() -> None:
    settings = load_cluster_settings({"CLUSTER_COOKIE": COOKIE})
    assert settings.enabled and settings.host == "127.0.0.1"
    assert load_cluster_settings({"CLUSTER_COOKIE": COOKIE, "ALEXCLAW_CLUSTER_HOST": "10.0.0.5"}).host == "10.0.0.5"


def test_the_cookie_never_appears_in_the_settings_repr() -> None:
    assert COOKIE not in repr(load_cluster_settings({"CLUSTER_COOKIE": COOKIE}))


def test_seeds_discovery_and_port_are_parsed() -> None:
    settings = load_cluster_settings(
        {
            "CLUSTER_COOKIE": COOKIE,
            "ALEXCLAW_CLUSTER_PORT": "4999",
            "ALEXCLAW_CLUSTER_DISCOVERY": "static, dns",
            "ALEXCLAW_CLUSTER_DNS_NAME": "alexclaw-headless.default.svc",
            "ALEXCLAW_CLUSTER_SEEDS": "127.0.0.1:4371, [::1]:4372",
        }
    )
    assert settings.port == 4999 and settings.discovery == ("static", "dns")
    assert settings.seeds == (Seed("127.0.0.1", 4371), Seed("::1", 4372))
    assert [str(s) for s in settings.seeds] == ["127.0.0.1:4371", "[::1]:4372"]


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("ALEXCLAW_CLUSTER_PORT", "http", "ALEXCLAW_CLUSTER_PORT"),
        ("ALEXCLAW_CLUSTER_DISCOVERY", "static,epmd", "ALEXCLAW_CLUSTER_DISCOVERY"),
        ("ALEXCLAW_CLUSTER_SEEDS", "host-without-port", "ALEXCLAW_CLUSTER_SEEDS"),
        ("ALEXCLAW_CLUSTER_SEEDS", "peer:\u00b2", "ALEXCLAW_CLUSTER_SEEDS"),  # a digit to isdigit, not to int
        ("ALEXCLAW_CLUSTER_SEEDS", "peer:" + "9" * 5000, "ALEXCLAW_CLUSTER_SEEDS"),
        ("ALEXCLAW_CLUSTER_PORT", "\u00b2", "ALEXCLAW_CLUSTER_PORT"),
        ("ALEXCLAW_CLUSTER_DISCOVERY", "dns", "ALEXCLAW_CLUSTER_DNS_NAME"),
        ("ALEXCLAW_CLUSTER_HEARTBEAT", "0", "ALEXCLAW_CLUSTER_HEARTBEAT"),
        ("CLUSTER_TLS_CERT", "/etc/cert.pem", "CLUSTER_TLS_"),
    ],
)
def test_a_malformed_setting_is_refused_naming_its_variable(variable: str, value: str, named: str) -> None:
    with pytest.raises(ClusterSettingsError, match=named):
        load_cluster_settings({"CLUSTER_COOKIE": COOKIE, variable: value})
