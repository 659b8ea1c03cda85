"""Turn a raw record into an :class:`~kabar.records.Article` with its metadata."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from kabar.ingest.dateline import find_dateline
from kabar.ingest.fields import map_columns
from kabar.ingest.ids import article_id
from kabar.ingest.outlets import canonical_outlet, outlet_from_url
from kabar.ingest.published import has_date_string, parse_published
from kabar.ingest.readers import MAX_FIELD_CHARS, RawRecord
from kabar.records import Article, Skip

logger = logging.getLogger(__name__)

# Language id needs some text to be reliable; below this many letters we say None.
MIN_LANGID_CHARS = 40
# Characters of the body fed to language id: enough for a stable answer, cheap.
LANGID_SAMPLE_CHARS = 2000
# An article body shorter than this (after stripping) holds no reportable content.
MIN_BODY_CHARS = 1
_LANG_CANDIDATES = ("id", "en", "ms", "jv", "nl", "ar", "zh", "ja", "ko", "fr", "de", "es")


@lru_cache(maxsize=1)
def _langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(_LANG_CANDIDATES))
    return identifier


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text.

    Malay is reported as Indonesian when the text is Indonesian news: the two are close
    and py3langid confuses them on short texts.
    """
    sample = text[:LANGID_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LANGID_CHARS:
        return None
    lang, _prob = _langid().classify(sample)
    return "id" if lang == "ms" else str(lang)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v is not None)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


_NBSP = re.compile(r"[\u00a0\u2007\u202f]")


def build_article(record: RawRecord, overrides: Mapping[str, str] | None = None) -> Article | Skip:
    """The Article for one raw record, or a Skip saying why there is none."""
    mapping = map_columns(record.fields.keys(), overrides)
    get = {name: _text(record.fields.get(col)) for name, col in mapping.items()}
    text = get.get("text")
    title = get.get("title") or ""
    if text is None or len(text.strip()) < MIN_BODY_CHARS:
        if "text" not in mapping:
            cols = ", ".join(str(c) for c in record.fields) or "none"
            return Skip(record.source, record.position, f"no text field (columns: {cols})")
        return Skip(record.source, record.position, "empty article text")
    if len(text) > MAX_FIELD_CHARS:
        return Skip(record.source, record.position, f"text is over {MAX_FIELD_CHARS:,} characters")
    text = _NBSP.sub(" ", text)
    url = get.get("url")
    if url and not re.match(r"^(https?://|www\.)", url, re.IGNORECASE) and "." not in url:
        url = None
    raw_date = get.get("date")
    published = parse_published(raw_date, get.get("time"))
    dateline = find_dateline(text)
    outlet, outlet_from = None, None
    for candidate, origin in (
        (canonical_outlet(get.get("outlet")), "field"),
        (outlet_from_url(url), "url"),
        (dateline.outlet if dateline else None, "dateline"),
    ):
        if candidate:
            outlet, outlet_from = candidate, origin
            break
    article = Article(
        id=article_id(url, text, title),
        title=title,
        text=text,
        url=url,
        outlet=outlet,
        outlet_from=outlet_from,
        published=published,
        published_raw=raw_date,
        author=get.get("author"),
        category=get.get("category"),
        language=detect_language(title + "\n" + text),
        source=record.source,
        position=record.position,
        dateline=dateline.text if dateline else None,
    )
    if raw_date and published is None and has_date_string(raw_date):
        article.extra["date_unparsed"] = raw_date
    if record.warnings:
        article.extra["warnings"] = list(record.warnings)
    return article
