"""Reading a fetched body as text: decoded by the charset it declares (the
Content-Type header, else a ``<meta>`` or XML declaration near the start),
UTF-8 otherwise; and a page's boilerplate (navigation, header, footer)
removed before the sanitizer reads it.

A wrong or unknown declared charset never raises: the body is decoded as
UTF-8 with replacement characters, so a bad page is text, not a crash."""

from __future__ import annotations

import codecs
import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser

_HEADER_CHARSET: Final = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml ... encoding="x"?>
_SNIFFED: Final = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)",
    re.IGNORECASE,
)
_SNIFF_BYTES: Final = 4096


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def declared_charset(body: bytes, content_type: str) -> str | None:
    """The charset the response declares, header first; None if none (or
    one Python does not know)."""
    header = _HEADER_CHARSET.search(content_type or "")
    if header:
        known = _codec(header.group(1))
        if known:
            return known
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    sniffed = _SNIFFED.search(body[:_SNIFF_BYTES])
    if sniffed:
        name = (sniffed.group(1) or sniffed.group(2)).decode("ascii", errors="replace")
        return _codec(name)
    return None


def decode_body(body: bytes, content_type: str) -> str:
    """``body`` as text, by its declared charset, else UTF-8 (with
    replacement characters where it is not)."""
    charset = declared_charset(body, content_type) or "utf-8"
    text = body.decode(charset, errors="replace")
    return text.removeprefix("\ufeff")


def without_elements(html: str, tags: tuple[str, ...]) -> str:
    """``html`` with every ``tags`` element removed (nav, header, footer):
    the page's main text is what remains. The rest of the page stays HTML,
    so the sanitizer still sees hidden markup and stylesheets."""
    if not tags or "<" not in html:
        return html
    names = [t for t in tags if t.isalnum()]
    if not names:
        return html
    tree = LexborHTMLParser(html)
    for node in tree.css(",".join(names)):
        node.decompose()
    return tree.html or ""
