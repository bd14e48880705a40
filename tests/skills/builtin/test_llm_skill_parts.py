"""The plain parts of the model's skills: reading scores out of a model's
answer, ranking, item lists as steps pass them, and citations that take
their links from the items, never from the model."""

from __future__ import annotations

import pytest

from skills.builtin._items import cite, items_of, linked_items, numbered
from skills.builtin._llm_score import parse_scores, ranked, score_line
from skills.builtin._llm_transform import fill, within


@pytest.mark.parametrize(
    ("line", "score"),
    [
        ("0.8", 0.8),
        ("1. 0.8", 0.8),
        ("2) 0.8", 0.8),
        ("3 0.8", 0.8),
        ("[4] 0.25", 0.25),
        ("0.8 — relevant to AI", 0.8),
        ("0.1", 0.1),  # never read as 1 after a list number is stripped
        ("1.0", 1.0),
        ("8", 0.8),  # a 0-10 answer is rescaled
        ("7.5", 0.75),
        ("85", 0.85),  # a 0-100 answer too
        (".5", 0.5),
        ("Score: 0.6", 0.6),
        ("1", 1.0),
    ],
)
def test_a_score_line_reads_as_the_model_meant_it(line: str, score: float) -> None:
    assert score_line(line) == pytest.approx(score)


@pytest.mark.parametrize("line", ["", "relevant", "n/a", "—"])
def test_a_line_without_a_number_has_no_score(line: str) -> None:
    assert score_line(line) is None


def test_scores_on_one_line_separated_by_commas_are_read_in_order() -> None:
    assert parse_scores("0.9, 0.1, 0.5", 3) == [0.9, 0.1, 0.5]


def test_chatter_lines_do_not_count_as_scores() -> None:
    assert parse_scores("Here are the scores:\n0.2\n0.9\n", 2) == [0.2, 0.9]


def test_ranking_keeps_the_best_at_or_above_the_threshold_in_order() -> None:
    items = [{"title": "a"}, {"title": "b"}, {"title": "c"}, {"title": "d"}]
    kept = ranked(items, [0.3, 0.9, 0.1, 0.9], threshold=0.3, limit=2)
    assert [(i["title"], i["score"]) for i in kept] == [("b", 0.9), ("d", 0.9)]


def test_a_plain_value_is_wrapped_so_it_can_carry_its_score() -> None:
    assert ranked(["x"], [0.5], 0.0, 5) == [{"item": "x", "score": 0.5}]


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ([{"title": "a"}], [{"title": "a"}]),
        ('[{"title": "a"}]', [{"title": "a"}]),
        ({"items": [1, 2]}, [1, 2]),
        ('{"items": []}', []),
        ("just text", None),
        ("[not json", None),
        ({"title": "a"}, None),
        (42, None),
    ],
)
def test_item_lists_are_read_in_every_shape_steps_pass_them(value: object, items: object) -> None:
    assert items_of(value) == items


def test_only_lists_whose_every_item_has_a_web_link_are_citable() -> None:
    assert linked_items([{"link": "https://a.example/1"}, {"link": "https://a.example/2"}])
    assert linked_items([{"link": "https://a.example/1"}, {"title": "no link"}]) is None
    assert linked_items([{"link": "javascript:alert(1)"}]) is None
    assert linked_items([]) is None


def test_numbered_items_carry_no_url_for_the_model_to_copy() -> None:
    item = {"title": "News https://evil.example/x", "link": "https://a.example/1", "summary": "<b>Bold</b>\nsummary"}
    text = numbered([item])
    assert text == "[1] News  — Bold summary"
    assert "example" not in text


def test_citations_become_the_items_links_and_model_urls_are_dropped() -> None:
    items = [{"link": "https://a.example/1"}, {"link": "https://b.example/2"}]
    reply = "First [1], both [1, 2], a stray [7]. See [here](https://evil.example/phish) or https://evil.example/x."
    assert cite(reply, items) == (
        "First [source](https://a.example/1), both [source](https://a.example/1) [source](https://b.example/2), "
        "a stray. See here or ."
    )


def test_the_template_points_at_the_data_block_and_lists_resources() -> None:
    prompt = fill(
        "Summarize {input} using {resources}", [{"name": "feed", "type": "rss_feed", "url": "https://f.example"}]
    )
    assert prompt == "Summarize (the content in the data block below) using - feed (rss_feed): https://f.example"


def test_a_cut_input_says_it_was_cut() -> None:
    cut = within("x" * 5000, 1000)
    assert len(cut) == 1000 and cut.endswith("[input trimmed to fit the model's context window]")
    assert within("short", 1000) == "short"
