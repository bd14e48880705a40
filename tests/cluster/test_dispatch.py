"""Remote dispatch over a link: the target's port hears the link's verified
sender name and answers; every failure is a reason, never an exception."""

from __future__ import annotations

from actors.testing import wait_until
from cluster import CONNECTED
from tests.cluster.support import Receiver, start_node


async def test_a_dispatch_reaches_the_target_with_the_links_verified_sender() -> None:
    beta = await start_node("beta", receiver=Receiver(allowed={"alpha"}))
    alpha = await start_node("alpha", seeds=(beta.seed,))
    try:
        await wait_until(lambda: alpha.status("beta") == CONNECTED and beta.status("alpha") == CONNECTED)
        answer = await alpha.cluster.dispatch("beta", "inbox", {"text": "hi"})
        assert answer.ok and answer.run_id == 1
        assert beta.receiver.received == [("alpha", "inbox", {"text": "hi"})]
        refused = await alpha.cluster.dispatch("beta", "missing", None)
        assert (refused.ok, refused.reason) == (False, "workflow_not_found")
        rtt = await alpha.cluster.ping("beta")
        assert rtt is not None and rtt >= 0
    finally:
        await alpha.process.stop()
        await beta.process.stop()


async def test_a_dispatch_from_a_sender_the_target_does_not_allow_is_refused() -> None:
    beta = await start_node("beta", receiver=Receiver(allowed=set()))
    alpha = await start_node("alpha", seeds=(beta.seed,))
    try:
        await wait_until(lambda: alpha.status("beta") == CONNECTED and beta.status("alpha") == CONNECTED)
        answer = await alpha.cluster.dispatch("beta", "inbox", "x")
        assert (answer.ok, answer.reason) == (False, "node_not_allowed")
    finally:
        await alpha.process.stop()
        await beta.process.stop()


async def test_a_dispatch_to_an_unknown_node_is_refused_without_a_link() -> None:
    alpha = await start_node("alpha")
    try:
        answer = await alpha.cluster.dispatch("nobody", "inbox", "x")
        assert (answer.ok, answer.reason) == (False, "node_unreachable")
        assert await alpha.cluster.ping("nobody") is None
    finally:
        await alpha.process.stop()
