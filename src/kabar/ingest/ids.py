"""Stable article ids: a hash of the normalised URL, else of the normalised text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the click, never select the article. Collected from
# the URLs in the shared corpus and the usual analytics/ads suites.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "ref", "ref_src", "src", "source", "share", "amp", "cmpid",
        "tracking", "from", "spm", "s_cid", "xtor",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")

ID_LENGTH = 16  # hex chars of sha1: 64 bits, collision-free far beyond 10^9 articles


def normalize_url(url: str) -> str:
    """The URL without scheme noise, 'www.', fragments, trailing slashes or trackers.

    >>> normalize_url("HTTPS://www.Detik.com/a/b/?utm_source=x&id=2#top")
    'detik.com/a/b?id=2'
    """
    url = url.strip()
    if not url:
        return ""
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if host.startswith("m.") and host.count(".") >= 2:
        host = host[2:]
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    if path.endswith("/amp"):
        path = path[: -len("/amp")]
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    query.sort()
    return urlunsplit(("", host, path, urlencode(query), "")).lstrip("/")


def normalize_text(text: str) -> str:
    """Text folded for identity: NFKC, lower case, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(text.split())


def article_id(url: str | None, text: str, title: str = "") -> str:
    """The stable id of an article: from its URL when it has one, else its text."""
    key = normalize_url(url) if url else ""
    basis = "url:" + key if key else "text:" + normalize_text(title + "\n" + text)
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:ID_LENGTH]
