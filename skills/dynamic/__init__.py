"""Dynamic skills: one Python file each, checked statically (``check_file``)
and run in a sandboxed OS process (``Sandbox``) whose only way out is the
SkillAPI over a pipe. Skills import nothing of the project but the SDK
(``alexclaw_sdk``, at ``SDK_PATH``)."""

from skills.dynamic._check import (
    ALLOWED_MODULES,
    MAX_BYTES,
    NEVER_GRANTED,
    SDK_MODULE,
    CheckReport,
    Problem,
    check_file,
    check_source,
)
from skills.dynamic._confine import Limits
from skills.dynamic._sandbox import (
    RELAYS,
    SANDBOXES_NAME,
    SCRUBBED_ENV,
    SDK_PATH,
    Sandbox,
    SandboxError,
    SkillCrashed,
)
from skills.dynamic._skill import DynamicSkill, dynamic_skill, sha256_of

__all__ = [
    "ALLOWED_MODULES",
    "MAX_BYTES",
    "NEVER_GRANTED",
    "SDK_MODULE",
    "CheckReport",
    "Problem",
    "check_file",
    "check_source",
    "DynamicSkill",
    "Limits",
    "dynamic_skill",
    "sha256_of",
    "RELAYS",
    "SANDBOXES_NAME",
    "SCRUBBED_ENV",
    "SDK_PATH",
    "Sandbox",
    "SandboxError",
    "SkillCrashed",
]
