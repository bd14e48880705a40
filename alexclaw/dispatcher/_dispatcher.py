"""The command dispatcher: deterministic prefix commands, no LLM involved,
the same for every gateway (Telegram now; Discord reuses it). Free text is
a conversation with the model (``ConversationOperations.chat``: the
``conversational`` skill through the one way to run a skill).
``gateways.ports.DispatcherPort``: a message in, the replies out."""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

import psutil
import segno

from alexclaw.config import ConfigHandle
from alexclaw.conversations import ConversationOperations
from alexclaw.dispatcher._automation import AUTOMATION_COMMANDS, AutomationCommands
from alexclaw.dispatcher._commands import (
    HELP,
    SKILL_ADMIN,
    Command,
    Rating,
    bare_code,
    duration,
    is_repeatable,
    parse_command,
    parse_rating,
)
from alexclaw.dispatcher._google import COMMANDS as GOOGLE_COMMANDS
from alexclaw.dispatcher._google import GoogleCommands
from alexclaw.dispatcher._reason import ReasonCommands
from alexclaw.dispatcher._shell import ShellOperations
from alexclaw.dispatcher._skill_commands import USAGE as SKILL_COMMANDS
from alexclaw.dispatcher._skill_commands import SkillCommands
from alexclaw.google import GoogleOperations
from alexclaw.inputs import INT8_MAX, InputError, parse_id
from alexclaw.reasoning import ReasoningOperations
from alexclaw.security import (
    Acting,
    Approver,
    Challenges,
    ChallengeView,
    CodeResult,
    Done,
    Invalid,
    NotAllowed,
    Outcome,
    PendingSecrets,
    SecretLimiter,
    TwoFactorOperations,
    codes_in_words,
    prove_new_secret,
    provisioning_uri,
    secret_in_force,
)
from alexclaw.storage import DatabaseHandle
from alexclaw.workflows import RunOperations, Runs, list_runs, list_workflows
from gateways import InboundMessage, Reply
from skills import Skills
from skills.ports import InvokerPort

log = logging.getLogger("alexclaw.dispatcher")

RESULT_WAIT_SECONDS: Final = 60.0


@dataclass
class Watch:
    """What the announcer observes for the dispatcher (same loop thread)."""

    restarts: list[float] = field(default_factory=list)  # monotonic times
    latest_challenge: str | None = None

    def restarts_since(self, seconds: float) -> int:
        cutoff = time.monotonic() - seconds
        self.restarts[:] = [t for t in self.restarts if t >= cutoff]
        return len(self.restarts)


@dataclass
class Dispatcher:
    node_name: Callable[[], str]
    started_at: float  # monotonic
    database: DatabaseHandle
    config: ConfigHandle
    challenges: Challenges
    limiter: SecretLimiter  # every code typed in a chat is checked through it
    skills: Skills
    runs: Callable[[], Runs | None]
    watch: Watch
    llm_overview: Callable[[], str]  # /llm: providers, tiers and today's usage, from the providers' snapshot
    conversations: ConversationOperations  # free text: a conversation with the model
    invoker: InvokerPort | None = None  # /shell, /research, /search, /web, /github run skills through it
    google: GoogleOperations | None = None  # /connect google, /disconnect google (the skills run through invoker)
    reasoning: ReasoningOperations | None = None  # /reason, and a plain reply to a session's question
    _pending_2fa: PendingSecrets = field(default_factory=PendingSecrets)  # per chat: shown, not yet proven

    def repeatable(self, message: InboundMessage) -> bool:
        """Reads: answering them twice after a crash harms nothing. Anything
        that acts (/run, /cancel, /rate, 2FA, a code) is not."""
        return is_repeatable(message.text)

    async def handle(self, message: InboundMessage) -> Sequence[Reply]:
        replies = list(await self._handle(message))
        if message.redacted:
            kinds = ", ".join(name.replace("_", " ") for name in message.redacted)
            warning = (
                f"Your message contained what looks like a secret ({kinds}). It was masked before it was stored "
                "and goes nowhere else — but it is still in this chat: delete the message and rotate the secret."
            )
            replies.insert(0, Reply(warning, markdown=False))
        return replies

    async def _handle(self, message: InboundMessage) -> Sequence[Reply]:
        command = parse_command(message.text)
        who = f"{message.gateway}:{message.chat_id}"
        try:
            if command is not None:
                return await self._command(command, message, who)
            code = bare_code(message.text)
            if code is not None:
                return await self._answer(code, message.gateway)
            acting = Acting.chat(who, message.gateway)  # the chat's principal: built here only
            answered = await ReasonCommands(self.reasoning).reply(acting, message.text)  # a session's question
            if answered is not None:
                return [Reply(answered, markdown=False)]
            return [Reply(await self.conversations.chat(acting, message.text), markdown=False)]
        except Exception:  # one bad command must not stop the gateway: say so, log the rest
            log.exception("command %r from %s failed", message.text[:80], who)
            return [Reply("That failed on the node; the log has the details.", markdown=False)]

    async def _command(self, command: Command, message: InboundMessage, who: str) -> Sequence[Reply]:
        name = command.name
        if name in {"start", "help"}:
            return [Reply(HELP, markdown=False)]
        if name == "ping":
            return [Reply(f"pong from {self.node_name()}", markdown=False)]
        if name == "status":
            return [Reply(self._status(), markdown=False)]
        if name == "skills":
            return [Reply(self._skills(), markdown=False)]
        if name == "workflows":
            return [Reply(await self._workflows(), markdown=False)]
        if name == "llm":
            return [Reply(self.llm_overview(), markdown=False)]
        acting = Acting.chat(who, message.gateway)  # the chat's principal: built here only
        if name == "run":
            return [Reply(await self._run(command.rest, acting), markdown=False)]
        if name == "runs":
            return [Reply(await self._runs(), markdown=False)]
        if name == "cancel":
            return [Reply(await self._cancel(command.args, acting), markdown=False)]
        if name == "rate":
            return [Reply(await self._rate(parse_rating(command.args), acting), markdown=False)]
        if name in SKILL_COMMANDS:
            return [Reply(await SkillCommands(self.invoker).answer(name, command.args, acting), markdown=False)]
        if name == "shell":
            return [Reply(await self._shell(command.rest, acting), markdown=False)]
        if name in GOOGLE_COMMANDS:
            google = GoogleCommands(self.google, self.invoker)
            said = await google.answer(name, command.args, acting, message.gateway, message.chat_id)
            return [Reply(said, markdown=False)]
        if name in AUTOMATION_COMMANDS:
            return await AutomationCommands(self.database, self.invoker).answer(name, command.args, acting)
        if name == "reason":
            return [
                Reply(await ReasonCommands(self.reasoning).answer(command.args, command.rest, acting), markdown=False)
            ]
        if name in {"setup", "confirm", "disable", "recovery"} and command.args[:1] == ("2fa",):
            return await self._two_factor(name, command.args[1:], message, acting)
        if name in SKILL_ADMIN or name.startswith("skill_"):
            return [Reply("Admin UI only: skills are loaded, changed and removed in the admin UI.", markdown=False)]
        return [Reply(f"Unknown command /{name}. /help lists them.", markdown=False)]

    def _status(self) -> str:
        runs = self.runs()
        active = runs.active() if runs else []
        queued = sum(1 for r in active if r.status == "queued")
        memory = psutil.Process().memory_info().rss / 1_048_576
        return (
            f"{self.node_name()} · up {duration(time.monotonic() - self.started_at)} · memory {memory:.0f} MB\n"
            f"runs: {len(active) - queued} running, {queued} queued\n"
            f"restarts in the last hour: {self.watch.restarts_since(3600)}"
        )

    def _skills(self) -> str:
        lines = []
        for meta in self.skills.all():
            registered = self.skills.get(meta.name)
            state = registered.breaker.state if registered else "?"
            mark = "" if state == "closed" else f" [breaker {state}]"
            lines.append(f"{meta.name}{mark} — {meta.description}")
        return "\n".join(lines) or "No skills registered."

    async def _workflows(self) -> str:
        async with self.database.pool().acquire() as conn:
            workflows = await list_workflows(conn, with_steps=True)  # a shell step asks for a code too
        lines = [
            f"{w.id} · {w.name}{'' if w.enabled else ' (disabled)'}{' · ' + w.schedule if w.schedule else ''}"
            f"{' · 2FA' if w.asks_code_to_start else ''}"
            for w in workflows
        ]
        return "\n".join(lines) or "No workflows yet: build one in the admin UI."

    async def _run(self, key: str, acting: Acting) -> str:
        runs = self.runs()
        if not key:
            return "Usage: /run <workflow id or name>"
        if runs is None:
            return "The workflow engine is not running."
        started = await RunOperations(self.database).start(acting, runs, key)
        if isinstance(started, Invalid):
            return started.message("Not started: ")
        if isinstance(started, ChallengeView):
            self.watch.latest_challenge = started.id
            seconds = max(0, int(started.expires_at - time.time()))
            return f"{started.description}. Reply with the 6-digit code from your authenticator within {seconds} s."
        return started.message  # it may already have ended: it says what happened

    async def _shell(self, command: str, acting: Acting) -> str:
        shell = ShellOperations(self.database, self.config, self.challenges, self.invoker)
        answer = await shell.run(acting, command)
        if isinstance(answer, ChallengeView):
            self.watch.latest_challenge = answer.id
            seconds = max(0, int(answer.expires_at - time.time()))
            return f"{answer.description}\nReply with the 6-digit code from your authenticator within {seconds} s."
        return answer

    async def _runs(self) -> str:
        async with self.database.pool().acquire() as conn:
            rows = await list_runs(conn, limit=10)
        lines = [
            f"#{r.id} {r.workflow_name} · {r.status} · {r.trigger} · {r.started_at:%Y-%m-%d %H:%M} UTC"
            + (f" · {r.error[:80]}" if r.error and r.status != "completed" else "")
            for r in rows
        ]
        return "\n".join(lines) or "No runs yet."

    async def _cancel(self, args: tuple[str, ...], acting: Acting) -> str:
        runs = self.runs()
        if not args or not args[0].lstrip("#").isdigit():
            return "Usage: /cancel <run id>"
        try:  # ASCII digits that fit a run id ("²" is a digit to isdigit)
            run_id = parse_id(args[0].lstrip("#"), "run id", INT8_MAX) or 0
        except InputError as exc:
            return f"{exc}. Usage: /cancel <run id>"
        if runs is None or isinstance(await RunOperations(self.database).cancel(acting, runs, run_id), Invalid):
            return f"Run {run_id} is not active on this node."
        return f"Run {run_id} is being cancelled: it stops after its current step."

    async def _rate(self, rating: Rating | str, acting: Acting) -> str:
        if isinstance(rating, str):
            return rating
        rated = await RunOperations(self.database).rate(
            acting, rating.run_id, rating.position, rating.value, rating.feedback
        )
        return rated.message() if isinstance(rated, Invalid) else rated.message

    async def _answer(self, code: str, channel: str) -> Sequence[Reply]:
        challenge = self.watch.latest_challenge
        if challenge is None:
            return [Reply("No action is waiting for a code.", markdown=False)]
        answer = await self.challenges.answer(challenge, code, channel)
        if answer.outcome is Outcome.WRONG_CODE:
            locked = f" 2FA is locked for {answer.retry_after} s." if answer.retry_after else ""
            text = f"That code is not valid. {answer.attempts_left} attempts left: try again.{locked}"
            return [Reply(text, markdown=False)]
        if answer.outcome is Outcome.ALREADY_USED:
            said = answer.said or "That code was already used: send the next one from your authenticator."
            return [Reply(said, markdown=False)]
        if answer.outcome is Outcome.LOCKED:
            text = f"Too many wrong codes: 2FA is locked for {answer.retry_after} s. The action is still waiting."
            return [Reply(text, markdown=False)]
        if answer.outcome is Outcome.UNAVAILABLE:
            return [Reply("The database is not answering: send the code again in a moment.", markdown=False)]
        if answer.outcome is not Outcome.PASSED or answer.task is None:
            self.watch.latest_challenge = None
            texts = {
                Outcome.EXPIRED: "Challenge expired. Start the action again.",
                Outcome.TOO_MANY_ATTEMPTS: "Too many wrong codes: the action was cancelled.",
                Outcome.NOT_ENABLED: "Two-factor authentication is not on.",
            }
            return [Reply(texts.get(answer.outcome, "The challenge is gone."), markdown=False)]
        self.watch.latest_challenge = None
        replies = [Reply("Code verified, executing…", markdown=False)]
        try:
            result = await answer.task.join(timeout=RESULT_WAIT_SECONDS)
        except Exception as exc:  # the action's own failure, reported as such
            replies.append(Reply(f"The action failed: {exc}", markdown=False))
        else:
            if result:
                replies.append(Reply(str(result), markdown=False))
        return replies

    async def _two_factor(
        self, verb: str, args: tuple[str, ...], message: InboundMessage, acting: Acting
    ) -> Sequence[Reply]:
        chat_id, who = message.chat_id, acting.actor
        enabled = secret_in_force(self.config) is not None
        if verb == "setup":
            secret = self._pending_2fa.begin(chat_id)
            png = io.BytesIO()
            segno.make(provisioning_uri(secret, account=f"admin@{self.node_name()}"), error="m").save(
                png, kind="png", scale=6, border=2
            )
            then = "Then send /confirm 2fa <code>."
            if enabled:
                then += " Two-factor is on: a code from your current app is asked for before the new secret counts."
            return [
                Reply("Scan this with your authenticator app.", photo=png.getvalue(), markdown=False),
                Reply(f"Or enter this key by hand: {secret}\n{then}", markdown=False),
            ]
        code = args[0] if args else ""
        if verb == "confirm":
            proven = self._pending_2fa.get(chat_id)
            if proven is None:
                return [Reply("No setup is waiting (or it expired): send /setup 2fa.", markdown=False)]
            check = await prove_new_secret(self.limiter, proven, code, actor=who)
            if not check.valid:
                hint = " Send the current one." if check.result is CodeResult.WRONG and not check.retry_after else ""
                return [Reply(check.message() + hint, markdown=False)]
            self._pending_2fa.drop(chat_id)
            return self._privileged(
                "totp.enrol", await self._two_factor_ops().enable(acting, proven, show=codes_in_words)
            )
        if not enabled:
            return [Reply("Two-factor authentication is not on.", markdown=False)]
        if verb == "recovery":  # new recovery codes, in the reply of whichever chat answers the code
            regenerated = await self._two_factor_ops().regenerate(acting, show=codes_in_words)
            return self._privileged("totp.recovery_codes", regenerated)
        # The code comes with the command: it answers the action's challenge
        # at once, through the same checks and limits as any other answer.
        outcome = await self._two_factor_ops().disable(acting)
        if not isinstance(outcome, ChallengeView):
            return [Reply(self._said(outcome), markdown=False)]
        answer = await self.challenges.answer(outcome.id, code, "chat")
        if answer.outcome is Outcome.PASSED and answer.task is not None:
            return [Reply(str(await answer.task.join(timeout=RESULT_WAIT_SECONDS)), markdown=False)]
        said = {
            Outcome.ALREADY_USED: (answer.said or "That code was already used.") + " ",
            Outcome.LOCKED: f"Too many wrong codes: 2FA is locked for {answer.retry_after} s. ",
        }.get(answer.outcome, "")
        if answer.outcome is Outcome.WRONG_CODE and answer.retry_after:
            said = f"Too many wrong codes: 2FA is locked for {answer.retry_after} s. "
        return [Reply(f"{said}A valid current code is required to turn two-factor off.", markdown=False)]

    def _two_factor_ops(self) -> TwoFactorOperations:
        """The 2FA operations, through the one approval service."""
        approver = Approver(self.challenges, self.database, lambda: secret_in_force(self.config) is not None)
        return TwoFactorOperations(approver, self.config, lambda: secret_in_force(self.config))

    def _privileged(self, action: str, outcome: Done[None] | ChallengeView | NotAllowed) -> Sequence[Reply]:
        """A privileged action from the chat: done, refused, or waiting for a
        code (the next bare 6-digit message answers it)."""
        if isinstance(outcome, ChallengeView):
            self.watch.latest_challenge = outcome.id
            seconds = max(0, int(outcome.expires_at - time.time()))
            app = "your current authenticator" if action == "totp.enrol" else "your authenticator"
            text = f"{outcome.description}: reply with the 6-digit code from {app} within {seconds} s."
            return [Reply(text, markdown=False)]
        return [Reply(self._said(outcome), markdown=False)]

    @staticmethod
    def _said(outcome: Done[None] | NotAllowed) -> str:
        return outcome.message if isinstance(outcome, Done) else f"Refused: {outcome.reason}."
