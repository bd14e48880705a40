"""Chat gateways (Telegram; Discord later): raw update → InboundMessage →
the dispatcher port → replies; announcements to the operator; outbound
sending with chunking and retries.

A plugin package: it imports only ``supervisors``, ``actors`` and its
transport libraries, and states what it needs from the application as
``Protocol``s in ``gateways.ports``.
"""

from gateways._chunks import split_message
from gateways._contract import (
    ANNOUNCE_TOPIC,
    STATUS_TOPIC,
    Announcement,
    EgressRefused,
    GatewayStatus,
    InboundMessage,
    InboxItem,
    Reply,
)
from gateways._lease import LEASE_INTERVAL, LeaseView, Tick, no_node_warning
from gateways.tree import GATEWAYS_NAME, GatewayWatcher, gateways_spec

__all__ = [
    "ANNOUNCE_TOPIC",
    "STATUS_TOPIC",
    "GATEWAYS_NAME",
    "LEASE_INTERVAL",
    "Announcement",
    "EgressRefused",
    "GatewayStatus",
    "GatewayWatcher",
    "InboundMessage",
    "InboxItem",
    "LeaseView",
    "Reply",
    "Tick",
    "gateways_spec",
    "no_node_warning",
    "split_message",
]
