"""The Telegram transport (python-telegram-bot's ``Bot`` inside our loop)."""

from gateways.telegram._connection import GATEWAY, show_status
from gateways.telegram._gateway import (
    MAX_ATTEMPTS,
    POLL_TIMEOUT,
    TELEGRAM_NAME,
    SendToOperator,
    TelegramGateway,
    WebhookUpdate,
)
from gateways.telegram._send import TelegramSender, with_retries
from gateways.telegram._settings import PREFIX, TelegramSettings
from gateways.telegram._updates import MalformedUpdate, read_message, shape_problem, update_id_of

__all__ = [
    "GATEWAY",
    "MAX_ATTEMPTS",
    "POLL_TIMEOUT",
    "PREFIX",
    "TELEGRAM_NAME",
    "MalformedUpdate",
    "SendToOperator",
    "TelegramGateway",
    "TelegramSender",
    "TelegramSettings",
    "WebhookUpdate",
    "read_message",
    "shape_problem",
    "show_status",
    "update_id_of",
    "with_retries",
]
