"""What counts as an article body or a metadata string: plain Arabic text, no control characters.

Text is stored verbatim and every offset points into it, so input that is not plain Arabic text
(markup, control characters, another language) is refused with a reason and a position instead
of being silently analysed into nonsense.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms A and B.
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
MIN_ARABIC_SHARE = 0.5  # of the letters; real Arabic news quoting Latin names stays far above this
_TEXT_CONTROLS_ALLOWED = frozenset("\t\n\r")
SHARE_FROM_LETTERS = 100  # shorter texts (a headline naming Apple and iPhone) need only some Arabic
_TAGS = (
    "a|abbr|article|aside|b|blockquote|body|br|button|center|code|div|em|figcaption|figure|font|footer|form|"
    "h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|meta|nav|noscript|object|ol|option|p|pre|"
    "script|section|select|small|span|strong|style|sub|sup|svg|table|tbody|td|textarea|th|thead|title|tr|u|ul"
)
# A known HTML tag (attributes on the same line) or a comment/doctype; <Reuters> or 3 < 5 is not markup.
_HTML = re.compile(rf"<(?:/?(?:{_TAGS})(?:[\s/][^<>\n]*)?>|!--|!doctype\b)", re.IGNORECASE)

URL_NOT_WEB = "url must be an http:// or https:// address with a host"


# Regexes rather than a Python loop a character: a 1 MB body is checked in milliseconds, not seconds.
_ARABIC_RUN = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _ARABIC_RANGES) + "]+")
_CONTROL_OR_SURROGATE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # categories Cc and Cs


def first_forbidden_char(value: str, *, allowed: frozenset[str] = frozenset()) -> int | None:
    """Offset of the first control character (other than `allowed`) or lone surrogate, if any."""
    for found in _CONTROL_OR_SURROGATE.finditer(value):
        if found.group() not in allowed:
            return found.start()
    return None


def arabic_letter_share(value: str) -> tuple[int, int]:
    """(letters in Arabic script, all letters) of a text."""
    return sum(map(str.isalpha, "".join(_ARABIC_RUN.findall(value)))), sum(map(str.isalpha, value))


def _forbidden_message(value: str, at: int) -> str:
    return f"contains the control character U+{ord(value[at]):04X} at offset {at}"


def check_article_text(value: str) -> str:
    """The body must be plain text, mostly in Arabic script, without control characters."""
    if not value.strip():
        raise ValueError("text must contain something other than white space")
    at = first_forbidden_char(value, allowed=_TEXT_CONTROLS_ALLOWED)
    if at is not None:
        raise ValueError(f"text {_forbidden_message(value, at)}; only tab, line feed and carriage return are allowed")
    markup = _HTML.search(value)
    if markup:
        raise ValueError(f"text looks like HTML ({markup.group(0)[:40]!r} at offset {markup.start()}); send plain text")
    arabic, letters = arabic_letter_share(value)
    if not arabic or (letters >= SHARE_FROM_LETTERS and arabic < MIN_ARABIC_SHARE * letters):
        found = f"{round(100 * arabic / letters)}% of its {letters} letters are" if arabic else "none is"
        raise ValueError(
            f"text must be Arabic: {found} in Arabic script (wanted: some, and at least "
            f"{MIN_ARABIC_SHARE:.0%} once the text has {SHARE_FROM_LETTERS} letters)"
        )
    return value


def reject_controls(value: str) -> str:
    """A one-line string (metadata, query parameter): no control characters at all."""
    at = first_forbidden_char(value)
    if at is not None:
        raise ValueError(_forbidden_message(value, at))
    return value


def check_web_url(value: str | None) -> str | None:
    """An article's url must be an http(s) address with a host: javascript: or data: would run in a link."""
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(URL_NOT_WEB)
    return value


def check_line(value: str | None) -> str | None:
    """A one-line metadata string; blank becomes null."""
    return None if value is None else reject_controls(value).strip() or None
