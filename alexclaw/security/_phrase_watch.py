"""Keeps the operator's injection phrases (setting
``sanitizer.extra_phrases``) in force: applied at start and again whenever
the setting changes, on this node or another. A list that cannot be
applied keeps the previous one (logged)."""

from __future__ import annotations

import logging
from typing import Any, Final

from actors import AsyncActor, subscribe
from alexclaw.security._phrases import set_operator_phrases
from alexclaw.security._ports import SettingsReader

log = logging.getLogger("alexclaw.security")

KEY: Final = "sanitizer.extra_phrases"
PHRASE_WATCH_NAME: Final = "alexclaw.security.phrase_watch"


class PhraseWatch(AsyncActor):
    """Keeps the operator's injection phrases in force.

    ``init`` / ``handle_info`` (a change of ``sanitizer.extra_phrases`` on the
    settings topic)
        Applies the list; a list that cannot be applied is logged and the
        previous one stays — never a crash. It answers no calls."""

    def __init__(self, config: SettingsReader, settings_topic: str) -> None:
        super().__init__()
        self.config = config
        self.settings_topic = settings_topic

    async def init(self) -> None:
        subscribe(self.settings_topic, self)
        self._apply()

    async def handle_info(self, message: Any) -> None:
        if getattr(message, "key", None) == KEY:
            self._apply()

    def _apply(self) -> None:
        try:
            count = set_operator_phrases(str(self.config.get(KEY, "") or ""))
        except Exception:  # keep what is in force rather than scan with nothing
            log.exception("the operator's injection phrases could not be applied; the previous list stays")
            return
        if count:
            log.info("%d operator injection phrases in force", count)
