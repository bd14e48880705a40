"""The ``alexclaw`` command line: ``alexclaw <group> <verb>``, one module per
command group (``_config``, ``_audit``, ``_workflow``, ``_control``,
``_scan``, ``_retro``, ``_unblock``, ``_memory``; the node's own commands in ``_main``),
sharing ``_common`` (database commands, ``--json`` output, quiet pipes)."""

from alexclaw.cli._main import build_parser, main

__all__ = ["build_parser", "main"]
