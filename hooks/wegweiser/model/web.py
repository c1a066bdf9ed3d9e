"""Web addresses and e-mail addresses: checked by their scheme and written out re-encoded.

An address from an entry is never printed as it was typed: its host is turned into
ASCII (IDNA) and every character that could end an HTML attribute or start markup
is percent-encoded, so the link goes where the text says and nowhere else.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

WEB_SCHEMES = ("https",)
_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f]")
# Characters with a meaning in URLs (RFC 3986 reserved) and the percent sign of existing escapes stay as they are.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def _ascii_host(host: str) -> str | None:
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        return None
    return ascii_host


def is_web_url(value: object) -> bool:
    """Whether value is an https:// address of a named host, without spaces, controls or user names."""
    if not isinstance(value, str):
        return True  # the type check's business
    if _UNSAFE.search(value):
        return False
    try:
        parts = urlsplit(value)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        return False
    return (parts.scheme in WEB_SCHEMES and not parts.username and port_ok
            and bool(parts.hostname) and _ascii_host(parts.hostname or "") is not None)


def encode_web_url(url: str) -> str:
    """Return a checked web address re-encoded for an href: ASCII host, percent-encoded path and query."""
    parts = urlsplit(url)
    host = _ascii_host(parts.hostname or "")
    if host is None:
        raise ValueError(f"Not a checked web address: {url!r}")
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, quote(parts.path, safe=_URL_SAFE), quote(parts.query, safe=_URL_SAFE),
                       quote(parts.fragment, safe=_URL_SAFE)))


def mailto_uri(address: str) -> str:
    """Return the mailto: URI of a checked e-mail address."""
    return "mailto:" + quote(address, safe="@+.-_")
