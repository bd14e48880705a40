"""The MCP endpoint (issue 19): the official SDK's Streamable HTTP server at
``/mcp`` on the node's web endpoint. AI clients call skills and workflows
as tools — through the Invoker and the run manager, exactly as a workflow
step and a manual run go — and read the node's state as ``alexclaw://``
resources, with keys stored as HMAC fingerprints."""

from alexclaw.mcp._calls import MCP_CALLED
from alexclaw.mcp._gate import MCP_KEY_MISSING, MCP_KEY_REFUSED, McpGate
from alexclaw.mcp._hub import SERVER_NAME, McpHub
from alexclaw.mcp._keys import MCP_KEY_CREATED, MCP_KEY_REVOKED, MCP_KEY_SEEDED, SCOPES, McpKey, list_keys
from alexclaw.mcp._operations import McpKeyOperations
from alexclaw.mcp._resources import REDACTED
from alexclaw.mcp._tools import NEVER_TOOLS, SKILL_TOOL, WORKFLOW_TOOL
from alexclaw.mcp.tree import EVENTS_NAME, mcp_spec

__all__ = [
    "EVENTS_NAME",
    "MCP_CALLED",
    "MCP_KEY_CREATED",
    "MCP_KEY_MISSING",
    "MCP_KEY_REFUSED",
    "MCP_KEY_REVOKED",
    "MCP_KEY_SEEDED",
    "NEVER_TOOLS",
    "REDACTED",
    "SCOPES",
    "SERVER_NAME",
    "SKILL_TOOL",
    "WORKFLOW_TOOL",
    "McpGate",
    "McpHub",
    "McpKey",
    "McpKeyOperations",
    "list_keys",
    "mcp_spec",
]
