"""The settings AlexClaw knows: type, default, description, and the
environment variable that may seed an empty value at boot. Other keys may
be created at run time (as strings unless a type is given)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from alexclaw.config._types import ValueType, looks_sensitive, typed


class Sensitivity(enum.StrEnum):
    """What changing a setting can do, and so what proof a change needs.
    The first three change only with a 2FA code (while 2FA is on), on every
    path; the command line is the host's operator and is audited."""

    SECRET = "secret"  # noqa: S105 - a class name: a credential, encrypted at rest, never shown
    CONTROL = "control"  # weakens or redirects a security control
    ENDPOINT = "endpoint"  # a URL a credential or the operator's traffic is sent to
    ORDINARY = "ordinary"

    @property
    def action(self) -> str:
        """The privileged action (``PRIVILEGED`` in ``alexclaw.security._approval``) a change is."""
        return {"secret": "config.secret", "control": "config.control", "endpoint": "config.endpoint"}.get(
            self.value, "config.ordinary"
        )


@dataclass(frozen=True)
class Known:
    key: str
    type: ValueType
    default: str
    description: str
    env: str | None = None
    sensitive: bool = False
    guard: Sensitivity | None = None  # None: SECRET when sensitive, else ORDINARY
    bound_to: str | None = None  # a credential: the endpoint setting it is sent to (see _binding.py)
    arrives: str = ""  # the feature it configures is not in this build yet: the Config page leaves it out
    never_shown: bool = False  # no part of the value is ever displayed (see never_shown())

    @property
    def is_sensitive(self) -> bool:
        return self.sensitive or self.never_shown or looks_sensitive(self.key)

    @property
    def sensitivity(self) -> Sensitivity:
        if self.is_sensitive:
            return Sensitivity.SECRET
        return self.guard or Sensitivity.ORDINARY


S, INT, B = ValueType.STRING, ValueType.INTEGER, ValueType.BOOLEAN
CONTROL, ENDPOINT = Sensitivity.CONTROL, Sensitivity.ENDPOINT

CATALOG: tuple[Known, ...] = (
    Known(
        "telegram.bot_token",
        S,
        "",
        "Bot token from @BotFather (sent only to the telegram.api_base_url it was entered for)",
        env="TELEGRAM_BOT_TOKEN",
        bound_to="telegram.api_base_url",
    ),
    Known(
        "telegram.chat_id",
        S,
        "",
        "The only chat the bot answers; empty = answer nobody",
        env="TELEGRAM_CHAT_ID",
        guard=CONTROL,
    ),
    Known(
        "telegram.owner_user_id",
        S,
        "",
        "The only Telegram user answered, inside telegram.chat_id; empty = answer nobody (Adopt sets it)",
        env="TELEGRAM_OWNER_USER_ID",
        guard=CONTROL,
    ),
    Known("telegram.enabled", B, "true", "Run the Telegram gateway when a token is set", guard=CONTROL),
    Known(
        "telegram.api_base_url",
        S,
        "https://api.telegram.org",
        "Bot API server: https (plain http only on this machine); private and metadata addresses are refused",
        guard=ENDPOINT,
    ),
    Known(
        "telegram.mode",
        S,
        "polling",
        "polling, or webhook (needs telegram.webhook_url and telegram.webhook_secret)",
        guard=CONTROL,
    ),
    Known(
        "telegram.node",
        S,
        "",
        "Run the gateway only on this node (ALEXCLAW_NODE_NAME); empty = every node",
        guard=CONTROL,
    ),
    Known(
        "telegram.webhook_url",
        S,
        "",
        "Webhook mode: this node's public https:// address (Telegram posts to it)",
        guard=ENDPOINT,
    ),
    Known("telegram.webhook_secret", S, "", "Webhook mode: the secret Telegram sends back; empty = webhook refused"),
    Known(
        "discord.bot_token",
        S,
        "",
        "Discord bot token (Developer Portal → Bot; sent only to the discord.api_base_url it was entered for)",
        env="DISCORD_BOT_TOKEN",
        bound_to="discord.api_base_url",
    ),
    Known(
        "discord.guild_id",
        S,
        "",
        "The Discord server (guild) whose channel the bot answers; empty = answer nobody (Adopt sets it)",
        env="DISCORD_GUILD_ID",
        guard=CONTROL,
    ),
    Known(
        "discord.channel_id",
        S,
        "",
        "The only Discord channel the bot answers, inside discord.guild_id; empty = answer nobody (Adopt sets it)",
        env="DISCORD_CHANNEL_ID",
        guard=CONTROL,
    ),
    Known(
        "discord.owner_user_id",
        S,
        "",
        "The only Discord user answered, inside discord.channel_id; empty = answer nobody (Adopt sets it)",
        env="DISCORD_OWNER_USER_ID",
        guard=CONTROL,
    ),
    Known("discord.allow_dm", B, "false", "Answer the owner user's direct messages to the bot too", guard=CONTROL),
    Known("discord.enabled", B, "true", "Run the Discord gateway when a token is set", guard=CONTROL),
    Known(
        "discord.api_base_url",
        S,
        "https://discord.com/api/v10",
        "Discord REST API: https (plain http only on this machine); private and metadata addresses are refused",
        guard=ENDPOINT,
    ),
    Known(
        "discord.node",
        S,
        "",
        "Run the Discord gateway only on this node (ALEXCLAW_NODE_NAME); empty = every node",
        guard=CONTROL,
    ),
    Known(
        "github.webhook_secret",
        S,
        "",
        "GitHub webhook HMAC secret (POST /webhooks/github); empty = every delivery refused",
        env="GITHUB_WEBHOOK_SECRET",
    ),
    Known(
        "github.token",
        S,
        "",
        "GitHub token for github_security_review (sent only to the github.api_base_url it was entered for)",
        bound_to="github.api_base_url",
    ),
    Known(
        "github.api_base_url",
        S,
        "https://api.github.com",
        "GitHub API server (GitHub Enterprise: https://HOST/api/v3); github.token is sent only there",
        guard=ENDPOINT,
    ),
    Known("github.default_repo", S, "", "owner/repo github_security_review reads when a step names none"),
    # Google Calendar and Tasks (OAuth 2.0 with PKCE): no client id or secret = the feature is off.
    # The client id decides which OAuth app the operator's consent goes to, and the redirect URI
    # where Google sends the authorization code: both need a code to change, like an endpoint.
    Known(
        "google.client_id",
        S,
        "",
        "OAuth client id (Google Cloud console, a Web application client)",
        env="GOOGLE_CLIENT_ID",
        guard=CONTROL,
    ),
    Known(
        "google.client_secret",
        S,
        "",
        "OAuth client secret of google.client_id (sent only to Google's token endpoint)",
        env="GOOGLE_CLIENT_SECRET",
    ),
    Known(
        "google.redirect_uri",
        S,
        "",
        "This node's public callback URL registered with the client (…/oauth/google/callback); "
        "empty = http://<web bind>/oauth/google/callback",
        guard=ENDPOINT,
    ),
    Known(
        "web.search_url",
        S,
        "https://html.duckduckgo.com/html/",
        "web_search_fetch: the DuckDuckGo HTML endpoint (the query is added as ?q=)",
        guard=ENDPOINT,
    ),
    Known(
        "web.searxng_url",
        S,
        "",
        "web_search_fetch: your SearXNG instance (its JSON API); empty = web.search_url",
        guard=ENDPOINT,
    ),
    Known(
        "mcp.api_key",
        S,
        "",
        "Seeds the first MCP key (named seed) at boot while there is none; keys live on the MCP page",
        env="MCP_API_KEY",
    ),
    Known(
        "mcp.rate_limit_per_minute",
        INT,
        "120",
        "Requests one MCP key may make per minute (then 429)",
        guard=CONTROL,
    ),
    Known("mcp.max_body_bytes", INT, "1048576", "Largest /mcp request body (then 413)", guard=CONTROL),
    Known(
        "mcp.call_timeout_seconds",
        INT,
        "30",
        "How long an MCP workflow call waits for its run before answering with the run id",
    ),
    # Seeds of provider rows (alexclaw.llm): each becomes a provider once, at boot; the provider then
    # holds its own key (llm providers list). Left off the Config page until the LLM page arrives.
    Known(
        "llm.gemini_api_key",
        S,
        "",
        "Google Gemini API key: seeds the gemini provider once",
        env="GEMINI_API_KEY",
        arrives="the LLM page",
    ),
    Known(
        "llm.anthropic_api_key",
        S,
        "",
        "Anthropic API key: seeds the anthropic provider once",
        env="ANTHROPIC_API_KEY",
        arrives="the LLM page",
    ),
    Known(
        "llm.openai_api_key",
        S,
        "",
        "OpenAI API key: seeds the openai provider once",
        env="OPENAI_API_KEY",
        arrives="the LLM page",
    ),
    Known(
        "llm.identity_prompt",
        S,
        "You are AlexClaw, a personal AI agent running on your owner's own server. Answer clearly and briefly, "
        "and say so when you do not know.",
        "The system prompt every conversation starts with (who the agent is and how it answers)",
    ),
    Known(
        "llm.chat_history_turns",
        INT,
        "10",
        "How many earlier messages of a conversation go with a new one as its context (0 = none)",
    ),
    Known("auth.rate_limit.max_attempts", INT, "5", "Failed logins per IP before it is blocked", guard=CONTROL),
    Known("auth.rate_limit.block_duration_seconds", INT, "900", "How long a blocked IP stays blocked", guard=CONTROL),
    Known(
        "auth.trust_proxy_headers",
        B,
        "false",
        "Use X-Forwarded-For for the client IP (only behind a proxy)",
        guard=CONTROL,
    ),
    Known(
        "auth.trusted_proxy_count",
        INT,
        "1",
        "Trusted proxies in front of the node: the client IP is the X-Forwarded-For hop this many from the right",
        guard=CONTROL,
    ),
    Known("auth.session_hours", INT, "8", "Admin session lifetime in hours (new sessions)", guard=CONTROL),
    Known(
        "auth.totp_enabled",
        B,
        "false",
        "Ask for a TOTP code before sensitive actions (set from Security)",
        guard=CONTROL,
    ),
    Known("auth.totp_secret", S, "", "TOTP shared secret (set from Security; never shown)", never_shown=True),
    Known(
        "auth.login_requires_code",
        B,
        "true",
        "While two-factor is on, the login asks for a code (or a recovery code) after the password",
        guard=CONTROL,
    ),
    Known(
        "shield.mode",
        S,
        "block",
        "block: refuse BLOCK verdicts; observe: record only (changing it asks for 2FA)",
        guard=CONTROL,
    ),
    Known("sanitizer.max_bytes", INT, "10240", "Size guard for external content after HTML extraction", guard=CONTROL),
    Known(
        "sanitizer.extra_phrases",
        S,
        "",
        "Your own injection phrases, one per line (# comments), added to the built-in list at once",
        guard=CONTROL,
    ),
    Known("shield.block_score", INT, "60", "Shield score at or above which a text is BLOCKed", guard=CONTROL),
    Known(
        "shield.review_score",
        INT,
        "25",
        "Shield score at or above which a text is REVIEW: in block mode it passes, verdict shown, when it is your "
        "own (chat, CLI, your workflows' prompts) and is refused when it came from outside (proxy clients, MCP "
        "callers, fetched pages and tool results) unless shield.review_allowed_sources lists that source; always "
        "recorded",
        guard=CONTROL,
    ),
    Known(
        "shield.classifier",
        B,
        "true",
        "Let the shield's local classifier (hashed n-grams, trained on the project's own labelled set) add up to 20 "
        "points to a prompt's score: never enough to flag alone, it tips weak rule cues over",
        guard=CONTROL,
    ),
    Known(
        "shield.review_allowed_sources",
        ValueType.JSON,
        "[]",
        'Outside sources whose REVIEW prompts may pass in block mode: any of "proxy", "mcp", "content" (fetched '
        "pages, tool results); [] = a REVIEW from outside is refused",
        guard=CONTROL,
    ),
    Known(
        "metrics.token",
        S,
        "",
        "Bearer token GET /metrics requires; empty = /metrics answers anyone who reaches the HTTP port",
        env="METRICS_TOKEN",
    ),
    Known(
        "shield.proxy_api_key",
        S,
        "",
        "Bearer key of the shield proxy /v1/chat/completions; empty = every request 401",
        env="SHIELD_PROXY_API_KEY",
    ),
    Known(
        "shield.proxy_upstream_url",
        S,
        "",
        "OpenAI-compatible API the shield proxy forwards to (https://api.openai.com/v1, "
        "http://127.0.0.1:11434/v1 for a local Ollama); empty = the proxy answers 503",
        guard=ENDPOINT,
    ),
    Known(
        "shield.proxy_upstream_api_key",
        S,
        "",
        "API key the shield proxy sends upstream, only to the upstream it was entered for; empty = none (Ollama)",
        bound_to="shield.proxy_upstream_url",
    ),
    Known("shield.proxy_timeout_seconds", INT, "120", "Time limit of one upstream LLM call of the shield proxy"),
    Known("egress.max_bytes", INT, "5242880", "Largest response a skill's web request may read (bytes)"),
    Known("egress.timeout_seconds", INT, "30", "Time limit of a skill's web request, redirects included"),
    Known("skills.breaker_reset_seconds", INT, "300", "How long an open circuit breaker waits before a trial call"),
    # The shell skill (skills/builtin/_shell.py): off until the operator turns it on; every
    # change widens or narrows what a command on the node may do, so each is a control.
    Known("shell.enabled", B, "false", "Let /shell and shell steps run whitelisted commands (2FA each)", guard=CONTROL),
    Known(
        "shell.whitelist",
        ValueType.JSON,
        '["df","free","uptime","uname","whoami","hostname","date","ls","=cat /proc/loadavg",'
        '"=cat /proc/meminfo","=cat /proc/uptime"]',
        "Commands the shell may run: a prefix allows its arguments (df: df -h, not define); =cmd is exact",
        guard=CONTROL,
    ),
    Known("shell.timeout_seconds", INT, "30", "A shell command is killed (its whole group) after this", guard=CONTROL),
    Known("shell.max_output_chars", INT, "4000", "A shell command's output is cut after this", guard=CONTROL),
    # Browser automation (web_automation): which binary runs is a control (a
    # changed path runs another program); the budget and the caps are not.
    Known("automation.chromium_path", S, "", "Chromium for recipes; empty = the first found", guard=CONTROL),
    Known("automation.time_budget_seconds", INT, "60", "A recipe's browser is killed after this (seconds)"),
    Known("automation.max_screenshot_bytes", INT, "2000000", "Largest screenshot a recipe may keep (bytes)"),
    Known("automation.screenshots_kept", INT, "200", "Recipe screenshots kept; older ones are deleted"),
    # Database backups (alexclaw/backup): where they go is a control — a backup holds every row,
    # so moving it is 2FA; how many are kept and when the nightly one runs are ordinary.
    Known(
        "backup.dir",
        S,
        "",
        "Absolute directory for database backups (a mounted volume in a container); empty = no backups",
        guard=CONTROL,
    ),
    Known("backup.max_files", INT, "7", "Backups kept in backup.dir; older ones are removed after each backup"),
    Known("backup.schedule", S, "0 3 * * *", "Cron schedule (UTC) of the automatic backup once backup.dir is set"),
    Known("workflows.max_concurrent_runs", INT, "10", "Runs executing at once on this node; more are queued"),
    Known("workflows.step_timeout_ms", INT, "120000", "A step's time limit unless it sets timeout_ms"),
    Known("sql.max_timeout_ms", INT, "60000", "sql_query: the longest statement timeout a step may ask for (ms)"),
    Known("scheduler.timezone", S, "UTC", "IANA time zone of workflow cron schedules (e.g. Europe/Berlin)"),
    # Where memory and knowledge text is sent to be embedded: another party
    # receives the agent's memories, so a change asks for 2FA like an endpoint.
    Known(
        "memory.embedder",
        S,
        "local",
        "local (the built-in model, no network), or the name of an LLM provider whose embeddings API "
        "is used with memory.embedding_model; a change re-embeds every row (Memory page, memory reembed)",
        guard=ENDPOINT,
    ),
    Known(
        "memory.embedding_model",
        S,
        "",
        "The provider's embedding model (text-embedding-3-small, gemini-embedding-001, nomic-embed-text)",
    ),
    Known(
        "memory.embedding_dimensions",
        INT,
        "0",
        "Ask the provider for vectors of this many dimensions; 0 = the model's own",
    ),
    # The reasoning loop (issue 25). Its whitelist is what a model-driven
    # plan may run: widening it weakens a control, so a change asks for 2FA.
    Known("reasoning.enabled", B, "true", "Reasoning sessions (/reason, the Chat page's Reasoning mode) may start"),
    Known(
        "reasoning.skill_whitelist",
        ValueType.JSON,
        '["web_search", "web_fetch", "web_search_fetch", "research", "rss_fetch", "llm_transform"]',
        "Skills a reasoning session may run (JSON list); read-only information skills by default, never a "
        "skill that writes to your accounts; privileged skills are refused even when listed",
        guard=CONTROL,
    ),
    Known("reasoning.max_plan_steps", INT, "8", "The most steps a reasoning plan may have"),
    Known("reasoning.max_iterations", INT, "15", "A reasoning session's iteration budget"),
    Known("reasoning.max_llm_calls", INT, "60", "A reasoning session's model-call budget"),
    Known("reasoning.time_budget_seconds", INT, "900", "A reasoning session's wall-clock budget (seconds)"),
    Known("reasoning.step_timeout_seconds", INT, "120", "A reasoning step's skill time limit (seconds)"),
    Known("reasoning.stuck_threshold", INT, "3", "Consecutive failed steps after which a session is stuck"),
    Known("reasoning.done_confidence", ValueType.FLOAT, "0.7", "The confidence (0-1) a model's 'done' needs"),
    Known("reasoning.max_concurrent_sessions", INT, "1", "Reasoning sessions running at once on this node"),
    Known(
        "reasoning.default_delivery",
        S,
        "memory",
        "Where a finished session's result goes besides memory: memory (only), telegram or discord",
    ),
    Known("reasoning.result_budget_chars", INT, "4000", "The longest final answer, built from the steps' outputs"),
)

SEED_VARIABLES: tuple[str, ...] = tuple(k.env for k in CATALOG if k.env)

_BY_KEY: dict[str, Known] = {known.key: known for known in CATALOG}


def catalog_default(key: str) -> Any:
    """The typed default of a setting the catalog knows (None for an empty
    one): the one place a default is written down. ``KeyError`` for a key
    the catalog does not know: such a key has no default to fall back to."""
    known = _BY_KEY[key]
    return typed(known.type, known.default)


def in_catalog(key: str) -> bool:
    return key in _BY_KEY


_NEVER_SHOWN_KEYS: frozenset[str] = frozenset(k.key for k in CATALOG if k.never_shown)
# Keys of this shape are never shown even when they are not catalogued: a
# part of a TOTP secret, a recovery code or a password hash helps a guesser.
NEVER_SHOWN_MARKERS: tuple[str, ...] = ("totp_secret", "recovery_code", "password_hash")


def never_shown(key: str) -> bool:
    """No part of this setting's value is displayed, not even the last 4."""
    return key in _NEVER_SHOWN_KEYS or any(marker in key for marker in NEVER_SHOWN_MARKERS)
