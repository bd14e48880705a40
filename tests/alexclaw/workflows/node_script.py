"""A real node in its own OS process, for tests that kill it (SIGKILL).

Usage: ``python node_script.py WORKFLOW`` with the node's environment (the
same variables ``alexclaw start`` reads). It starts the whole tree, starts
a manual run of WORKFLOW, then prints to stdout, one line each, flushed:

    run <id>            the run row exists and its process is started
    recorded <n>        the result of one more step is durable (n: how many)

and waits until it is killed. Anything that goes wrong ends the process
with a non-zero exit (the test sees stdout close); the log goes to stderr.
"""

from __future__ import annotations

import asyncio
import sys

from actors.testing import Probe
from alexclaw import Node
from alexclaw.logs import configure_logging
from alexclaw.settings import load_settings
from alexclaw.workflows import RUNS_TOPIC, RunChanged, RunTicket


def say(line: str) -> None:
    print(line, flush=True)


async def main(workflow: str) -> None:
    settings = load_settings(env_file=None)
    configure_logging(settings.log_level, settings.log_format, settings.secrets)
    node = Node(settings)
    await node.start()
    assert node.state.runs is not None
    # Listening before the run starts: its first step may be recorded
    # before start_manual even returns.
    probe = await Probe().listen(RUNS_TOPIC).start()
    ticket = await node.state.runs.start_manual(workflow, actor="node_script", origin="test")
    if not isinstance(ticket, RunTicket):
        raise SystemExit(f"the run did not start: {ticket!r}")
    say(f"run {ticket.run_id}")
    recorded = 0
    while True:
        await probe.receive(
            lambda m: isinstance(m, RunChanged) and m.run_id == ticket.run_id and m.status == "progress",
            timeout=3600,
        )
        recorded += 1
        say(f"recorded {recorded}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
