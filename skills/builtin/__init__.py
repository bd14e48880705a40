"""Core skills that need nothing but their input and the SkillAPI: building
blocks and test doubles for workflows (``ask_model`` asks the node's model;
``conversational`` answers one turn of a chat; RSS arrives with its subsystem). Core skills
run with the application's trust."""

from skills.builtin._ask_model import AskModel
from skills.builtin._condition import Condition
from skills.builtin._conversational import Conversational
from skills.builtin._echo import Echo
from skills.builtin._fail import Fail
from skills.builtin._sleep import Sleep
from skills.builtin._telegram_notify import TelegramNotify
from skills.builtin._template import Template

CORE_SKILLS = (Echo(), Sleep(), Condition(), Template(), Fail(), TelegramNotify(), AskModel(), Conversational())

__all__ = [
    "CORE_SKILLS",
    "AskModel",
    "Condition",
    "Conversational",
    "Echo",
    "Fail",
    "Sleep",
    "TelegramNotify",
    "Template",
]
