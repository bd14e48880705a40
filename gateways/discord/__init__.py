"""The Discord transport: a thin client of our own over httpx (REST,
through the egress guard's transport) and websockets (the gateway), both
on the node's event loop."""

from gateways.discord._connection import INTENTS, Counters, websocket_url
from gateways.discord._gateway import DISCORD_NAME, Counts, DiscordGateway, SendToChannel, pending_key, refusal
from gateways.discord._messages import Incoming, MalformedMessage, inbox_record, read_dispatch
from gateways.discord._rest import DiscordError, DiscordRest, TokenRejected, Unreachable
from gateways.discord._send import LIMIT, DiscordSender
from gateways.discord._settings import DISCORD_PREFIX, DiscordSettings

__all__ = [
    "DISCORD_NAME",
    "DISCORD_PREFIX",
    "INTENTS",
    "LIMIT",
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
    "inbox_record",
    "pending_key",
    "read_dispatch",
    "refusal",
    "websocket_url",
]
