"""Security: secrets at rest, constant-time comparison, TOTP challenges,
the policy engine and capability tokens, the audit trail, and content
security — sanitizer, shield (with break-glass), leak detector, the
SSRF-guarded egress client and the screening of LLM exchanges."""

from alexclaw.security._approval import (
    Approval,
    Entry,
    NotAllowed,
    Proof,
    Ran,
    approve_or_run,
    host_approval,
    no_approval,
    required_proof,
)
from alexclaw.security._audit import (
    CSRF_REFUSED,
    PROXY_BLOCKED,
    PROXY_KEY_MISSING,
    PROXY_KEY_REFUSED,
    RESOURCE_ATTACHED,
    RESOURCE_DETACHED,
    RUN_RESUMED,
    RUN_STARTED,
    TELEGRAM_CHAT_DISMISSED,
    TELEGRAM_TEST_SENT,
    WEBHOOK_REFUSED,
    WORKFLOW_DUPLICATED,
    WORKFLOW_IMPORTED,
    record_audit,
)
from alexclaw.security._audit_anchor import (
    AuditSeal,
    anchor_path,
)
from alexclaw.security._audit_chain import (
    prune,
    verify_chain,
)
from alexclaw.security._audit_query import (
    AUDIT_GROUPS,
    OUTCOMES,
    AuditFilter,
    AuditRow,
    csv_header,
    csv_line,
    iter_audit,
    jsonl_line,
    parse_audit_filter,
    query_audit,
)
from alexclaw.security._breakglass import (
    BREAK_GLASS_NAME,
    DURATIONS,
    SHIELD_TOPIC,
    BreakGlass,
    BreakGlassError,
)
from alexclaw.security._challenges import (
    CHALLENGES_TOPIC,
    ChallengeActor,
    ChallengeCreated,
    Challenges,
    ChallengeView,
    Outcome,
)
from alexclaw.security._codes import (
    CodeResult,
    check_code,
)
from alexclaw.security._crypto import (
    DecryptionError,
    SecretBox,
    constant_time_equals,
    derive_key,
    is_encrypted,
    mask,
)
from alexclaw.security._egress import (
    Credential,
    EgressClient,
    EgressDenied,
    EgressFailed,
    EgressPolicy,
    Endpoint,
    is_textual,
)
from alexclaw.security._enrolment import (
    PendingSecrets,
    ShowCodes,
    codes_in_words,
    disable_action,
    enable_action,
    prove_new_secret,
    recovery_codes_action,
)
from alexclaw.security._exchange import (
    InvalidChatRequest,
    InvalidCompletion,
    completion_chunks,
    completion_text,
    error_body,
    redact_completion,
    screen_prompt,
)
from alexclaw.security._guard import (
    BreakGlassWindow,
    GuardDecision,
    ShieldGuard,
    excerpt,
)
from alexclaw.security._leaks import (
    redact,
    scan_leaks,
)
from alexclaw.security._limiter import OPERATOR as OPERATOR_KEY
from alexclaw.security._limiter import (
    SECRET_LOCKS_TOPIC,
    SOURCE_PREFIX,
    Attempt,
    SecretLimiter,
    SecretLocked,
    lift_sources,
    source_key,
)
from alexclaw.security._limiter import policies as limiter_policies
from alexclaw.security._netguard import (
    blocked_reason,
    check_url,
    literal_address,
)
from alexclaw.security._phrases import (
    set_operator_phrases,
)
from alexclaw.security._pinned import (
    PinnedTransport,
)
from alexclaw.security._policy import (
    RULE_TYPES,
    AuthContext,
    Policy,
    PolicyConfigError,
    PolicyEngine,
    by_priority,
    validate_rule,
)
from alexclaw.security._policy_cache import (
    POLICIES_TOPIC,
    POLICY_CACHE_NAME,
    Authorizer,
    PoliciesReloaded,
    refresh_policies,
    save_policy,
)
from alexclaw.security._recovery import LOW as RECOVERY_LOW
from alexclaw.security._recovery import (
    RECOVERY_TOPIC,
    RecoveryCodeUsed,
    codes_left,
)
from alexclaw.security._refusals import (
    tally_refusal,
)
from alexclaw.security._sanitizer import (
    sanitize,
)
from alexclaw.security._shield import (
    Thresholds,
)
from alexclaw.security._shield import scan as shield_scan
from alexclaw.security._tokens import (
    CapabilityTokens,
    attenuate,
)
from alexclaw.security._totp import (
    provisioning_uri,
    qr_svg,
    secret_in_force,
)

__all__ = [
    "Approval",
    "Entry",
    "NotAllowed",
    "Proof",
    "Ran",
    "approve_or_run",
    "lift_sources",
    "PendingSecrets",
    "ShowCodes",
    "codes_in_words",
    "recovery_codes_action",
    "RECOVERY_TOPIC",
    "RECOVERY_LOW",
    "RecoveryCodeUsed",
    "codes_left",
    "disable_action",
    "enable_action",
    "prove_new_secret",
    "host_approval",
    "no_approval",
    "required_proof",
    "OPERATOR_KEY",
    "SECRET_LOCKS_TOPIC",
    "SHIELD_TOPIC",
    "SOURCE_PREFIX",
    "Attempt",
    "CodeResult",
    "SecretLimiter",
    "SecretLocked",
    "check_code",
    "limiter_policies",
    "source_key",
    "POLICIES_TOPIC",
    "POLICY_CACHE_NAME",
    "Authorizer",
    "PoliciesReloaded",
    "refresh_policies",
    "save_policy",
    "AUDIT_GROUPS",
    "OUTCOMES",
    "AuditFilter",
    "AuditRow",
    "csv_header",
    "csv_line",
    "iter_audit",
    "jsonl_line",
    "parse_audit_filter",
    "query_audit",
    "AuditSeal",
    "anchor_path",
    "tally_refusal",
    "prune",
    "verify_chain",
    "RULE_TYPES",
    "AuthContext",
    "CapabilityTokens",
    "Policy",
    "PolicyConfigError",
    "PolicyEngine",
    "attenuate",
    "by_priority",
    "validate_rule",
    "BREAK_GLASS_NAME",
    "DURATIONS",
    "BreakGlass",
    "BreakGlassError",
    "BreakGlassWindow",
    "GuardDecision",
    "ShieldGuard",
    "excerpt",
    "Credential",
    "EgressClient",
    "PinnedTransport",
    "InvalidChatRequest",
    "InvalidCompletion",
    "completion_chunks",
    "completion_text",
    "error_body",
    "redact_completion",
    "screen_prompt",
    "EgressDenied",
    "EgressFailed",
    "EgressPolicy",
    "is_textual",
    "Endpoint",
    "sanitize",
    "shield_scan",
    "Thresholds",
    "set_operator_phrases",
    "blocked_reason",
    "check_url",
    "literal_address",
    "redact",
    "scan_leaks",
    "CHALLENGES_TOPIC",
    "ChallengeActor",
    "ChallengeCreated",
    "ChallengeView",
    "Challenges",
    "Outcome",
    "provisioning_uri",
    "qr_svg",
    "secret_in_force",
    "DecryptionError",
    "SecretBox",
    "constant_time_equals",
    "derive_key",
    "is_encrypted",
    "mask",
    "record_audit",
    "CSRF_REFUSED",
    "PROXY_BLOCKED",
    "PROXY_KEY_MISSING",
    "PROXY_KEY_REFUSED",
    "RESOURCE_ATTACHED",
    "RESOURCE_DETACHED",
    "RUN_RESUMED",
    "RUN_STARTED",
    "TELEGRAM_CHAT_DISMISSED",
    "TELEGRAM_TEST_SENT",
    "WEBHOOK_REFUSED",
    "WORKFLOW_DUPLICATED",
    "WORKFLOW_IMPORTED",
]
