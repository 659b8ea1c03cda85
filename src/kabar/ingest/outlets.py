"""Which outlet published an article: from its field, else the URL, else the dateline."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Second-level labels under which a registrable domain has three labels (detik.co.id).
_SECOND_LEVEL = frozenset({"co", "ac", "go", "or", "web", "my", "sch", "net", "com", "org", "mil"})

# Display names and brand spellings -> canonical outlet key (the main label of the
# outlet's domain, as the shared clusters name them).
ALIASES = {
    "detiknews": "detik", "detikcom": "detik", "detikfinance": "detik", "detiksport": "detik",
    "detikhot": "detik", "detikinet": "detik", "detikoto": "detik", "detiktravel": "detik",
    "detikhealth": "detik", "detikedu": "detik", "detikjabar": "detik", "detikjatim": "detik",
    "kompascom": "kompas", "kompastv": "kompas", "tribun": "tribunnews",
    "okezonecom": "okezone", "sindonewscom": "sindonews", "tempoco": "tempo",
    "liputan6com": "liputan6", "republikacoid": "republika", "cnnindonesiacom": "cnnindonesia",
    "posmetromedan": "posmetromedan", "antara": "antaranews", "antaranewscom": "antaranews",
}


def domain_of(url: str) -> str | None:
    """The registrable domain of a URL ("news.detik.com/x" -> "detik.com")."""
    if not url or not url.strip():
        return None
    candidate = url.strip()
    if "://" not in candidate:
        candidate = "http://" + candidate
    host = (urlsplit(candidate).hostname or "").lower().strip(".")
    if "." not in host:
        return None
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def canonical_outlet(name: str | None) -> str | None:
    """A stable outlet key: "hot.detik.com", "detikNews", "Detik" -> "detik"."""
    if name is None:
        return None
    raw = name.strip().strip("-|,:").strip()
    if not raw:
        return None
    if "." in raw and " " not in raw:
        domain = domain_of(raw)
        if domain:
            key = domain.split(".")[0]
            return ALIASES.get(key, key)
    folded = re.sub(r"[^a-z0-9]+", "", raw.lower())
    if not folded:
        return None
    return ALIASES.get(folded, folded)


def outlet_from_url(url: str | None) -> str | None:
    domain = domain_of(url or "")
    return canonical_outlet(domain) if domain else None
