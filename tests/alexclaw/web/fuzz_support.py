"""What the fuzzing suite (tests/fuzz) needs of the web package's insides:
which paths are machine endpoints, and ``/mcp``, dispatched in front of the
app and so in no url_map."""

from alexclaw.web._guard import MACHINE_PREFIXES
from alexclaw.web.machine._mcp import MCP_PATHS

__all__ = ["MACHINE_PREFIXES", "MCP_PATHS"]
