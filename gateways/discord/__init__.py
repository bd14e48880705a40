"""The Discord transport: a thin client of our own over httpx (REST,
through the egress guard's transport) and websockets (the gateway), both
on the node's event loop."""

from gateways.discord._connection import GATEWAY, INTENTS, Counters, show_status
from gateways.discord._gateway import (
    DISCORD_NAME,
    MAX_ATTEMPTS,
    Counts,
    DiscordGateway,
    SendToChannel,
    pending_key,
    refusal,
)
from gateways.discord._messages import Incoming, MalformedMessage, read_dispatch
from gateways.discord._rest import DiscordError, DiscordRest, TokenRejected, Unreachable
from gateways.discord._send import LIMIT, DiscordSender
from gateways.discord._settings import PREFIX, DiscordSettings

__all__ = [
    "DISCORD_NAME",
    "GATEWAY",
    "INTENTS",
    "LIMIT",
    "MAX_ATTEMPTS",
    "PREFIX",
    "Counters",
    "Counts",
    "DiscordError",
    "DiscordGateway",
    "DiscordRest",
    "DiscordSender",
    "DiscordSettings",
    "Incoming",
    "MalformedMessage",
    "SendToChannel",
    "TokenRejected",
    "Unreachable",
    "pending_key",
    "read_dispatch",
    "refusal",
    "show_status",
]
