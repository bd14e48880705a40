"""word_count: an example dynamic skill.

Counts the words of its input (text, or a list of items with "title" and
"summary") and answers on ``on_empty`` when there are none. Check it and
run it once in the sandbox, nothing registered:

    alexclaw skill check examples/skills/word_count.py
    alexclaw skill try examples/skills/word_count.py --input "one two three"

A dynamic skill imports only allowlisted standard-library modules and
``alexclaw_sdk``; it reaches the node only through ``args.api`` (the
SkillAPI), for the permissions it declares.
"""

import re
from collections import Counter

from alexclaw_sdk import Args, ConfigField, Outcome


class WordCount:
    name = "word_count"
    version = "1.0.0"
    description = "Count the words of the input and name the most common ones"
    permissions = frozenset()
    branches = {"on_success": "ok", "on_empty": "empty", "on_error": "error"}  # noqa: RUF012
    external = False
    config_schema = (ConfigField("top", "integer", "How many of the most common words to name", 3, minimum=0),)

    async def run(self, args: Args) -> Outcome:
        text = args.input
        if isinstance(text, list):
            text = " ".join(f"{item.get('title', '')} {item.get('summary', '')}" for item in text)
        if not isinstance(text, str):
            return Outcome.error("the input is neither text nor a list of items")
        words = re.findall(r"\w+", text.lower())
        if not words:
            return Outcome({"words": 0}, "on_empty")
        top = int(args.config.get("top", 3))
        return Outcome({"words": len(words), "top": [word for word, _ in Counter(words).most_common(top)]})
