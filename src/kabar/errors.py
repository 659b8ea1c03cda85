"""Every error kabar raises on purpose.

Hierarchy::

    KabarError                 base; str(err) is one line a user can act on
    ├── InputError             a user's input cannot be read (has .source and .position)
    │   ├── UnsupportedFormat  a file type kabar does not read
    │   ├── DecodeError        bytes that are not text in any encoding we try
    │   └── ParseError         text that is not valid CSV/JSON/XLSX/HTML at a position
    ├── StoreError             the SQLite store cannot be opened or written
    └── AnalysisError          a stage failed on one article (batch mode logs and skips)

Batch mode (the default) logs an ``InputError`` as a skip with its reason and goes
on; strict mode (``--strict``) raises the first one.
"""

from __future__ import annotations


class KabarError(Exception):
    """Base class of every error kabar raises on purpose."""


class InputError(KabarError):
    """An input cannot be read; ``source`` names the file, ``position`` where in it."""

    def __init__(self, message: str, source: str = "", position: str = "") -> None:
        self.message = message
        self.source = source
        self.position = position
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.source
        if self.position:
            where = f"{where}:{self.position}" if where else self.position
        return f"{where}: {self.message}" if where else self.message


class UnsupportedFormat(InputError):
    """A file type kabar does not read."""


class DecodeError(InputError):
    """Bytes that are not text in any encoding kabar tries."""


class ParseError(InputError):
    """Text that is not valid in its format at a given position."""


class StoreError(KabarError):
    """The SQLite store cannot be opened or written."""


class AnalysisError(KabarError):
    """A stage failed on one article."""
