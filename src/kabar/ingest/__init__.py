"""The ``ingest`` stage: files and exports in, :class:`~kabar.records.Article` out.

``iter_articles`` streams articles (and skips) from paths, file by file, record by
record; :func:`kabar.pipeline.ingest_paths` runs it with ``clean`` into the store.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from kabar.errors import InputError
from kabar.ingest.build import build_article
from kabar.ingest.readers import discover, read_file
from kabar.records import Article, Skip

logger = logging.getLogger(__name__)


def iter_articles(
    paths: Iterable[str | Path], mapping: Mapping[str, str] | None = None, strict: bool = False
) -> Iterator[Article | Skip]:
    """Articles (not yet cleaned) and Skips from files and directories, streaming.

    In strict mode the first unreadable input raises :class:`InputError`.
    """
    for item in discover([Path(p) for p in paths]):
        if isinstance(item, Skip):
            if strict:
                raise InputError(item.reason, item.source, item.position)
            yield item
            continue
        try:
            for record in read_file(item):
                if isinstance(record, Skip):
                    if strict:
                        raise InputError(record.reason, record.source, record.position)
                    yield record
                    continue
                built = build_article(record, mapping)
                if isinstance(built, Skip) and strict:
                    raise InputError(built.reason, built.source, built.position)
                yield built
        except InputError as exc:
            if strict:
                raise
            yield Skip(exc.source or str(item), exc.position, exc.message)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            if strict:
                raise InputError(str(exc), str(item)) from None
            yield Skip(str(item), "", f"cannot read: {exc}")


__all__ = ["iter_articles"]
