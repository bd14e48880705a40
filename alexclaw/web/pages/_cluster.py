"""The Cluster page (``/cluster``): this node's name, discovery and
listener, and its peers (status, address, last seen, round trip, version,
registration) from the membership snapshot; Ping, Register (a privileged
act: a 2FA code while two-factor is on), Unregister and Forget."""

from __future__ import annotations

import time
from typing import Any

from quart import Blueprint, flash, redirect, request

from alexclaw.web._common import acting, answer, approver
from alexclaw.web._render import render
from alexclaw.web._state import WebState
from alexclaw.workflows import ClusterOperations

BACK = "/cluster"


def build(state: WebState) -> Blueprint:
    bp = Blueprint("cluster_pages", __name__)
    cluster = state.services.cluster

    def operations() -> ClusterOperations:
        return ClusterOperations(approver(state), state.database, cluster)

    async def peer_name() -> str:
        return str((await request.form).get("name", ""))[:100]

    @bp.get(BACK)
    async def page() -> Any:
        return await render(
            "cluster.html", view=cluster.view.read(), settings=cluster.settings,
            listening=cluster.listening(), now=time.time(),
        )  # fmt: skip

    @bp.post(f"{BACK}/ping")
    async def ping() -> Any:
        done = await operations().ping(await peer_name())
        await flash(done.message, "info" if done.value is not None else "error")
        return redirect(BACK)

    @bp.post(f"{BACK}/register")
    async def register() -> Any:
        return await answer(state, await operations().register(acting(state), await peer_name()), BACK)

    @bp.post(f"{BACK}/unregister")
    async def unregister() -> Any:
        return await answer(state, await operations().unregister(acting(state), await peer_name()), BACK)

    @bp.post(f"{BACK}/forget")
    async def forget() -> Any:
        return await answer(state, await operations().forget(acting(state), await peer_name()), BACK)

    return bp
