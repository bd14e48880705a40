"""The Dashboard's "no node runs this gateway" rule, as a plain function of
the lease view and the peers this node is linked to."""

from __future__ import annotations

from gateways import LeaseView, no_node_warning


def test_an_elected_gateway_nobody_holds_is_warned_about_with_the_fix() -> None:
    warning = no_node_warning(LeaseView("discord", "elected", "", False))
    assert warning is not None
    assert "No node runs Discord" in warning and "discord.node" in warning


def test_a_gateway_some_node_runs_is_not_warned_about() -> None:
    assert no_node_warning(LeaseView("telegram", "elected", "beta", False)) is None
    assert no_node_warning(LeaseView("telegram", "pinned", "alpha", True)) is None
    assert no_node_warning(LeaseView("telegram", "off")) is None
    assert no_node_warning(LeaseView("telegram")) is None  # no cluster: the gateway's own status says it


def test_a_pin_to_a_node_missing_from_the_database_but_linked_over_the_cluster_is_not_warned_about() -> None:
    view = LeaseView("telegram", "pinned", "beta", False, holder_alive=False)
    assert no_node_warning(view, connected={"beta"}) is None
    warning = no_node_warning(view, connected={"gamma"})
    assert warning is not None and "pinned to node 'beta'" in warning
