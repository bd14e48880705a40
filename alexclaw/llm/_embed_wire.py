"""The providers' embeddings APIs, as pure functions: the request to send
and the vectors read back. No I/O and no key here (``_embeddings.py``
sends through the egress guard, which injects the key at that edge, as
for chat calls).

- OpenAI-compatible: ``POST {base}/embeddings`` (``base`` ends in ``/v1``)
  with ``{"model", "input": [...], "encoding_format": "float"}``; the
  answer's ``data[i].embedding``, ordered by ``data[i].index``.
- Gemini: ``POST {base}/models/{model}:batchEmbedContents`` with one
  ``requests[i]`` per text; the answer's ``embeddings[i].values``. The key
  goes in ``x-goog-api-key``, never in the URL.
- Ollama: ``POST {base}/api/embed`` with ``{"model", "input": [...]}``;
  the answer's ``embeddings``.
- Anthropic has no embeddings API: asking it is refused up front.

An answer that is not the API's answer (an HTML page, truncated JSON, a
vector missing or not numbers, fewer vectors than texts, vectors of
different or unexpected dimensions, a zero vector) raises ``Garbage`` with
what was wrong. Vectors are returned at unit length (cosine search
compares directions; some servers do not normalise).
"""

from __future__ import annotations

import json
import math
from typing import Any, Final
from urllib.parse import quote

from alexclaw.llm._model import Kind, Provider
from alexclaw.llm._wire import Garbage, _get, _json

MAX_DIMENSION: Final = 16_000
EMBEDDING_KINDS: Final = frozenset({Kind.OPENAI_COMPATIBLE, Kind.GEMINI, Kind.OLLAMA})


class NoEmbeddings(ValueError):
    """This provider's kind has no embeddings API."""


def prepare_embed(
    provider: Provider, model: str, texts: list[str], dimensions: int = 0
) -> tuple[str, dict[str, str], bytes]:
    """URL, headers (no key) and body of one embeddings call for ``texts``;
    ``dimensions`` > 0 asks the model for that many (the APIs that can
    shorten their vectors do so; the answer is checked either way)."""
    if provider.kind not in EMBEDDING_KINDS:
        raise NoEmbeddings(f"a {provider.kind.value} provider has no embeddings API ({provider.name})")
    base = provider.base_url
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    body: dict[str, Any]
    if provider.kind is Kind.OPENAI_COMPATIBLE:
        url = f"{base}/embeddings"
        body = {"model": model, "input": texts, "encoding_format": "float"}
        if dimensions:
            body["dimensions"] = dimensions
    elif provider.kind is Kind.GEMINI:
        name = quote(model, safe="")
        url = f"{base}/models/{name}:batchEmbedContents"
        requests: list[dict[str, Any]] = []
        for text in texts:
            one: dict[str, Any] = {"model": f"models/{model}", "content": {"parts": [{"text": text}]}}
            if dimensions:
                one["outputDimensionality"] = dimensions
            requests.append(one)
        body = {"requests": requests}
    else:
        url = f"{base}/api/embed"
        body = {"model": model, "input": texts}
        if dimensions:
            body["dimensions"] = dimensions
    return url, headers, json.dumps(body).encode()


def _vector(value: Any, where: str) -> list[float]:
    if not isinstance(value, list) or not value:
        raise Garbage(f"the answer has no vector at {where}")
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in value):
        raise Garbage(f"the vector at {where} is not a list of numbers")
    floats = [float(x) for x in value]
    norm = math.sqrt(sum(x * x for x in floats))
    if not math.isfinite(norm) or norm == 0.0:
        raise Garbage(f"the vector at {where} is zero or not finite")
    return [x / norm for x in floats]


def _openai_vectors(payload: Any) -> list[Any]:
    data = _get(payload, "data")
    if not isinstance(data, list):
        raise Garbage("the answer has no data list")
    items = [item for item in data if isinstance(item, dict)]
    if len(items) != len(data):
        raise Garbage("the answer's data list holds something other than objects")
    if all(isinstance(item.get("index"), int) for item in items):
        items.sort(key=lambda item: item["index"])
    return [item.get("embedding") for item in items]


def parse_embeddings(kind: Kind, raw: bytes, count: int, dimensions: int = 0) -> list[list[float]]:
    """``count`` unit vectors of one dimension (``dimensions`` when > 0)."""
    payload = _json(raw, "answer")
    if kind is Kind.OPENAI_COMPATIBLE:
        values = _openai_vectors(payload)
        where = "data[{}].embedding"
    elif kind is Kind.GEMINI:
        embeddings = _get(payload, "embeddings")
        if not isinstance(embeddings, list):
            raise Garbage("the answer has no embeddings list")
        values = [_get(e, "values") for e in embeddings]
        where = "embeddings[{}].values"
    else:
        values = _get(payload, "embeddings")
        if not isinstance(values, list):
            raise Garbage("the answer has no embeddings list")
        where = "embeddings[{}]"
    if len(values) != count:
        raise Garbage(f"the answer has {len(values)} vectors for {count} texts")
    vectors = [_vector(value, where.format(n)) for n, value in enumerate(values)]
    sizes = {len(v) for v in vectors}
    if len(sizes) > 1:
        raise Garbage(f"the answer's vectors have different dimensions ({', '.join(map(str, sorted(sizes)))})")
    size = sizes.pop() if sizes else 0
    if dimensions and size != dimensions:
        raise Garbage(f"the vectors have {size} dimensions; {dimensions} were asked for")
    if size > MAX_DIMENSION:
        raise Garbage(f"the vectors have {size} dimensions; at most {MAX_DIMENSION} can be stored")
    return vectors
