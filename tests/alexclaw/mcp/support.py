"""What other packages' tests may use of the MCP package's insides."""

from alexclaw.mcp._keys import find_key

__all__ = ["find_key"]
