"""The cluster's boot settings, read from the environment only.

``CLUSTER_COOKIE`` must be at least ``MIN_COOKIE_LENGTH`` characters; unset
or shorter, the cluster is off and every link is refused (fail closed), and
``problem`` says why for ``doctor``. The listener is loopback unless the
operator names an address: ``0.0.0.0`` is never a default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

MIN_COOKIE_LENGTH: Final = 32
DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 4370
DISCOVERY_MODES: Final = ("static", "zeroconf", "dns")
SERVICE_TYPE: Final = "_alexclaw._tcp.local."


@dataclass(frozen=True)
class Seed:
    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


@dataclass(frozen=True)
class ClusterSettings:
    """What the cluster reads at boot; the cookie is kept out of ``repr``."""

    cookie: str | None = field(repr=False, default=None)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    discovery: tuple[str, ...] = ("static",)
    seeds: tuple[Seed, ...] = ()
    dns_name: str | None = None
    heartbeat_seconds: float = 5.0
    tls_cert: str | None = None
    tls_key: str | None = None
    tls_ca: str | None = None
    problem: str | None = None

    @property
    def enabled(self) -> bool:
        return self.cookie is not None and self.problem is None

    @property
    def listening(self) -> str:
        return str(Seed(self.host, self.port))


class ClusterSettingsError(ValueError):
    """A cluster setting is malformed; one line naming the variable."""


def _port(text: str) -> int | None:
    """A port in ASCII digits (0-65535), or None: "²" is a digit to isdigit,
    not to int, and a string of thousands of digits makes int raise."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 5 and int(text) < 65536 else None


def parse_seed(text: str) -> Seed:
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port_text = rest.removeprefix(":")
    else:
        host, _, port_text = text.rpartition(":")
    port = _port(port_text)
    if not host or not port:  # port 0 is no peer's
        raise ClusterSettingsError(f"ALEXCLAW_CLUSTER_SEEDS: {text!r} is not host:port")
    return Seed(host, port)


def load_cluster_settings(env: Mapping[str, str]) -> ClusterSettings:
    """The cluster's settings from ``env``. A malformed value raises
    ``ClusterSettingsError`` (the node refuses to start); a missing or weak
    cookie is not an error but turns the cluster off, with ``problem``."""
    cookie = env.get("CLUSTER_COOKIE") or None
    problem = None
    if cookie is None:
        problem = "CLUSTER_COOKIE is not set: the cluster is off"
    elif len(cookie) < MIN_COOKIE_LENGTH:
        problem = f"CLUSTER_COOKIE is shorter than {MIN_COOKIE_LENGTH} characters: the cluster is off"
    port_text = env.get("ALEXCLAW_CLUSTER_PORT", "").strip() or str(DEFAULT_PORT)
    if _port(port_text) is None:
        raise ClusterSettingsError("ALEXCLAW_CLUSTER_PORT: a port number 0..65535")
    modes = tuple(m.strip() for m in env.get("ALEXCLAW_CLUSTER_DISCOVERY", "static").split(",") if m.strip())
    unknown = [m for m in modes if m not in DISCOVERY_MODES]
    if unknown:
        raise ClusterSettingsError(f"ALEXCLAW_CLUSTER_DISCOVERY: unknown mode {unknown[0]!r} (static, zeroconf, dns)")
    seeds = tuple(parse_seed(s) for s in env.get("ALEXCLAW_CLUSTER_SEEDS", "").split(",") if s.strip())
    dns_name = env.get("ALEXCLAW_CLUSTER_DNS_NAME", "").strip() or None
    if "dns" in modes and dns_name is None:
        raise ClusterSettingsError("ALEXCLAW_CLUSTER_DNS_NAME: required with dns discovery")
    heartbeat_text = env.get("ALEXCLAW_CLUSTER_HEARTBEAT", "").strip() or "5"
    try:
        heartbeat = float(heartbeat_text)
    except ValueError:
        heartbeat = -1.0
    if not 0.05 <= heartbeat <= 300:
        raise ClusterSettingsError("ALEXCLAW_CLUSTER_HEARTBEAT: seconds between 0.05 and 300")
    tls = tuple(env.get(k, "").strip() or None for k in ("CLUSTER_TLS_CERT", "CLUSTER_TLS_KEY", "CLUSTER_TLS_CA"))
    if any(tls) and not all(tls):
        raise ClusterSettingsError("CLUSTER_TLS_CERT, CLUSTER_TLS_KEY and CLUSTER_TLS_CA: all three or none")
    return ClusterSettings(
        cookie=cookie,
        host=env.get("ALEXCLAW_CLUSTER_HOST", "").strip() or DEFAULT_HOST,
        port=int(port_text),
        discovery=modes,
        seeds=seeds,
        dns_name=dns_name,
        heartbeat_seconds=heartbeat,
        tls_cert=tls[0],
        tls_key=tls[1],
        tls_ca=tls[2],
        problem=problem,
    )
