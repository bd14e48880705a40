"""Core skills that need nothing but their input: building blocks and test
doubles for workflows (the LLM, RSS and notify skills arrive with their
subsystems). Core skills run with the application's trust."""

from skills.builtin._condition import Condition
from skills.builtin._echo import Echo
from skills.builtin._fail import Fail
from skills.builtin._sleep import Sleep
from skills.builtin._telegram_notify import TelegramNotify
from skills.builtin._template import Template

CORE_SKILLS = (Echo(), Sleep(), Condition(), Template(), Fail(), TelegramNotify())

__all__ = ["CORE_SKILLS", "Condition", "Echo", "Fail", "Sleep", "TelegramNotify", "Template"]
