"""``POST /webhooks/github``: GitHub's deliveries, answered in its terms.
The route reads the raw body under the 1 MB cap (a declared or chunked
body beyond it is 413 before anything is checked) and hands it, with the
headers and the client's address, to the webhooks service."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, Response, jsonify, request

from alexclaw.web._guard import client_ip
from alexclaw.web._state import WebState
from alexclaw.webhooks import DELIVERY_HEADERS, MAX_DELIVERY_BYTES


def build(state: WebState) -> Blueprint:
    bp = Blueprint("github_webhook", __name__)

    @bp.post("/webhooks/github")
    async def deliver() -> Any:
        if (request.content_length or 0) > MAX_DELIVERY_BYTES:
            return jsonify(ok=False, error="the delivery is larger than 1 MB"), 413
        raw = await request.get_data(cache=False)
        body = raw if isinstance(raw, bytes) else raw.encode()
        if len(body) > MAX_DELIVERY_BYTES:  # a chunked body has no declared length
            return jsonify(ok=False, error="the delivery is larger than 1 MB"), 413
        headers = {name: request.headers.get(name, "") for name in DELIVERY_HEADERS}
        answer = await state.github_webhooks.deliver(ip=client_ip(state), headers=headers, body=body)
        response: Response = jsonify(dict(answer.body))
        response.status_code = answer.status
        response.headers.update(answer.headers)
        return response

    return bp
