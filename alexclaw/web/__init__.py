"""HTTP: the Quart app and the Hypercorn endpoint that serves it."""

from alexclaw.web._app import MAX_BODY_BYTES, create_app
from alexclaw.web._endpoint import WebBindError, WebEndpoint, bind_listening_socket
from alexclaw.web._state import WebState
from alexclaw.web.tree import WEB_NAME, web_spec

__all__ = [
    "MAX_BODY_BYTES",
    "WEB_NAME",
    "WebState",
    "WebBindError",
    "WebEndpoint",
    "bind_listening_socket",
    "create_app",
    "web_spec",
]
