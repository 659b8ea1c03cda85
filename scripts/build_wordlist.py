"""Build ``src/kabar/data/glue_words.txt``: the corpus word list used by kabar.clean.glue.

Usage (from the repository root)::

    PYTHONPATH=src python scripts/build_wordlist.py /work/shared/corpus/indonews-2025-06 \
        --out src/kabar/data/glue_words.txt

:mod:`kabar.clean.glue` knows words from wordfreq (Indonesian and English) and the Sastrawi
stemmer.  Names, new coinages and loan words it does not know ("Gunadi", "stablecoin",
"Mahalini", "warganet") would be split by its segmenter.  This script reads a corpus and
lists the tokens that the segmenter, *without* this list, would split but that the corpus
says are words:

* ``w<TAB>word`` - a lower-cased token seen at least ``--min-count`` times in at least
  ``--min-docs`` articles whose proposed split is *not* supported by the corpus: no
  boundary of the split occurs as two space-separated words at least
  ``--glue-ratio`` times as often as the glued token (``berikut ini`` is written apart far
  more often than ``berikutini``, so ``berikutini`` is glue; ``guna di`` is rarely written,
  ``Gunadi`` often, so ``gunadi`` is a word).

Only single tokens are written, never article text.  Re-run after changing the splitter.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import logging
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from kabar.clean import glue

logger = logging.getLogger("build_wordlist")

TEXT_COLUMNS = ("isi_berita", "content", "Isi", "isi", "text", "body")


def read_corpus(root: Path) -> Iterator[str]:
    """Article bodies from the CSV and XLSX exports under ``root``."""
    csv.field_size_limit(sys.maxsize)
    for path in sorted(root.rglob("*")):
        suffix = path.suffix.lower()
        if suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as fh:
                for row in csv.DictReader(fh):
                    for col in TEXT_COLUMNS:
                        value = row.get(col)
                        if value and value.strip():
                            yield value
                            break
        elif suffix == ".xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True)
            try:
                for ws in wb.worksheets:
                    rows = ws.iter_rows(values_only=True)
                    header = next(rows, None)
                    if header is None:
                        continue
                    names = [str(h).strip() if h is not None else "" for h in header]
                    idx = next((names.index(c) for c in TEXT_COLUMNS if c in names), None)
                    if idx is None:
                        continue
                    for row in rows:
                        value = row[idx] if idx < len(row) else None
                        if isinstance(value, str) and value.strip():
                            yield value
            finally:
                wb.close()


_RUN = re.compile(r"[A-Za-z]+")


def _diverse(
    word: str, left: dict[str, set[str]], right: dict[str, set[str]], minimum: int
) -> bool:
    """Seen after and before at least ``minimum`` different words (boilerplate is not)."""
    forms = {word, word.lower(), word.capitalize()}
    lw = set().union(*(left.get(f, set()) for f in forms))
    rw = set().union(*(right.get(f, set()) for f in forms))
    return len(lw) >= minimum and len(rw) >= minimum


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=Path("src/kabar/data/glue_words.txt"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-docs", type=int, default=2)
    ap.add_argument("--glue-ratio", type=float, default=0.3)
    ap.add_argument("--min-contexts", type=int, default=3)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    glue.DATA_FILE = None  # judge with wordfreq + stemmer only
    glue.reset_caches()

    count: Counter[str] = Counter()  # lower-cased plain tokens
    docs: Counter[str] = Counter()
    shapes: dict[str, set[str]] = {}
    bigrams: Counter[tuple[str, str]] = Counter()
    left: dict[str, set[str]] = defaultdict(set)
    right: dict[str, set[str]] = defaultdict(set)
    seen_texts: set[str] = set()
    n_docs = 0
    for text in read_corpus(args.corpus):
        key = hashlib.sha1(" ".join(text.split()).encode()).hexdigest()
        if key in seen_texts:  # the exports overlap: count each article once
            continue
        seen_texts.add(key)
        n_docs += 1
        seen: Counter[str] = Counter()
        prev: str | None = None
        prev_word = ""
        prev_end = -2
        for m in _RUN.finditer(text):
            word = m.group()
            lower = word.lower()
            if prev is not None:
                if m.start() == prev_end + 1 and text[prev_end] == " ":
                    bigrams[(prev, lower)] += 1
                right[prev_word].add(lower)
                left[word].add(prev)
            prev, prev_word, prev_end = lower, word, m.end()
            if word.islower() or (word[0].isupper() and word[1:].islower()):
                seen[lower] += 1
                shapes.setdefault(lower, set()).add(word if word.islower() else "C")
        for lower, c in seen.items():
            count[lower] += c
            docs[lower] += 1
    logger.info("%d articles, %d token types", n_docs, len(count))

    words: list[str] = []
    for lower, c in count.items():
        if c < args.min_count or docs[lower] < args.min_docs or len(lower) < glue.MIN_LOWER_LEN:
            continue
        if not _diverse(lower, left, right, args.min_contexts):
            continue
        forms = shapes[lower]
        candidates = [lower] if lower in forms else []
        candidates.append(lower[0].upper() + lower[1:])
        split = None
        for form in candidates:
            split = glue._split_token(form, True)
            if split:
                break
        if not split and not glue._known(lower):  # capitalised half of "MetaplanetInc"
            split = glue._split_name_tail(candidates[-1], in_camel=True)
        if not split:
            continue
        parts = [p.lower() for p in split]
        if len(parts) < 2:
            continue
        support = max(bigrams[(a, b)] for a, b in itertools.pairwise(parts))
        if support >= args.glue_ratio * c:
            continue  # the corpus writes it apart: glue
        words.append(lower)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# kabar.clean.glue corpus word list, generated by scripts/build_wordlist.py\n"
            f"# corpus: {args.corpus.name} ({n_docs} articles); min-count {args.min_count}, "
            f"min-docs {args.min_docs}, glue-ratio {args.glue_ratio}, "
            f"min-contexts {args.min_contexts}\n"
            "# w<TAB>word: a known word (lower case)\n"
        )
        for w in sorted(words):
            fh.write(f"w\t{w}\n")
    logger.info("wrote %d words to %s", len(words), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
