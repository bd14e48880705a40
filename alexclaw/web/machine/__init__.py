"""Routes for machines, not people: each authenticates with its own key
(never the admin session or CSRF) and answers in its callers' wire format.
The shield proxy (OpenAI's ``/v1/chat/completions``), GitHub's webhook
deliveries (``/webhooks/github``), ``/metrics`` (``metrics.token``) and ``/mcp`` (the MCP gate, dispatched in
front of the app)."""

from alexclaw.web.machine._github import build as github_blueprint
from alexclaw.web.machine._mcp import FrontDoor, serve_mcp
from alexclaw.web.machine._metrics import refuse_unauthorised_scrape
from alexclaw.web.machine._proxy import ShieldProxy, proxy_error
from alexclaw.web.machine._proxy import build as proxy_blueprint

__all__ = [
    "FrontDoor",
    "ShieldProxy",
    "github_blueprint",
    "proxy_blueprint",
    "proxy_error",
    "refuse_unauthorised_scrape",
    "serve_mcp",
]
