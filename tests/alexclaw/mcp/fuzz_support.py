"""An MCP key made as the MCP page makes one, for the fuzzing suite
(tests/fuzz), which seeds a node with one of every secret."""

from alexclaw.mcp._keys import create_key

__all__ = ["create_key"]
