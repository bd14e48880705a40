"""The guarded model call: the one code path every model call takes,
whoever makes it (the node's own calls through ``GuardedModel``; the shield
proxy through ``screen_outbound`` and ``screen_stream`` around its upstream).

1. the prompt: credentials redacted from every message, content from
   outside (tool results, fetched pages) wrapped as untrusted data, the
   shield asked (a BLOCK in block mode: refused, the provider receives
   nothing; observe mode records);
2. the call (the router, through the egress guard);
3. the answer: the shield asked (a BLOCK: refused), credentials redacted.

Streams are screened incrementally: each delta is forwarded as it arrives
except the tail a credential pattern could still complete across a chunk
boundary (the unfinished last token from where a credential could begin
in it, an opened private-key block, a ``Bearer``/``Authorization``/
``aws_secret_access_key`` keyword and what follows it); credentials are redacted in flight; the growing answer is
judged as it goes and the stream ends with a ``Blocked`` event if it turns
into a BLOCK.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import Final, Generic, Protocol, TypeVar

from alexclaw.llm._client import Answer
from alexclaw.llm._router import Refusal, Router
from alexclaw.llm._wire import ChatRequest, Message
from alexclaw.security import GuardDecision, ShieldGuard, redact, scan_leaks, wrap_untrusted

_KEYWORDS: Final = re.compile(r"(?i)bearer|authorization|basic|secret_?access_?key|-----begin")
_KEYWORD_REACH: Final = 120  # a keyword this far back may still be completed by what follows
_PEM_OPEN: Final = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY")
In_contra = TypeVar("In_contra", contravariant=True)
Out = TypeVar("Out")
In = TypeVar("In")
_PEM_CLOSE: Final = re.compile(r"-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----")


def clean(text: str) -> tuple[str, int]:
    """``text`` with its credentials redacted, and how many."""
    findings = [f for f in scan_leaks(text) if f.action != "warn"]
    return (redact(text, findings), len(findings)) if findings else (text, 0)


def blocked_message(decision: GuardDecision, direction: str) -> str:
    result = decision.result
    rules = ", ".join(d.rule for d in result.detections[:10])
    said = f"the shield blocked this {direction} (verdict {result.verdict}, score {result.score}: {rules})"
    if decision.held_from:
        said += f"; a REVIEW from {decision.held_from} passes only if shield.review_allowed_sources lists it"
    return said


# How each credential the leak detector redacts begins (lower case), and the
# shapes that have no fixed head: a trailing piece of text that starts one
# of these, or could still become one, is held until it is complete.
_HEADS: Final = (
    "sk-", "sk_live_", "sk_test_", "rk_live_", "rk_test_", "akia", "asia", "abia", "acca", "ghp_", "gho_",
    "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-",
    "aiza", "sg.", "npm_", "pypi-", "eyj",
)  # fmt: skip
_SHAPES: Final = (
    re.compile(r"[MNO][A-Za-z0-9_\-.]*"),  # a Discord bot token
    re.compile(r"SK[0-9a-f]*"),  # a Twilio key
    re.compile(r"(?:bot)?\d{1,10}(?::[A-Za-z0-9_\-]*)?"),  # a Telegram bot token
)
_BOUNDARY: Final = re.compile(r"(?<![A-Za-z0-9_\-])(?=[A-Za-z0-9_\-])")


def could_become_credential(piece: str) -> bool:
    lowered = piece.lower()
    if any(lowered.startswith(head) or head.startswith(lowered) for head in _HEADS):
        return True
    return "://" in piece or any(shape.fullmatch(piece) for shape in _SHAPES)


def safe_cut(pending: str, final: bool) -> int:
    """How much of ``pending`` no credential pattern can still extend: the
    unfinished last token is held from where a credential could begin in it
    (only there: "Paris" goes at once, "ghp_aB3" waits); a private-key block
    from its BEGIN line; a ``Bearer``-like keyword near the end with what follows."""
    if final:
        return len(pending)
    start = len(pending)
    while start > 0 and not pending[start - 1].isspace():
        start -= 1
    cut = len(pending)
    token = pending[start:]
    if "://" in token:
        cut = start
    else:
        for boundary in _BOUNDARY.finditer(token):
            if could_become_credential(token[boundary.start() :]):
                cut = start + boundary.start()
                break
    opened = [m.start() for m in _PEM_OPEN.finditer(pending)]
    if opened and not _PEM_CLOSE.search(pending, opened[-1]):
        cut = min(cut, opened[-1])
    for match in _KEYWORDS.finditer(pending, max(0, len(pending) - _KEYWORD_REACH)):
        cut = min(cut, match.start())
        break
    return cut


class StreamScreen:
    """Feed deltas; get what may be forwarded now (redacted)."""

    def __init__(self) -> None:
        self.pending = ""
        self.sent: list[str] = []
        self.redacted = 0

    def feed(self, delta: str, *, final: bool = False) -> str:
        self.pending += delta
        cut = safe_cut(self.pending, final)
        if cut == 0:
            return ""
        ready, self.pending = self.pending[:cut], self.pending[cut:]
        cleaned, count = clean(ready)
        self.redacted += count
        self.sent.append(cleaned)
        return cleaned

    @property
    def text(self) -> str:
        """Everything forwarded so far plus the held tail (what the shield judges)."""
        return "".join(self.sent) + self.pending


@dataclass(frozen=True, slots=True)
class Guarded:
    """A screened answer: its (redacted) text and the two verdicts."""

    answer: Answer
    prompt: GuardDecision
    response: GuardDecision
    redacted: int


@dataclass(frozen=True, slots=True)
class Delta:
    text: str


@dataclass(frozen=True, slots=True)
class Blocked:
    """The last event of a stream the shield stopped (after ``Delta``s)."""

    message: str
    decision: GuardDecision


StreamEvent = Delta | Guarded | Blocked | Refusal


@dataclass(frozen=True, slots=True)
class Released:
    """The last event of a screened stream that ended allowed."""

    decision: GuardDecision
    redacted: int


class Screen(Protocol[In_contra, Out]):
    """Incremental screening of one stream format (text deltas, OpenAI chunks)."""

    @property
    def text(self) -> str: ...

    @property
    def redacted(self) -> int: ...

    def chunk(self, item: In_contra) -> list[Out]: ...

    def flush(self) -> list[Out]: ...


class TextScreen(StreamScreen):
    """``StreamScreen`` in the ``Screen`` shape: text deltas in, text out."""

    def chunk(self, item: str) -> list[str]:
        ready = self.feed(item)
        return [ready] if ready else []

    def flush(self) -> list[str]:
        tail = self.feed("", final=True)
        return [tail] if tail else []


async def screened_stream(
    shield: ShieldGuard, source: str, screen: Screen[In, Out], items: AsyncGenerator[In, None]
) -> AsyncIterator[Out | Blocked | Released]:
    """The answer's pieces as they arrive, screened: redacted in flight,
    judged as the text grows (a BLOCK ends the stream with ``Blocked``;
    the full scan runs only once the cheap verdict says BLOCK), and the
    whole answer judged and recorded at the end (``Released`` or
    ``Blocked``). Both the node's calls and the shield proxy stream this way."""
    async with aclosing(items):  # stopped early (a BLOCK): the upstream stream is closed now, not at GC
        async for item in items:
            ready = screen.chunk(item)
            if shield.enforcing() and shield.verdict(screen.text, "response").verdict == "BLOCK":
                decision = await shield.check(screen.text, "response", source)
                if not decision.allowed:
                    yield Blocked(blocked_message(decision, "answer"), decision)
                    return
            for piece in ready:
                yield piece
    tail = screen.flush()
    decision = await shield.check(screen.text, "response", source)
    if not decision.allowed:
        yield Blocked(blocked_message(decision, "answer"), decision)
        return
    for piece in tail:
        yield piece
    yield Released(decision, screen.redacted)


def screen_messages(request: ChatRequest, untrusted: Sequence[tuple[str, str]] = ()) -> tuple[ChatRequest, str, int]:
    """The request with credentials redacted and ``untrusted`` (source,
    content) appended as delimited data; the text the shield judges; how
    many credentials were taken out."""
    redacted = 0
    messages: list[Message] = []
    for message in request.messages:
        text, count = clean(message.text)
        redacted += count
        messages.append(Message(message.role, text))
    for source, content in untrusted:
        text, count = clean(content)
        redacted += count
        messages.append(Message("user", wrap_untrusted(text, source)))
    judged = "\n\n".join(m.text for m in messages)
    return ChatRequest(tuple(messages), request.system, request.max_tokens, request.temperature), judged, redacted


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Exchange(Generic[T]):
    """One guarded exchange: ``reply`` is None when the prompt was blocked
    (nothing was sent); ``response`` is None when there was no answer to
    judge (the provider's error, passed on as it is)."""

    prompt: GuardDecision
    reply: T | None = None
    response: GuardDecision | None = None
    redacted: int = 0


async def guarded_exchange(
    shield: ShieldGuard,
    judged: str,
    source: str,
    send: Callable[[GuardDecision], Awaitable[T]],
    *,
    answer_text: Callable[[T], str | None],
    redacted: Callable[[T], tuple[T, int]],
    outside: str | None = None,
) -> Exchange[T]:
    """The steps every model call takes, in this order, in one place: the
    shield on the prompt (blocked: nothing is sent), the call, the shield on
    the answer, the answer's credentials redacted. The node's calls
    (``GuardedModel``) and the shield proxy both go through it, each with its
    own wire format (``send``, ``answer_text``, ``redacted``). ``outside``
    names where a prompt from outside came from (a REVIEW of it is refused
    unless allowed for that source; see ``ShieldGuard.check``)."""
    prompt = await shield.check(judged, "prompt", source, outside=outside)
    if not prompt.allowed:
        return Exchange(prompt)
    reply = await send(prompt)
    text = answer_text(reply)
    if text is None:
        return Exchange(prompt, reply)
    response = await shield.check(text, "response", source)
    if not response.allowed:
        return Exchange(prompt, reply, response)
    cleaned, count = redacted(reply)
    return Exchange(prompt, cleaned, response, count)


def _redacted_answer(reply: Answer | Refusal) -> tuple[Answer | Refusal, int]:
    if isinstance(reply, Refusal):
        return reply, 0
    text, count = clean(reply.text)
    return Answer(text, reply.provider, reply.model, reply.input_tokens, reply.output_tokens), count


def _outside(outside: str | None, untrusted: Sequence[tuple[str, str]]) -> str | None:
    return outside or ("content" if untrusted else None)


class GuardedModel:
    """The node's way to ask a model: router + shield + egress, one path."""

    def __init__(self, shield: ShieldGuard, router: Router) -> None:
        self.shield = shield
        self.router = router

    async def complete(
        self,
        request: ChatRequest,
        *,
        source: str,
        tier: str | None = None,
        provider: str | None = None,
        untrusted: Sequence[tuple[str, str]] = (),
        outside: str | None = None,
    ) -> Guarded | Refusal:
        """``outside``: the outside source the prompt came from (``mcp``);
        a call carrying ``untrusted`` content is from ``content`` at least."""
        screened, judged, redacted = screen_messages(request, untrusted)

        async def send(_prompt: GuardDecision) -> Answer | Refusal:
            return await self.router.complete(screened, tier=tier, provider=provider)

        def answer_text(reply: Answer | Refusal) -> str | None:
            return reply.text if isinstance(reply, Answer) else None

        exchange = await guarded_exchange(
            self.shield, judged, source, send, answer_text=answer_text, redacted=_redacted_answer,
            outside=_outside(outside, untrusted),
        )  # fmt: skip
        if exchange.reply is None:
            return Refusal("shield", blocked_message(exchange.prompt, "prompt"))
        if exchange.response is not None and not exchange.response.allowed:
            return Refusal("shield", blocked_message(exchange.response, "answer"))
        if isinstance(exchange.reply, Refusal):
            return exchange.reply
        assert exchange.response is not None  # an answer is always judged
        return Guarded(exchange.reply, exchange.prompt, exchange.response, redacted + exchange.redacted)

    async def stream(
        self,
        request: ChatRequest,
        *,
        source: str,
        tier: str | None = None,
        provider: str | None = None,
        untrusted: Sequence[tuple[str, str]] = (),
        outside: str | None = None,
    ) -> AsyncIterator[StreamEvent]:
        screened, judged, redacted = screen_messages(request, untrusted)
        prompt = await self.shield.check(judged, "prompt", source, outside=_outside(outside, untrusted))
        if not prompt.allowed:
            yield Refusal("shield", blocked_message(prompt, "prompt"))
            return
        ended: list[Answer | Refusal] = []

        async def deltas() -> AsyncGenerator[str, None]:
            async with aclosing(self.router.stream(screened, tier=tier, provider=provider)) as items:
                async for item in items:
                    if isinstance(item, str):
                        yield item
                    else:
                        ended.append(item)
                        return

        screen = TextScreen()
        async for event in screened_stream(self.shield, source, screen, deltas()):
            if isinstance(event, str):
                yield Delta(event)
            elif isinstance(event, Blocked):
                yield event
                return
            else:
                last = ended[0] if ended else Refusal("provider", "the provider stream ended without an answer")
                if isinstance(last, Refusal):  # the router's own end: nothing more was said
                    yield last
                    return
                answer = Answer(screen.text, last.provider, last.model, last.input_tokens, last.output_tokens)
                yield Guarded(answer, prompt, event.decision, redacted + event.redacted)
