"""The LLM layer: providers (validated, stored with the key encrypted,
owned by an actor that publishes a snapshot), daily usage per provider,
the four providers' wire formats through the egress guard, the router
(tiers, priorities, daily limits, transient-only fallback, local model
discipline, context-window check) and the guarded model call (the shield
on the prompt and on the answer, streams screened incrementally).

Embeddings: ``ProviderEmbeddings.embed`` asks a named provider's
embeddings API (OpenAI-compatible ``/embeddings``, Gemini
``batchEmbedContents``, Ollama ``/api/embed``) through the same egress
guard, key injection, retries and daily limit as a chat call.

Callers ask a model through ``GuardedModel.complete`` / ``.stream``; an
expected failure is a ``Refusal`` value (``kind`` says which), never an
exception. Pages and commands change providers through
``ProviderOperations`` (validated, audited, 2FA for a key, a held key's
address and the private grant); the LLM page's Test is ``probe`` and its
model list ``Router.models`` (``list_models``).
"""

from alexclaw.llm._actors import (
    PROVIDERS_NAME,
    USAGE_NAME,
    Count,
    ProviderTable,
    UsageSnapshot,
    UsageTracker,
    count_usage,
    record_usage,
    reload_providers,
    utc_day,
)
from alexclaw.llm._chunks import ChunkScreen
from alexclaw.llm._client import Answer, CallError, Embeddings, ProviderClient, provider_keys
from alexclaw.llm._embed_wire import EMBEDDING_KINDS, NoEmbeddings, parse_embeddings, prepare_embed
from alexclaw.llm._embeddings import ProviderEmbeddings
from alexclaw.llm._guarded import (
    Blocked,
    Delta,
    Exchange,
    Guarded,
    GuardedModel,
    Released,
    Screen,
    StreamEvent,
    StreamScreen,
    guarded_exchange,
    screen_messages,
    screened_stream,
)
from alexclaw.llm._model import Kind, Provider, ProviderError, Tier, build_provider, guarded_reasons
from alexclaw.llm._models import ModelList, list_models
from alexclaw.llm._operations import KEEP, Draft, KeyChange, ProviderOperations, draft_of, read_draft
from alexclaw.llm._overview import llm_overview
from alexclaw.llm._probe import Probe, probe
from alexclaw.llm._router import Refusal, Router
from alexclaw.llm._store import (
    PROVIDER_ADDED,
    PROVIDER_CHANGED,
    PROVIDER_REMOVED,
    SEEDS,
    DayUsage,
    add_provider,
    add_usage,
    load_provider,
    load_providers,
    load_usage,
    move_provider_keys_to_vault,
    remove_provider,
    rotate_provider_keys,
    seed_providers,
    update_provider,
)
from alexclaw.llm._wire import SECRET_PREFIX, ChatRequest, Message
from alexclaw.llm.tree import llm_spec

__all__ = [
    "llm_overview",
    "KEEP",
    "PROVIDER_ADDED",
    "PROVIDER_CHANGED",
    "PROVIDER_REMOVED",
    "EMBEDDING_KINDS",
    "Embeddings",
    "NoEmbeddings",
    "ProviderEmbeddings",
    "parse_embeddings",
    "prepare_embed",
    "PROVIDERS_NAME",
    "SECRET_PREFIX",
    "SEEDS",
    "USAGE_NAME",
    "Answer",
    "Blocked",
    "CallError",
    "Count",
    "ChunkScreen",
    "ChatRequest",
    "DayUsage",
    "Delta",
    "Draft",
    "Exchange",
    "Guarded",
    "GuardedModel",
    "KeyChange",
    "Kind",
    "Message",
    "ModelList",
    "Probe",
    "Provider",
    "ProviderClient",
    "ProviderError",
    "ProviderOperations",
    "ProviderTable",
    "Refusal",
    "Released",
    "Router",
    "Screen",
    "StreamEvent",
    "StreamScreen",
    "Tier",
    "UsageSnapshot",
    "UsageTracker",
    "add_provider",
    "add_usage",
    "build_provider",
    "count_usage",
    "draft_of",
    "guarded_exchange",
    "guarded_reasons",
    "llm_spec",
    "list_models",
    "load_provider",
    "provider_keys",
    "probe",
    "load_providers",
    "load_usage",
    "record_usage",
    "read_draft",
    "reload_providers",
    "remove_provider",
    "rotate_provider_keys",
    "move_provider_keys_to_vault",
    "screen_messages",
    "screened_stream",
    "seed_providers",
    "update_provider",
    "utc_day",
]
