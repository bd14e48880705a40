"""The browser's own process: ``python -m alexclaw.automation._child``
reads one job (JSON on stdin), plays its steps in headless Chromium driven
by Playwright, and writes the report (JSON on stdout). The node never runs
a browser in its own process: this one, with Chromium under it in the same
process group, is killed whole when the time budget runs out, and a crash
here is the play's error, not the node's.

Every request the page makes — documents, sub-resources, fetch/XHR,
websockets, each hop of a redirect — is held by route interception until
the egress guard's address rules have judged its host (every address it resolves to public;
loopback or private only for the recipe's granted host; link-local and
metadata never); a refused one is aborted and reported. Downloads are off,
service workers blocked, the profile a fresh temporary one."""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import json
import re
import socket
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import quote, urljoin, urlsplit

from alexclaw.security import blocked_reason, literal_address, private_grantable

# Chromium's own network activity beyond the page's requests, off: background
# fetches, DNS prefetch and DNS over HTTPS (both resolve outside the checks
# here), the proxy from the environment, QUIC, WebRTC's non-proxied UDP.
LAUNCH_ARGS: Final = (
    "--disable-background-networking",
    "--dns-prefetch-disable",
    "--disable-features=DnsOverHttps,NetworkPrediction,InterestFeedContentSuggestions",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-proxy-server",
    "--disable-quic",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--disable-gpu",
)
NO_NETWORK_SCHEMES: Final = frozenset({"data", "blob", "about"})
REDIRECTS: Final = frozenset({301, 302, 303, 307, 308})
MAX_HOPS: Final = 5
GOTO_TIMEOUT_MS: Final = 30_000  # a page's load; the time budget still bounds the whole play


@dataclass
class Job:
    chromium: str
    steps: list[dict[str, Any]]
    input: str = ""
    granted_host: str = ""
    budget_seconds: float = 60.0
    max_screenshot_bytes: int = 2_000_000
    no_sandbox: bool = False


@dataclass
class Report:
    outcome: str = "ok"
    error: str = ""
    steps: list[dict[str, Any]] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


async def _addresses(host: str, port: int) -> list[str]:
    literal = literal_address(host)
    if literal is not None:
        return [str(literal)]
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


async def refusal(url: str, granted_host: str) -> str | None:
    """Why the page may not reach ``url``, or None: the egress guard's
    address rules, as a resource's save applies them."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"malformed URL ({exc})"
    scheme = parts.scheme.lower()
    if scheme in NO_NETWORK_SCHEMES:
        return None
    if scheme not in {"http", "https", "ws", "wss"}:
        return f"the {scheme or 'missing'} scheme is not allowed"
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        return "no host"
    try:
        answers = await _addresses(host, port or (443 if scheme in {"https", "wss"} else 80))
    except (OSError, UnicodeError) as exc:
        return f"{host} does not resolve ({exc})"
    for answer in answers:
        address = ipaddress.ip_address(answer.split("%")[0])
        why = blocked_reason(address)
        if why is None:
            continue
        if private_grantable(why) and granted_host and host == granted_host:
            continue
        named = f"{address} is {why}" if host == str(address) else f"{host} is {address}, {why}"
        return named + ("" if private_grantable(why) else " (never reachable)")
    return None


def _with_input(step: dict[str, Any], text: str) -> dict[str, Any]:
    """``{{input}}`` replaced: as it is in a value and where it is the whole
    URL; URL-encoded (but ``/``) inside a URL, so an input cannot add a
    query, a fragment or a host of its own."""
    done = dict(step)
    if isinstance(step.get("value"), str):
        done["value"] = step["value"].replace("{{input}}", text)
    url = step.get("url")
    if isinstance(url, str):
        done["url"] = text.strip() if url == "{{input}}" else url.replace("{{input}}", quote(text, safe="/"))
    return done


async def _play_step(page: Any, step: dict[str, Any], job: Job) -> dict[str, Any]:
    action, selector, timeout = step["action"], step.get("selector", ""), float(step.get("timeout_ms", 5000))
    done: dict[str, Any] = {"position": step["position"], "action": action, "ok": True}
    if action == "goto":
        why = await refusal(step["url"], job.granted_host)
        if why is not None:
            raise StepFailed(f"{step['url']} refused: {why}")
        response = await page.goto(step["url"], wait_until="load", timeout=GOTO_TIMEOUT_MS)
        done["detail"] = f"HTTP {response.status}" if response is not None else "opened"
    elif action == "click":
        await page.click(selector, timeout=timeout)
    elif action == "fill":
        await page.fill(selector, step["value"], timeout=timeout)
    elif action == "press":
        await page.press(selector, step["key"], timeout=timeout)
    elif action == "select":
        await page.select_option(selector, step["value"], timeout=timeout)
    elif action == "wait_for":
        await page.wait_for_selector(selector, timeout=timeout)
    elif action == "extract_text":
        text = await page.inner_text(selector, timeout=timeout)
        done["text"] = text
    elif action == "screenshot":
        image = await page.screenshot(full_page=bool(step.get("full_page")), type="png")
        if len(image) > job.max_screenshot_bytes:
            raise StepFailed(f"the screenshot is {len(image)} bytes, over the cap of {job.max_screenshot_bytes}")
        done["image"] = base64.b64encode(image).decode("ascii")
    else:  # the parser refused it already; a job from elsewhere is not trusted
        raise StepFailed(f"unknown action {action!r}")
    return done


class StepFailed(Exception):
    """A step's failure, said in the step's words."""


def _failure(step: dict[str, Any], exc: BaseException) -> str:
    label = f"step {step['position']} ({step['action']})"
    name = type(exc).__name__
    if name == "TimeoutError" and step.get("selector"):
        return f"{label}: {step['selector']!r} did not appear within {step.get('timeout_ms', 5000)} ms"
    message = str(exc).splitlines()[0] if str(exc) else name
    if "ERR_BLOCKED_BY_CLIENT" in message:
        return f"{label}: refused by the egress guard's address rules (see blocked)"
    return f"{label}: {message}"


async def _fetch_checked(handle: Any, granted_host: str, blocked: list[str]) -> Any | None:
    """The answer to a routed request, every hop checked; None when a hop
    was refused (listed in ``blocked``) or failed. The redirects are
    followed here, never by the browser: a request continued to the browser
    would follow its redirects unrouted, so a public page could send it to
    a private address. The page gets the last answer under the URL it asked
    for."""
    url, method, body = handle.request.url, handle.request.method, None
    for _ in range(MAX_HOPS + 1):
        why = await refusal(url, granted_host)
        if why is not None:
            blocked.append(f"{url[:300]} — {why}")
            return None
        try:
            response = await handle.fetch(url=url, method=method, post_data=body, max_redirects=0)
        except Exception:  # the server's failure is the page's, as in a browser
            return None
        location = response.headers.get("location")
        if response.status not in REDIRECTS or not location:
            return response
        url = urljoin(url, location)
        if response.status in (301, 302, 303) and method not in ("GET", "HEAD"):
            method, body = "GET", b""
    blocked.append(f"{url[:300]} — more than {MAX_HOPS} redirects")
    return None


async def _guard_requests(context: Any, job: Job, report: Report) -> None:
    async def route(handle: Any) -> None:
        response = await _fetch_checked(handle, job.granted_host, report.blocked)
        if response is None:
            await handle.abort("blockedbyclient")
        else:
            await handle.fulfill(response=response)

    async def websocket(socket_route: Any) -> None:
        why = await refusal(socket_route.url, job.granted_host)
        if why is None:
            socket_route.connect_to_server()
        else:
            report.blocked.append(f"{socket_route.url[:300]} — {why}")
            await socket_route.close(code=1008, reason="refused by the egress guard")

    await context.route("**/*", route)
    await context.route_web_socket(re.compile(".*"), websocket)


async def play(job: Job) -> Report:
    from playwright.async_api import async_playwright

    report = Report()
    started = time.monotonic()
    args = [*LAUNCH_ARGS, *(["--no-sandbox"] if job.no_sandbox else [])]
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=job.chromium, args=args, headless=True)
        try:
            context = await browser.new_context(accept_downloads=False, service_workers="block")
            await _guard_requests(context, job, report)
            page = await context.new_page()
            page.on(
                "download", lambda d: report.blocked.append(f"{d.url[:300]} — download refused (downloads are off)")
            )
            step: dict[str, Any] = {}
            try:
                async with asyncio.timeout(max(0.1, job.budget_seconds - (time.monotonic() - started))):
                    for raw in job.steps:
                        step = _with_input(raw, job.input)
                        try:
                            report.steps.append(await _play_step(page, step, job))
                        except Exception as exc:  # every failure of a step is the step's error
                            report.outcome, report.error = "error", _failure(step, exc)
                            report.steps.append({"position": step["position"], "action": step["action"],
                                                 "ok": False, "detail": report.error})  # fmt: skip
                            break
            except TimeoutError:
                where = f" at step {step['position']} ({step['action']})" if step else ""
                report.outcome, report.error = "timeout", f"the time budget of {job.budget_seconds:g} s ran out{where}"
        finally:
            await browser.close()
    return report


def main() -> int:
    raw = json.loads(sys.stdin.read())
    job = Job(**raw)
    try:
        report = asyncio.run(play(job))
    except Exception as exc:  # the browser's crash is the play's error, said in one line
        report = Report(
            "error", f"the browser failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        )
    for done in report.steps:
        if "text" in done:
            done["text"] = done["text"][:200_000]
    sys.stdout.write(json.dumps(report.__dict__))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
