"""Prometheus metrics, gathered at scrape time from published state (the
supervisors' child tables, the kernel's live count, the pool snapshot):
nothing waits for an actor."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.process_collector import ProcessCollector

from actors import Process, live_count
from alexclaw.storage import DatabaseHandle
from supervisors import SupervisorBase, which_children

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
PROXY_OUTCOMES = (
    "forwarded",
    "blocked_prompt",
    "blocked_response",
    "invalid",
    "rejected",
    "unavailable",
    "upstream_error",
)


def _walk(sup: SupervisorBase) -> Iterator[tuple[str, str, int, bool]]:
    for row in which_children(sup):
        yield sup.label, row.id, row.restarts, row.process is not None
        if isinstance(row.process, SupervisorBase) and row.process.alive:
            yield from _walk(row.process)


class NodeCollector:
    """Restarts per child, child up/down, live processes, pool statistics."""

    def __init__(
        self,
        root: Callable[[], Process | None],
        database: DatabaseHandle,
        ready: Callable[[], bool],
        *,
        runs: Callable[[], Iterable[str]] = tuple,
        scheduled: Callable[[], int] = lambda: 0,
        proxy: Callable[[], Mapping[str, int]] = dict,
        llm_usage: Callable[[], Iterable[tuple[str, int, int, int, int]]] = tuple,
        embeddings: Callable[[], Mapping[str, int]] = dict,
        mcp: Callable[[], tuple[bool, int, Mapping[str, int]]] = lambda: (False, 0, {}),
    ) -> None:
        self._mcp = mcp  # serving, tools offered, tool calls by outcome
        # Today's (UTC) usage per LLM provider: (name, calls, input tokens, output tokens, daily limit).
        self._llm_usage = llm_usage
        self._embeddings = embeddings  # the embedding throttle's counts
        self._proxy = proxy  # shield proxy requests by outcome
        self._root = root
        self._database = database
        self._ready = ready
        self._runs = runs  # the status of each active run (snapshot)
        self._scheduled = scheduled

    def collect(self) -> Iterator[Metric]:
        restarts = CounterMetricFamily(
            "alexclaw_child_restarts", "Restarts of each supervised child", labels=["supervisor", "child"]
        )
        up = GaugeMetricFamily("alexclaw_child_up", "1 when the child is running", labels=["supervisor", "child"])
        root = self._root()
        if isinstance(root, SupervisorBase) and root.alive:
            for supervisor, child, count, running in _walk(root):
                restarts.add_metric([supervisor, child], count)
                up.add_metric([supervisor, child], 1 if running else 0)
        yield restarts
        yield up
        yield GaugeMetricFamily("alexclaw_live_processes", "Live processes (all kinds)", value=live_count())
        yield GaugeMetricFamily(
            "alexclaw_ready", "1 when the tree is started and the database answers", value=int(self._ready())
        )
        stats = self._database.stats()
        pool = GaugeMetricFamily("alexclaw_db_pool_connections", "asyncpg pool connections", labels=["state"])
        if stats is not None:
            pool.add_metric(["open"], stats.size)
            pool.add_metric(["idle"], stats.idle)
            pool.add_metric(["in_use"], stats.size - stats.idle)
            pool.add_metric(["max"], stats.max_size)
            pool.add_metric(["min"], stats.min_size)
        yield pool
        statuses = list(self._runs())
        runs = GaugeMetricFamily("alexclaw_workflow_runs_active", "Workflow runs on this node", labels=["status"])
        for status in ("running", "queued"):
            runs.add_metric([status], statuses.count(status))
        yield runs
        yield GaugeMetricFamily(
            "alexclaw_workflows_scheduled", "Workflows this node's scheduler will fire", value=self._scheduled()
        )
        proxied = CounterMetricFamily(
            "alexclaw_shield_proxy_requests", "Shield proxy requests by outcome", labels=["outcome"]
        )
        counts = self._proxy()
        for outcome in PROXY_OUTCOMES:
            proxied.add_metric([outcome], counts.get(outcome, 0))
        yield proxied
        calls = GaugeMetricFamily("alexclaw_llm_calls_today", "LLM calls today (UTC) per provider", labels=["provider"])
        tokens = GaugeMetricFamily(
            "alexclaw_llm_tokens_today", "LLM tokens today (UTC) per provider", labels=["provider", "direction"]
        )
        limits = GaugeMetricFamily("alexclaw_llm_daily_limit", "Calls per UTC day; 0 = none", labels=["provider"])
        for name, count, tokens_in, tokens_out, limit in self._llm_usage():
            calls.add_metric([name], count)
            tokens.add_metric([name, "input"], tokens_in)
            tokens.add_metric([name, "output"], tokens_out)
            limits.add_metric([name], limit)
        yield calls
        yield tokens
        yield limits
        embedding = self._embeddings()
        done = CounterMetricFamily(
            "alexclaw_embeddings", "Background embeddings by outcome (dropped: the queue was full)", labels=["outcome"]
        )
        for outcome in ("embedded", "failed", "dropped"):
            done.add_metric([outcome], embedding.get(outcome, 0))
        yield done
        waiting = GaugeMetricFamily("alexclaw_embedding_queue", "Embeddings running and queued", labels=["state"])
        for state in ("running", "queued"):
            waiting.add_metric([state], embedding.get(state, 0))
        yield waiting
        yield from self._mcp_metrics()

    def _mcp_metrics(self) -> Iterator[Metric]:
        serving, tools, calls = self._mcp()
        yield GaugeMetricFamily("alexclaw_mcp_up", "1 while /mcp serves", value=1 if serving else 0)
        yield GaugeMetricFamily("alexclaw_mcp_tools", "Tools /mcp offers (skills and workflows)", value=tools)
        called = CounterMetricFamily("alexclaw_mcp_tool_calls", "MCP tool calls by outcome", labels=["outcome"])
        for outcome in ("ok", "error", "unknown", "invalid"):
            called.add_metric([outcome], calls.get(outcome, 0))
        yield called


def build_registry(collector: NodeCollector) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    ProcessCollector(registry=registry)
    return registry


def render(registry: CollectorRegistry) -> bytes:
    return bytes(generate_latest(registry))
