"""Chat gateways (Telegram, Discord): raw update -> InboundMessage -> the
dispatcher port; outbound send with chunking and retries.

A plugin package: it imports only ``supervisors`` and ``actors`` and states
what it needs from the application as ``Protocol``s in its own ports
module. Its contents arrive with the gateway issues.
"""

__all__: list[str] = []
