"""One bad input never stops anything; each is a 400 with a reason (issue 13,
rule 4). Walked as classes over the whole admin UI: every route with an
integer id, every field of every form, every route that reads ``next``."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

from alexclaw import Node
from alexclaw.inputs import INT4_MAX, INT8_MAX
from tests.alexclaw.web.conftest import HTML, PASSWORD
from tests.alexclaw.web.crawl import Form, Site, arguments, every_form, filled, furnished_site, methods, page_rules

HOSTILE_IDS = (2**31, 2**63, -1, 10**30)
MAXIMUM = {"int": INT4_MAX, "bigint": INT8_MAX}
DEEP = '{"a":' * 10_000 + "1" + "}" * 10_000
HOSTILE_NEXT = (
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "///evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert('evil.example')",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%252F%252Fevil.example",
    "/%09/evil.example",
    "/\t/evil.example",
    "/\r\nLocation: //evil.example",
    " //evil.example",
)
# Last, so that what they remove or end does not hide the routes after them.
ENDINGS = ("/delete", "/logout", "/revoke", "/disable", "/clear")


def last_the_endings(path: str) -> tuple[bool, str]:
    return path.endswith(ENDINGS), path


async def send(site: Site, method: str, path: str, form: dict[str, str] | None = None, **query: str) -> Any:
    if method == "GET":
        return await site.client.get(path, headers=HTML, query_string=query)
    body = {**(form or {}), "csrf_token": await site.csrf(path)}
    response = await site.client.post(path, form=body, headers=HTML, query_string=query)
    if path == "/login" and response.status_code == 302:
        site.token = None  # a new session, a new token
    return response


async def text(response: Any) -> str:
    return str(await response.get_data(as_text=True))


async def says(response: Any, reason: str) -> bool:
    """The page shows ``reason`` (the error page capitalises its message)."""
    return reason.lower() in (await text(response)).lower()


async def still_answers(site: Site) -> None:
    assert (await site.client.get("/healthz")).status_code == 200
    assert (await site.client.get("/workflows", headers=HTML)).status_code == 200


async def test_every_route_with_an_integer_id_refuses_ids_beyond_its_column_without_a_5xx(
    client: Any, node: Node
) -> None:
    site = await furnished_site(client, node)
    walked = set()
    for rule in sorted(page_rules(site), key=lambda r: last_the_endings(r.rule)):
        for converter, name in arguments(rule):
            if converter not in MAXIMUM:
                continue
            for value in (*HOSTILE_IDS, MAXIMUM[converter]):
                path = filled(rule, {**site.args, name: str(value)})
                for method in methods(rule):
                    response = await send(site, method, path)
                    body = await text(response)
                    assert response.status_code < 500, f"{method} {path}: {response.status_code} {body[:300]}"
                    if value > MAXIMUM[converter]:
                        assert response.status_code == 400, f"{method} {path}"
                        assert await says(
                            response, f"{value} is out of range: a whole number from 0 to {MAXIMUM[converter]}"
                        )
                    elif value < 0:
                        assert response.status_code == 404, f"{method} {path}"  # no negative id is a route
                    walked.add(rule.rule)
    assert len(walked) >= 11  # the probe's eleven, and every one added since
    await still_answers(site)


async def test_an_id_beyond_its_column_in_a_query_or_a_form_is_a_400_naming_the_field(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    wid = site.args["workflow_id"]
    cases = [
        ("GET", "/runs", {}, {"workflow": str(2**31)}, "workflow: 2147483648 is out of range"),
        ("GET", "/resources", {}, {"edit": str(10**30)}, "edit: a whole number"),
        ("POST", "/runs/clear", {"workflow": str(2**63)}, {}, "workflow: 9223372036854775808 is out of range"),
        ("POST", "/runs/clear", {"workflow": "-1"}, {}, "workflow: a whole number"),
        ("POST", f"/workflows/{wid}/resources", {"resource_id": str(2**31)}, {}, "resource_id: 2147483648 is out"),
        ("POST", "/policies", {"name": "p", "rule_type": "rate_limit", "priority": str(2**31)}, {}, "priority: a"),
    ]
    for method, path, form, query, reason in cases:
        response = await send(site, method, path, form, **query)
        assert response.status_code == 400, f"{method} {path} {form} {query}"
        assert await says(response, reason), (await text(response))[-900:]
    await still_answers(site)


async def test_a_step_position_beyond_its_column_is_refused_by_the_step_editor(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    path = f"/workflows/{site.args['workflow_id']}/steps"
    for field, value, reason in [
        ("input_from", str(2**31), "input_from: must be 2147483647 or less"),
        ("input_from", "9" * 40, "input from: a step position"),
        ("route.default", str(10**30), "route default: a step position or"),
        ("timeout_ms", str(2**31), "config.timeout_ms: a positive whole number of milliseconds"),
        ("cfg.value", "x", None),
    ]:
        form = {"skill": "echo", field: value, "name": f"step {field}"}
        response = await send(site, "POST", path, form)
        if reason is None:
            assert response.status_code == 302
        else:
            assert response.status_code == 400 and await says(response, reason), (field, await text(response))


async def test_a_number_that_is_not_finite_in_a_step_field_stays_text_and_never_reaches_the_database_as_nan(
    client: Any, node: Node
) -> None:
    site = await furnished_site(client, node)
    for value in ("1e999", "nan", "-inf"):
        form = {"skill": "condition", "cfg.operator": "gt", "cfg.value": value}
        response = await send(site, "POST", f"/workflows/{site.args['workflow_id']}/steps", form)
        assert response.status_code < 500, value


async def test_a_nul_or_control_character_in_any_field_of_any_form_is_a_400_naming_it(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    forms = await every_form(site)
    assert len(forms) >= 20  # every page's forms were found
    tried = 0
    for form in sorted(forms, key=lambda f: last_the_endings(f.action)):
        for name in [n for n in form.fields if n != "csrf_token"] or ["name"]:
            for bad, problem in (
                ("a\x00b", "contains a NUL character"),
                ("a\x1bb", "contains a control character (U+001B)"),
            ):
                response = await send(site, "POST", form.action, {**form.fields, name: bad})
                assert response.status_code == 400, f"{form.action} {name}: {response.status_code}"
                assert await says(response, f"{name}: {problem}"), f"{form.action} {name}: {await text(response)}"
                tried += 1
    for rule in page_rules(site):  # and every POST route, whether or not a page links a form to it
        if "POST" in methods(rule):
            response = await send(site, "POST", filled(rule, site.args), {"name": "x\x00"})
            assert response.status_code == 400 and await says(response, "name: contains a NUL character"), rule
    for path in ("/workflows", "/runs", "/audit", "/login"):
        response = await send(site, "GET", path, q="a\x00b")
        assert response.status_code == 400 and await says(response, "q: contains a NUL character")
    assert tried >= 40
    await still_answers(site)


async def test_a_nul_in_a_text_part_of_any_route_path_is_a_400(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    walked = 0
    for rule in sorted(page_rules(site), key=lambda r: last_the_endings(r.rule)):
        for converter, name in arguments(rule):
            if converter:
                continue
            path = filled(rule, {**site.args, name: "a\x00b"})
            for method in methods(rule):
                response = await send(site, method, path)
                assert response.status_code == 400 and await says(response, "path: contains a NUL"), (method, path)
                walked += 1
    assert walked >= 7  # skills, config, challenge (GET and POST), sessions, pending chats (adopt, dismiss)
    await still_answers(site)


async def test_tabs_and_line_breaks_are_kept_in_text_areas_but_not_in_names(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    kept = await send(site, "POST", "/workflows", {"name": "Multi", "description": "one\r\n\ttwo"})
    assert kept.status_code == 302
    refused = await send(site, "POST", "/resources", {"name": "two\tparts", "type": "document"})
    assert refused.status_code == 400 and await says(refused, "name: contains a control character (U+0009)")


async def test_no_field_of_any_form_answers_a_5xx_to_a_huge_number_or_a_deep_or_non_finite_document(
    client: Any, node: Node
) -> None:
    site = await furnished_site(client, node)
    forms: list[Form] = await every_form(site)
    # A token typed into telegram.* starts the gateway, which would try to
    # reach the real Telegram: the config form is walked through its other keys.
    forms = [f for f in forms if not f.action.startswith("/config/telegram.")]
    for form in sorted(forms, key=lambda f: last_the_endings(f.action)):
        for name in [n for n in form.fields if n != "csrf_token"]:
            for bad in ("9" * 31, str(2**63), DEEP, '{"a": NaN}', "1e999"):
                response = await send(site, "POST", form.action, {**form.fields, name: bad})
                assert response.status_code < 500, f"{form.action} {name}={bad[:20]}: {await text(response)}"
                await site.relogin_if_needed(response)
    await still_answers(site)


def on_site(location: str) -> bool:
    """What a browser would keep on this host, checked independently of
    safe_next: a path, not a scheme, host, backslash or control character,
    before and after percent-decoding."""
    for form in (location, unquote(location), unquote(unquote(location))):
        parts = urlsplit(form)
        if parts.scheme or parts.netloc or not form.startswith("/") or form.startswith("//"):
            return False
        if "\\" in form or any(ord(c) < 0x20 or ord(c) == 0x7F for c in form):
            return False
    return True


async def test_no_route_that_reads_next_redirects_off_site(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    redirects = 0
    for rule in sorted(page_rules(site), key=lambda r: last_the_endings(r.rule)):
        path = filled(rule, site.args)
        for method in methods(rule):
            for target in HOSTILE_NEXT:
                form = {"next": target, "password": PASSWORD} if method == "POST" else None
                response = await send(site, method, path, form, next=target)
                body = await text(response)
                where = f"{method} {path} next={target!r}"
                assert response.status_code < 500, f"{where}: {body[:300]}"
                if 300 <= response.status_code < 400:
                    redirects += 1
                    location = response.headers["Location"]
                    assert on_site(location) and "evil.example" not in location.split("?")[0], where
                    if location.startswith("/login?next="):  # the session ended (logout): back in
                        await site.relogin_if_needed(response)
                else:
                    assert "evil.example" not in body, where  # not rendered into a link or a hidden field
    assert redirects > 50
    await still_answers(site)


async def test_the_run_button_with_a_backslash_target_goes_back_to_the_runs_page(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    path = f"/workflows/{site.args['workflow_id']}/run"
    response = await send(site, "POST", path, {"next": "/\\evil.com"})
    assert response.status_code == 302 and response.headers["Location"] == "/runs"
    kept = await send(site, "POST", path, {"next": "/scheduler"})
    assert kept.headers["Location"] == "/scheduler"


async def test_a_line_break_in_next_is_a_400_naming_it_not_a_500(client: Any, node: Node) -> None:
    site = await furnished_site(client, node)
    posted = await send(site, "POST", f"/workflows/{site.args['workflow_id']}/run", {"next": "/runs\r\nX-Evil: 1"})
    assert posted.status_code == 400 and await says(posted, "next: contains a control character (U+000D)")
    asked = await send(site, "GET", "/login", next="/\r\nSet-Cookie: a=b")
    assert asked.status_code == 400 and await says(asked, "next: contains a control character")
