"""Routes for machines, not people: each authenticates with its own key
(never the admin session or CSRF) and answers in its callers' wire format.
The shield proxy (OpenAI's ``/v1/chat/completions``) and GitHub's
webhook deliveries (``/webhooks/github``)."""

from alexclaw.web.machine._github import build as github_blueprint
from alexclaw.web.machine._proxy import ShieldProxy, proxy_error
from alexclaw.web.machine._proxy import build as proxy_blueprint

__all__ = ["ShieldProxy", "github_blueprint", "proxy_blueprint", "proxy_error"]
