"""The SSRF guard: every blocked range in every spelling, public controls,
DNS answers with one bad address, URL shapes that are refused."""

from __future__ import annotations

import ipaddress

import pytest

from alexclaw.security import blocked_reason, check_url
from alexclaw.security._netguard import parse_legacy_ipv4

BLOCKED_URLS = [
    "https://127.0.0.1/",
    "https://127.1/",
    "https://127.0.1/",
    "https://0x7f.1/",
    "https://0x7f000001/",
    "https://2130706433/",
    "https://017700000001/",
    "https://0177.0.0.1/",
    "https://127.000.000.001/",
    "https://localhost.example:443@127.0.0.1/",  # userinfo trick
    "https://0/",
    "https://0.0.0.0/",
    "https://10.0.0.1/",
    "https://10.255.255.255/",
    "https://172.16.0.1/",
    "https://172.31.255.254/",
    "https://192.168.1.1/",
    "https://169.254.169.254/latest/meta-data/",
    "https://0xa9fea9fe/",  # 169.254.169.254 in hex
    "https://2852039166/",  # 169.254.169.254 as an integer
    "https://0251.0376.0251.0376/",  # and in octal
    "https://169.254.0.1/",
    "https://100.64.0.1/",
    "https://100.127.255.254/",
    "https://192.0.2.10/",
    "https://198.51.100.10/",
    "https://203.0.113.10/",
    "https://198.18.0.1/",
    "https://224.0.0.1/",
    "https://239.255.255.250/",
    "https://240.0.0.1/",
    "https://255.255.255.255/",
    "https://[::1]/",
    "https://[::]/",
    "https://[fe80::1]/",
    "https://[fec0::1]/",
    "https://[fc00::1]/",
    "https://[fd12:3456::1]/",
    "https://[ff02::1]/",
    "https://[2001:db8::1]/",
    "https://[fd00:ec2::254]/",
    "https://[::ffff:127.0.0.1]/",
    "https://[::ffff:7f00:1]/",
    "https://[::ffff:169.254.169.254]/",
    "https://[::127.0.0.1]/",  # IPv4-compatible
    "https://[64:ff9b::7f00:1]/",  # NAT64 of loopback
    "https://[64:ff9b::a9fe:a9fe]/",  # NAT64 of metadata
    "https://[2002:7f00:1::]/",  # 6to4 of loopback
    "https://[2002:a9fe:a9fe::]/",  # 6to4 of metadata
    "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo of 127.0.0.1 (obfuscated)
]

ALLOWED_URLS = [
    "https://8.8.8.8/",
    "https://1.1.1.1/dns-query",
    "https://93.184.216.34/",
    "https://[2606:4700:4700::1111]/",
    "https://[2a00:1450:4001:81c::200e]/",
    "https://100.63.255.255/",  # just below CGNAT
    "https://100.128.0.1/",  # just above
    "https://172.32.0.1/",  # just above 172.16/12
    "https://11.0.0.1/",
    "https://[64:ff9b::808:808]/",  # NAT64 of a public address
]


@pytest.mark.parametrize("url", BLOCKED_URLS)
def test_private_loopback_link_local_metadata_and_reserved_addresses_are_refused(url: str) -> None:
    decision = check_url(url)
    assert not decision.allowed, decision


@pytest.mark.parametrize("url", ALLOWED_URLS)
def test_public_addresses_pass(url: str) -> None:
    decision = check_url(url)
    assert decision.allowed, decision


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0x7f.0x0.0x0.0x1", "127.0.0.1"),
        ("0177.01", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7F000001", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("3232235777", "192.168.1.1"),
        ("0", "0.0.0.0"),
    ],
)
def test_legacy_ipv4_spellings_parse_like_a_resolver(spelling: str, address: str) -> None:
    assert str(parse_legacy_ipv4(spelling)) == address


@pytest.mark.parametrize("text", ["256.1.1.1", "1.2.3.4.5", "0x1g.1", "08.1", "example.com", "1.256.1", "4294967296"])
def test_things_that_are_not_addresses_do_not_parse(text: str) -> None:
    assert parse_legacy_ipv4(text) is None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://8.8.8.8/", "plain http"),
        ("ftp://8.8.8.8/", "scheme ftp"),
        ("file:///etc/passwd", "scheme file"),
        ("gopher://8.8.8.8/", "scheme gopher"),
        ("https://user:pass@8.8.8.8/", "userinfo"),
        ("https://user@8.8.8.8/", "userinfo"),
        ("https:///path", "no host"),
        ("https://[::1/", "malformed"),
    ],
)
def test_unsupported_url_shapes_are_refused_with_a_reason(url: str, reason: str) -> None:
    decision = check_url(url)
    assert not decision.allowed and reason in decision.reason


def test_plain_http_is_allowed_only_when_asked() -> None:
    assert check_url("http://8.8.8.8/", allow_http=True).allowed


def test_one_private_answer_among_public_ones_denies_the_host() -> None:
    pinned = {"api.example.com": ["93.184.216.34", "2606:4700::1", "10.0.0.7"]}
    decision = check_url("https://api.example.com/v1", pinned=pinned)
    assert not decision.allowed and "10.0.0.7" in decision.reason
    assert "93.184.216.34" in decision.addresses


def test_a_host_that_resolves_only_to_public_addresses_passes() -> None:
    decision = check_url("https://api.example.com/", pinned={"api.example.com": ["93.184.216.34", "2606:4700::1"]})
    assert decision.allowed and decision.addresses == ("93.184.216.34", "2606:4700::1")


def test_an_unresolvable_host_is_denied() -> None:
    decision = check_url("https://no-such-host.invalid/")
    assert not decision.allowed and "does not resolve" in decision.reason


def test_a_method_outside_the_list_is_denied() -> None:
    assert not check_url("https://8.8.8.8/", method="TRACE").allowed


@pytest.mark.parametrize("address", ["169.254.169.254", "fd00:ec2::254"])
def test_metadata_endpoints_say_so(address: str) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) == "cloud metadata endpoint"


def test_a_denial_lists_every_reason_that_applies_with_the_first_as_reason() -> None:
    decision = check_url("ftp://user@169.254.169.254/", method="TRACE")
    assert decision.reasons == (
        "method TRACE is not allowed",
        "scheme ftp is not allowed",
        "credentials in the URL (userinfo) are not allowed",
        "169.254.169.254 is cloud metadata endpoint",
    )
    assert not decision.allowed and decision.reason == decision.reasons[0]
    assert check_url("https://8.8.8.8/").reasons == ()


def test_every_bad_answer_of_a_host_is_a_reason() -> None:
    pinned = {"api.example.com": ["10.0.0.7", "93.184.216.34", "127.0.0.1"]}
    decision = check_url("http://api.example.com/", pinned=pinned)
    assert decision.reasons == (
        "plain http is not allowed (https only)",
        "api.example.com resolves to 10.0.0.7, which is private",
        "api.example.com resolves to 127.0.0.1, which is loopback",
    )


def test_a_url_refused_already_is_not_resolved() -> None:
    """No DNS query (which could carry data out) for a request that will
    not be made: the unresolvable name adds no "does not resolve"."""
    assert check_url("http://no-such-host.invalid/").reasons == ("plain http is not allowed (https only)",)
