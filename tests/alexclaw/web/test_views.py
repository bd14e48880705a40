"""The dashboard's tree table: escaped, and rendered again only when the
tree changed."""

from __future__ import annotations

from dataclasses import replace

from alexclaw.web._views import TreeRow, tree_table

ROWS = [
    TreeRow("alexclaw", "alexclaw", 0, "supervisor", "running", 0, "", "<Supervisor>"),
    TreeRow("alexclaw/web", "web", 1, "worker", "running", 2, "crashed: <boom>", "<Web>"),
    TreeRow("alexclaw/a/b/c/d/e", "deep", 6, "worker", "stopped", 0, "", ""),
]


def test_every_value_is_escaped_and_the_depth_indent_is_capped() -> None:
    html = str(tree_table(ROWS))
    assert html.count("<tr ") == 3
    assert "crashed: &lt;boom&gt;" in html and "<boom>" not in html
    assert 'class="mono indent-4">deep</td>' in html
    assert '<span class="badge stopped">stopped</span>' in html
    assert '<td class="restarts">2</td>' in html


def test_the_same_tree_reuses_the_last_rendering_and_a_change_renders_again() -> None:
    first = tree_table(ROWS)
    assert tree_table(list(ROWS)) is first
    restarted = [ROWS[0], replace(ROWS[1], restarts=3), ROWS[2]]
    again = tree_table(restarted)
    assert again is not first and '<td class="restarts">3</td>' in str(again)
