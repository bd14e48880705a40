"""Routes for machines, not people: each authenticates with its own key
(never the admin session or CSRF) and answers in its callers' wire format.
Today the shield proxy (OpenAI's ``/v1/chat/completions``)."""

from alexclaw.web.machine._proxy import ShieldProxy, proxy_error
from alexclaw.web.machine._proxy import build as proxy_blueprint

__all__ = ["ShieldProxy", "proxy_blueprint", "proxy_error"]
