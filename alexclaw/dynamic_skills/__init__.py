"""Dynamic skills on the node: the skills directory (``pending/`` for
uploads and generated code), the loaded table with each file's SHA-256,
and the operations the Skills page calls — load, reload and unload behind a
2FA code — plus the check at every boot."""

from alexclaw.dynamic_skills._backends import GENERATED, AutoWorkflows, GeneratedFiles, generated_files
from alexclaw.dynamic_skills._files import PENDING, ensure_dirs, pending_files, write_pending
from alexclaw.dynamic_skills._loader import LOADER_NAME, DynamicSkillLoader
from alexclaw.dynamic_skills._operations import (
    NO_TWO_FACTOR,
    SKILL_LOAD,
    SKILL_RELOAD,
    SKILL_UNLOAD,
    DynamicSkillOperations,
    Skipped,
)

__all__ = [
    "GENERATED",
    "AutoWorkflows",
    "GeneratedFiles",
    "generated_files",
    "LOADER_NAME",
    "DynamicSkillLoader",
    "NO_TWO_FACTOR",
    "PENDING",
    "SKILL_LOAD",
    "SKILL_RELOAD",
    "SKILL_UNLOAD",
    "DynamicSkillOperations",
    "Skipped",
    "ensure_dirs",
    "pending_files",
    "write_pending",
]
