"""The chat side of the application: the command dispatcher every gateway
uses, the announcer, and the gateways' durable inbox."""

from alexclaw.dispatcher._announcer import ANNOUNCER_NAME, Announcer
from alexclaw.dispatcher._chats import ChatOperations
from alexclaw.dispatcher._commands import HELP, Command, Rating, bare_code, parse_command, parse_rating
from alexclaw.dispatcher._dispatcher import Dispatcher, Watch
from alexclaw.dispatcher._gateway_lease import PgGatewayLease
from alexclaw.dispatcher._inbox import PgInbox, forget_pending, pending_chat, pending_chats, stored_messages

__all__ = [
    "ANNOUNCER_NAME",
    "HELP",
    "Announcer",
    "ChatOperations",
    "Command",
    "Dispatcher",
    "PgGatewayLease",
    "PgInbox",
    "Rating",
    "Watch",
    "bare_code",
    "forget_pending",
    "parse_command",
    "parse_rating",
    "pending_chat",
    "pending_chats",
    "stored_messages",
]
