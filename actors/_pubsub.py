"""A small pub/sub: topics → subscriber processes.

``publish`` delivers the message to each subscriber's ``handle_info``; it
never waits for them. A subscriber that exits is dropped automatically.
Used for config changes, breaker events, run progress, supervisor restarts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actors._process import Process

_topics: dict[str, dict[Process, None]] = {}


def subscribe(topic: str, process: Process) -> None:
    """Deliver every message published on ``topic`` to ``process``."""
    if process.exit_reason is not None:
        return
    _topics.setdefault(topic, {})[process] = None


def unsubscribe(topic: str, process: Process) -> None:
    subscribers = _topics.get(topic)
    if subscribers is not None:
        subscribers.pop(process, None)
        if not subscribers:
            del _topics[topic]


def publish(topic: str, message: Any) -> int:
    """Send ``message`` to every subscriber of ``topic``; returns how many.
    Safe from any thread (delivery is marshalled to the loop)."""
    subscribers = _topics.get(topic)
    if not subscribers:
        return 0
    targets = list(subscribers)
    for process in targets:
        process._send(message)
    return len(targets)


def subscribers(topic: str) -> list[Process]:
    return list(_topics.get(topic, ()))


def drop_subscriber(process: Process) -> None:
    """Forget ``process`` everywhere (called when it exits)."""
    for topic in [t for t, subs in _topics.items() if process in subs]:
        unsubscribe(topic, process)
