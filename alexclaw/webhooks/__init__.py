"""GitHub webhooks: ``POST /webhooks/github`` (signed deliveries that start
the workflows bound to a repository's pull requests and pushes), the
bindings and the record of every delivery."""

from alexclaw.webhooks._github import (
    DELIVERY_HEADERS,
    EVENTS,
    MAX_DELIVERY_BYTES,
    Binding,
    GithubEvent,
    InvalidDelivery,
    check_binding,
    matches,
    read_event,
    signature_ok,
)
from alexclaw.webhooks._operations import WebhookOperations
from alexclaw.webhooks._receiver import GithubWebhooks, WebhookAnswer
from alexclaw.webhooks._store import Delivery, list_bindings, recent_deliveries

__all__ = [
    "DELIVERY_HEADERS",
    "EVENTS",
    "MAX_DELIVERY_BYTES",
    "WebhookAnswer",
    "Binding",
    "Delivery",
    "GithubEvent",
    "GithubWebhooks",
    "InvalidDelivery",
    "WebhookOperations",
    "check_binding",
    "list_bindings",
    "matches",
    "read_event",
    "recent_deliveries",
    "signature_ok",
]
