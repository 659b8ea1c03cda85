"""Read input files into raw records, one at a time (streaming).

Each reader yields :class:`RawRecord` (a row/object with its original field names) or
:class:`~kabar.records.Skip` for a record it cannot read; a file that cannot be read
at all raises :class:`~kabar.errors.InputError` with the file and position.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kabar.errors import DecodeError, InputError, ParseError, UnsupportedFormat
from kabar.records import Skip

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".html", ".htm", ".xlsx")

# One field or line above this is not an article but a broken or hostile input; the
# longest real article body in the shared corpus is ~60 KB.
MAX_FIELD_CHARS = 5_000_000
# Bytes read to sniff binary content and the encoding.
SNIFF_BYTES = 8192
DECODE_CHUNK = 1 << 20
# csv's default field limit (128 KiB) is below real bodies; keep ours.
csv.field_size_limit(MAX_FIELD_CHARS + 1)


@dataclass(slots=True)
class RawRecord:
    """One input record: its fields by original name, and where it came from."""

    fields: dict[str, Any]
    source: str
    position: str
    warnings: list[str] = field(default_factory=list)


Item = RawRecord | Skip


def discover(paths: list[Path]) -> Iterator[Path | Skip]:
    """Files to read under ``paths`` (recursive, sorted); Skips for what is not readable."""
    for path in paths:
        if not path.exists():
            yield Skip(str(path), "", "no such file or directory")
        elif path.is_dir():
            found = False
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith(".") or any(
                    part.startswith(".") for part in child.relative_to(path).parts[:-1]
                ):
                    continue
                found = True
                if child.suffix.lower() in SUFFIXES:
                    yield child
                else:
                    yield Skip(str(child), "", f"unsupported file type {child.suffix or '(none)'}")
            if not found:
                yield Skip(str(path), "", "directory holds no files")
        elif path.suffix.lower() in SUFFIXES:
            yield path
        else:
            yield Skip(str(path), "", f"unsupported file type {path.suffix or '(none)'}")


def detect_encoding(path: Path) -> tuple[str, str | None]:
    """(encoding, warning) for a text file; raise DecodeError for binary or empty files.

    UTF-8 (with or without BOM) is checked over the whole file in chunks; a file that is
    not UTF-8 is read as cp1252 (what Windows exports use) with a warning that names the
    first bad byte.
    """
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        if not head:
            raise DecodeError("empty file", str(path))
        if b"\x00" in head:
            raise DecodeError("binary file (NUL bytes), not text", str(path), "byte 0")
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        offset = 0
        while True:
            chunk = fh.read(DECODE_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                position = offset + exc.start
                return "cp1252", f"not UTF-8 (bad byte at offset {position}); read as cp1252"
            if not chunk:
                break
            offset += len(chunk)
    return encoding, None


def _open_text(path: Path) -> tuple[io.TextIOWrapper, str | None]:
    encoding, warning = detect_encoding(path)
    # cp1252 leaves five bytes undefined; replace them rather than fail
    errors = "replace" if encoding == "cp1252" else "strict"
    return path.open("r", encoding=encoding, errors=errors, newline=""), warning


def read_file(path: Path) -> Iterator[Item]:
    """Raw records of one file, by its type."""
    suffix = path.suffix.lower()
    readers = {
        ".txt": _read_txt,
        ".json": _read_json,
        ".jsonl": _read_jsonl,
        ".ndjson": _read_jsonl,
        ".csv": _read_csv,
        ".tsv": _read_csv,
        ".html": _read_html,
        ".htm": _read_html,
        ".xlsx": _read_xlsx,
    }
    reader = readers.get(suffix)
    if reader is None:
        raise UnsupportedFormat(f"unsupported file type {suffix}", str(path))
    yield from reader(path)


def _read_txt(path: Path) -> Iterator[Item]:
    fh, warning = _open_text(path)
    with fh:
        text = fh.read(MAX_FIELD_CHARS + 1)
    if len(text) > MAX_FIELD_CHARS:
        raise InputError(f"file is over {MAX_FIELD_CHARS:,} characters; not an article", str(path))
    lines = text.splitlines()
    title_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title_index is None:
        raise InputError("file holds only white space", str(path))
    title = lines[title_index].strip()
    body = "\n".join(lines[title_index + 1 :]).strip("\n")
    yield RawRecord(
        {"title": title, "text": body}, str(path), f"line {title_index + 1}",
        [warning] if warning else [],
    )


def _json_error_position(text: str, exc: json.JSONDecodeError) -> str:
    return f"line {exc.lineno} column {exc.colno}"


def _read_json(path: Path) -> Iterator[Item]:
    fh, warning = _open_text(path)
    with fh:
        text = fh.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"invalid JSON: {exc.msg}", str(path), _json_error_position(text, exc)) from None
    warnings = [warning] if warning else []
    if isinstance(data, dict):
        # {"articles": [...]} and similar wrappers
        for key in ("articles", "items", "data", "results", "entries", "berita"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if isinstance(data, dict):
        yield RawRecord(data, str(path), "object", warnings)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            if isinstance(item, dict):
                yield RawRecord(item, str(path), f"item {i}", warnings)
            else:
                yield Skip(str(path), f"item {i}", f"not a JSON object but {type(item).__name__}")
    else:
        raise ParseError(f"JSON holds a {type(data).__name__}, not an object or a list", str(path))


def _read_jsonl(path: Path) -> Iterator[Item]:
    fh, warning = _open_text(path)
    warnings = [warning] if warning else []
    with fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            if len(line) > MAX_FIELD_CHARS:
                yield Skip(str(path), f"line {lineno}", f"line is over {MAX_FIELD_CHARS:,} characters")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Skip(str(path), f"line {lineno} column {exc.colno}", f"invalid JSON: {exc.msg}")
                continue
            if not isinstance(obj, dict):
                yield Skip(str(path), f"line {lineno}", f"not a JSON object but {type(obj).__name__}")
                continue
            yield RawRecord(obj, str(path), f"line {lineno}", warnings)


class _LineCounter:
    """Feeds csv.reader line by line and remembers the line number."""

    def __init__(self, fh: io.TextIOWrapper) -> None:
        self.fh = fh
        self.lineno = 0

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        line = self.fh.readline(MAX_FIELD_CHARS + 1)
        if not line:
            raise StopIteration
        self.lineno += 1
        return line


def _sniff_delimiter(path: Path, first_line: str) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path) -> Iterator[Item]:
    fh, warning = _open_text(path)
    warnings = [warning] if warning else []
    with fh:
        first = fh.readline(MAX_FIELD_CHARS + 1)
        if not first.strip():
            raise InputError("no header line", str(path), "line 1")
        delimiter = _sniff_delimiter(path, first)
        header = next(csv.reader([first], delimiter=delimiter))
        header = [h.strip().lstrip("\ufeff") for h in header]
        if len(header) < 2:
            raise ParseError("header has one column; not a table", str(path), "line 1")
        lines = _LineCounter(fh)
        lines.lineno = 1
        yield from _csv_rows(path, lines, header, delimiter, warnings)


def _csv_rows(
    path: Path, lines: _LineCounter, header: list[str], delimiter: str, warnings: list[str]
) -> Iterator[Item]:
    while True:
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        start = lines.lineno + 1
        try:
            for row in reader:
                position = f"line {start}"
                if not row or not any(cell.strip() for cell in row):
                    start = lines.lineno + 1
                    continue
                if len(row) != len(header):
                    yield Skip(
                        str(path), position,
                        f"row has {len(row)} fields, header has {len(header)} (broken quoting?)",
                    )
                else:
                    yield RawRecord(dict(zip(header, row, strict=True)), str(path), position, warnings)
                start = lines.lineno + 1
            return
        except csv.Error as exc:
            # A broken quote: skip the record that starts at ``start`` and resume on
            # the next line, so one bad row does not swallow the rest of the file.
            yield Skip(str(path), f"line {start}", f"malformed CSV: {exc}")
            lines.fh.seek(0)
            lines.lineno = 0
            for _ in range(start):
                if not lines.fh.readline(MAX_FIELD_CHARS + 1):
                    return
                lines.lineno += 1


_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, str):
        return _XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value).replace("\r\n", "\n")
    return value


def _read_xlsx(path: Path) -> Iterator[Item]:
    import zipfile

    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ParseError(f"not a readable .xlsx workbook ({exc})", str(path)) from None
    try:
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header_row = next(rows, None)
            if header_row is None:
                continue
            header = [str(h).strip() if h is not None else "" for h in header_row]
            for rownum, row in enumerate(rows, start=2):
                if row is None or all(v is None or str(v).strip() == "" for v in row):
                    continue
                fields = {h: _xlsx_cell(v) for h, v in zip(header, row, strict=False) if h}
                yield RawRecord(fields, str(path), f"sheet {sheet.title!r} row {rownum}")
    finally:
        workbook.close()


def _read_html(path: Path) -> Iterator[Item]:
    import trafilatura

    fh, warning = _open_text(path)
    with fh:
        html = fh.read(MAX_FIELD_CHARS + 1)
    if len(html) > MAX_FIELD_CHARS:
        raise InputError(f"file is over {MAX_FIELD_CHARS:,} characters", str(path))
    if "<" not in html:
        raise ParseError("no HTML markup", str(path))
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if doc is None:
        raise ParseError("no article text found in the HTML", str(path))
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    fields = {
        "title": data.get("title"),
        "text": data.get("text"),
        "date": _html_published_time(html) or data.get("date"),
        "outlet": data.get("sitename"),
        "url": data.get("url"),
        "author": data.get("author"),
        "category": ", ".join(data.get("categories") or []) or None,
    }
    yield RawRecord(fields, str(path), "document", [warning] if warning else [])


_META_TIME = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|"
    r"pubdate|publishdate|og:published_time)[\"'][^>]*content=[\"']([^\"']+)",
    re.IGNORECASE,
)


def _html_published_time(html: str) -> str | None:
    """The full published timestamp (trafilatura keeps only the date)."""
    m = _META_TIME.search(html[:200_000])
    return m.group(1) if m else None
