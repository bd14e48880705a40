"""The prompt presets the step editor offers for ``llm_transform``: the
eleven AlexClaw users know by name (imported workflows and habits refer
to them), each a prompt template with ``{input}`` where the step's input
goes."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

PROMPT_PRESETS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "Summarize": "Summarize the following content concisely, keeping the key facts and main points.\n\n{input}",
        "Bullet Points": (
            "Turn the following content into a clear bullet-point list, grouping related items together.\n\n{input}"
        ),
        "Security Review": (
            "You are a security-focused code reviewer. Analyse the following diff for security problems: injection, "
            "authentication or authorization bypass, secrets or credentials in code, insecure dependencies, path "
            "traversal, XSS, CSRF, SQL injection, unsafe deserialization, missing input validation, privilege "
            "escalation.\n\n{input}\n\n"
            "Reply in exactly this format:\n\n"
            "RISK LEVEL: [CRITICAL|HIGH|MEDIUM|LOW|NONE]\n\n"
            "FINDINGS:\n[SEVERITY] what is wrong — file:line (when you can tell). "
            "With nothing found, write: No security issues identified.\n\n"
            "SUMMARY:\nTwo or three sentences on the change's overall security posture.\n\n"
            "RECOMMENDATION:\nAPPROVE / REQUEST CHANGES / NEEDS FURTHER REVIEW, with a one-line reason."
        ),
        "Code Review": (
            "Review the following code changes for correctness, readability and likely bugs (not style).\n\n"
            "{input}\n\n"
            "For each problem: the file and line when you can tell, what is wrong, and a suggested fix. "
            "If the change looks good, say so briefly."
        ),
        "Translate": "Translate the following text to English, keeping its meaning and tone.\n\n{input}",
        "Classify": (
            "Classify the following content as one of: positive, negative, neutral. "
            "Answer with the label only.\n\n{input}"
        ),
        "Extract JSON": (
            "Extract the structured data in the following text and answer with it as one JSON object, "
            "nothing else.\n\n{input}"
        ),
        "Changelog": (
            "Write a changelog entry from the following diff or commits, grouped by type (added, changed, fixed, "
            "removed). Be concise.\n\n{input}"
        ),
        "Explain": (
            "Explain the following content in simple terms, for a reader with basic technical knowledge who is "
            "not an expert in this area.\n\n{input}"
        ),
        "Filter": (
            "Read the following content. If it holds relevant information, output it; otherwise output SKIP.\n\n{input}"
        ),
        "Action Items": (
            "List the actionable items in the following content: for each, what needs doing, who should do it "
            "(when mentioned) and its priority (high, medium or low).\n\n{input}"
        ),
    }
)
