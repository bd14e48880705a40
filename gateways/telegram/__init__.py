"""The Telegram transport (python-telegram-bot's ``Bot`` inside our loop)."""

from gateways.telegram._gateway import (
    GATEWAY,
    POLL_TIMEOUT,
    TELEGRAM_NAME,
    NotConfigured,
    SendToOperator,
    TelegramGateway,
    WebhookUpdate,
)
from gateways.telegram._send import TelegramSender, with_retries
from gateways.telegram._settings import PREFIX, TelegramSettings

__all__ = [
    "GATEWAY",
    "POLL_TIMEOUT",
    "PREFIX",
    "TELEGRAM_NAME",
    "NotConfigured",
    "SendToOperator",
    "TelegramGateway",
    "TelegramSender",
    "TelegramSettings",
    "WebhookUpdate",
    "with_retries",
]
