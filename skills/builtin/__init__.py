"""Core skills that need nothing but their input and the SkillAPI: building
blocks and test doubles for workflows, and the model's skills:
``ask_model`` asks the node's model, ``conversational`` answers one turn of
a chat, ``llm_score`` ranks items against interests, ``llm_transform`` runs
a prompt template (with AlexClaw's presets), ``research`` answers from
memory and knowledge with citations; ``shell`` runs one whitelisted
command behind 2FA. Core skills run with the application's trust."""

from skills.builtin._ask_model import AskModel
from skills.builtin._cluster_dispatch import ReceiveFromWorkflow, SendToWorkflow
from skills.builtin._coder import Coder
from skills.builtin._condition import Condition
from skills.builtin._conversational import Conversational
from skills.builtin._db_backup import DbBackup
from skills.builtin._deprecated import RssCollector, WebBrowse, WebSearch
from skills.builtin._discord_notify import DiscordNotify
from skills.builtin._echo import Echo
from skills.builtin._fail import Fail
from skills.builtin._llm_score import LlmScore
from skills.builtin._llm_transform import LlmTransform
from skills.builtin._prompt_presets import PROMPT_PRESETS
from skills.builtin._research import Research
from skills.builtin._shell import ON_TIMEOUT, Shell
from skills.builtin._shell_rules import ShellLimits, ShellRefusal, check_command, narrowed, parse_whitelist
from skills.builtin._sleep import Sleep
from skills.builtin._sql_query import ON_ROWS, SqlQuery
from skills.builtin._telegram_notify import TelegramNotify
from skills.builtin._template import Template

CORE_SKILLS = (
    Echo(), Sleep(), Condition(), Template(), Fail(), TelegramNotify(), AskModel(), Conversational(), LlmScore(),
    LlmTransform(), Research(), Shell(), RssCollector(), WebSearch(), WebBrowse(), Coder(),
    SqlQuery(),
    DiscordNotify(),
    SendToWorkflow(), ReceiveFromWorkflow(),
    DbBackup(),
)  # fmt: skip
# The core skills that run only behind the operator's 2FA code (the shell).
PRIVILEGED_SKILLS = frozenset(skill.name for skill in CORE_SKILLS if getattr(skill, "privileged", False))

__all__ = [
    "CORE_SKILLS", "ON_TIMEOUT", "PRIVILEGED_SKILLS", "PROMPT_PRESETS", "AskModel", "Coder", "Condition",
    "Conversational",
    "DbBackup",
    "Echo", "Fail", "LlmScore", "LlmTransform", "Research", "RssCollector", "Shell", "ShellLimits",
    "ShellRefusal", "Sleep", "TelegramNotify", "Template", "WebBrowse", "WebSearch", "check_command", "narrowed",
    "parse_whitelist",
    "ON_ROWS", "SqlQuery",
    "DiscordNotify",
    "ReceiveFromWorkflow", "SendToWorkflow",
]  # fmt: skip
