"""The core skills that watch the world over the network: ``web_fetch``,
``web_search_fetch``, ``rss_fetch``, ``api_request``,
``github_security_review`` and ``web_automation`` (a recipe in the node's
headless browser, ``_recipe`` its format). Every request goes through the SkillAPI's
``web_request`` — the egress guard, with the endpoints each declares — and
each is ``external``: what it returns is sanitized before the next step or
a model reads it."""

from skills.web._api_request import ApiRequest
from skills.web._automation import WebAutomation
from skills.web._fetch import WebFetch
from skills.web._github import GithubSecurityReview
from skills.web._recipe import RecipeProblems, RecipeStep, parse_steps, scrape_steps, static_urls
from skills.web._rss import RssFetch
from skills.web._search import WebSearchFetch

WEB_SKILLS = (WebFetch(), WebSearchFetch(), RssFetch(), ApiRequest(), GithubSecurityReview())
# The browser's skill: its requests leave through the browser backend's address rules, not web_read.
BROWSER_SKILLS = (WebAutomation(),)

__all__ = [
    "BROWSER_SKILLS", "WEB_SKILLS", "ApiRequest", "GithubSecurityReview", "RssFetch", "WebFetch", "WebSearchFetch",
    "RecipeProblems", "RecipeStep", "WebAutomation", "parse_steps", "scrape_steps", "static_urls",
]  # fmt: skip
