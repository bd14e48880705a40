"""Which embedder memory and knowledge use, chosen by a setting read per
use: ``memory.embedder`` is ``local`` (the built-in model, the default) or
the name of an LLM provider whose embeddings API is asked for
``memory.embedding_model`` (optionally ``memory.embedding_dimensions``).

Each choice has a key, recorded per row as its ``embedding_model``:
``all-MiniLM-L6-v2-int8`` for the local model, ``<provider>/<model>``
(``:<dimensions>`` when asked for) for a provider's. Search compares only
vectors of the key in force; a row whose vector has another key (or none)
waits to be embedded again and is found by keywords meanwhile. Switching
back keeps what was never overwritten.

The provider's wire lives in the LLM layer (``alexclaw.llm``); this package
only states what it needs (``RemoteEmbeddings``) and the application wires
it in. A choice that cannot be used (a provider named without a model) and
a failing provider are ``EmbeddingFailed``: rows stay stored without a
vector of the key in force, to be embedded later."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

from alexclaw.config import MemorySettings
from alexclaw.memory._embedding import LOCAL_MODEL, Embedder, EmbeddingFailed, Vector
from alexclaw.memory._search import InvalidInput, check_model

LOCAL: Final = "local"


@dataclass(frozen=True, slots=True)
class EmbedderChoice:
    provider: str = ""  # "" = the local model
    model: str = LOCAL_MODEL
    dimensions: int = 0  # asked of the provider; 0 = the model's own
    problem: str = ""  # why this choice cannot embed anything (said, never guessed around)

    @property
    def is_local(self) -> bool:
        return not self.provider

    @property
    def key(self) -> str:
        """The name a vector of this choice is recorded under."""
        if self.is_local:
            return LOCAL_MODEL
        return f"{self.provider}/{self.model}" + (f":{self.dimensions}" if self.dimensions else "")

    def describe(self) -> str:
        where = "the local model" if self.is_local else f"provider {self.provider}"
        return f"{self.key} ({where})" + (f": {self.problem}" if self.problem else "")


def choose(settings: MemorySettings) -> EmbedderChoice:
    """The choice the settings make, with its problem if it has one."""
    name = (settings.embedder or "").strip()  # an empty setting reads as None
    if name in {"", LOCAL}:
        return EmbedderChoice()
    model, dimensions = (settings.embedding_model or "").strip(), settings.embedding_dimensions or 0
    if not model:
        why = f"memory.embedder names provider {name!r} but memory.embedding_model is empty"
        return EmbedderChoice(name, "-", 0, why)
    choice = EmbedderChoice(name, model, dimensions)
    try:
        check_model(choice.key, dimensions or 1)
    except InvalidInput as exc:
        return EmbedderChoice(name, model, dimensions, str(exc))
    return choice


class RemoteEmbeddings(Protocol):
    """A provider's embeddings: unit vectors, one per text, or the error as text."""

    async def embed(self, provider: str, model: str, texts: Sequence[str], dimensions: int) -> list[Vector] | str: ...


@dataclass
class ChosenEmbedder:
    """The ``Embedder`` the settings choose, per call (a change applies to
    the next embedding, no restart). A provider's dimension is learned from
    its first answer; a later answer of another size for the same key is
    refused (vectors under one key must be comparable)."""

    choice: Callable[[], EmbedderChoice]
    local: Embedder
    remote: RemoteEmbeddings | None = None
    _sizes: dict[str, int] = field(default_factory=dict)

    @property
    def model(self) -> str:
        return self.choice().key

    @property
    def dimension(self) -> int:
        choice = self.choice()
        if choice.is_local:
            return self.local.dimension
        return choice.dimensions or self._sizes.get(choice.key, 0)

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        choice = self.choice()
        if choice.problem:
            raise EmbeddingFailed(choice.problem)
        if choice.is_local:
            return await self.local.embed(texts)
        if self.remote is None:
            raise EmbeddingFailed(f"provider embeddings are not available here ({choice.provider})")
        result = await self.remote.embed(choice.provider, choice.model, texts, choice.dimensions)
        if isinstance(result, str):
            raise EmbeddingFailed(f"embedding provider {choice.provider} failed: {result}")
        size = len(result[0]) if result else 0
        known = self._sizes.setdefault(choice.key, size)
        if size != known:
            raise EmbeddingFailed(
                f"embedding provider {choice.provider} answered {size} dimensions for {choice.model}; "
                f"its vectors so far have {known}"
            )
        return result
