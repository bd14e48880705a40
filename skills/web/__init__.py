"""The core skills that watch the world over the network: ``web_fetch``,
``web_search_fetch``, ``rss_fetch``, ``api_request`` and
``github_security_review``. Every request goes through the SkillAPI's
``web_request`` — the egress guard, with the endpoints each declares — and
each is ``external``: what it returns is sanitized before the next step or
a model reads it."""

from skills.web._api_request import ApiRequest
from skills.web._fetch import WebFetch
from skills.web._github import GithubSecurityReview
from skills.web._rss import RssFetch
from skills.web._search import WebSearchFetch

WEB_SKILLS = (WebFetch(), WebSearchFetch(), RssFetch(), ApiRequest(), GithubSecurityReview())

__all__ = ["WEB_SKILLS", "ApiRequest", "GithubSecurityReview", "RssFetch", "WebFetch", "WebSearchFetch"]
