"""Keep openpyxl's worksheets in memory while a workbook is written.

openpyxl writes every sheet (in write-only mode as rows are added, otherwise when the workbook
is saved) to a ``$TMPDIR/openpyxl.*.xml`` file and copies it into the .xlsx at the end. Those
files hold customers' names and phones in plain text, and a killed export, a crash or a power
cut leaves them behind (20 of 20 kills did). Here each sheet's XML goes to a ``BytesIO``
instead, so nothing personal touches the disk except the file the user chose.

The XML is deflated as it is written (zlib level 1) and inflated again, piece by piece, into
the .xlsx: a sheet of 100,000 customers with 24 filled columns holds some 20 MB of memory
instead of 150 MB of plain XML.

Importing any module that writes a workbook (``storecrm.reports.customer_export`` is the one
they share) installs it; installing twice does nothing.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import Any

from openpyxl.worksheet import _writer
from openpyxl.writer.excel import ExcelWriter

_installed = False


class SheetBuffer(io.BytesIO):
    """A sheet's XML, deflated as it is written (a tenth of its size or less)."""

    def __init__(self) -> None:
        super().__init__()
        self._deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
        self._parts: list[bytes] = []
        self._done = False

    def write(self, data: Any) -> int:
        if self._done:
            raise ValueError("the sheet is complete")
        self._parts.append(self._deflate.compress(bytes(data)))
        return len(data)

    def chunks(self) -> Iterator[bytes]:
        """The XML again, a piece at a time."""
        if not self._done:
            self._parts.append(self._deflate.flush())
            self._done = True
        inflate = zlib.decompressobj(-15)
        for part in self._parts:
            piece = inflate.decompress(part)
            if piece:
                yield piece
        rest = inflate.flush()
        if rest:
            yield rest

    def getvalue(self) -> bytes:
        return b"".join(self.chunks())

    def release(self) -> None:
        self._parts = []


def _sheet_buffer(suffix: str = "") -> SheetBuffer:
    """In place of ``openpyxl.worksheet._writer.create_temporary_file``."""
    return SheetBuffer()


class _Archive:
    """The .xlsx being written, taking a sheet's XML from memory where openpyxl would copy
    its temporary file (``ZipFile.write`` wants a path)."""

    def __init__(self, archive: Any) -> None:
        self._archive = archive

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        if isinstance(filename, SheetBuffer):
            with self._archive.open(arcname, "w") as target:
                for piece in filename.chunks():
                    target.write(piece)
        else:
            self._archive.write(filename, arcname, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._archive, name)


def install() -> None:
    global _installed
    if _installed:
        return
    original_cleanup = _writer.WorksheetWriter.cleanup
    original_write_worksheet = ExcelWriter.write_worksheet

    def cleanup(self: Any) -> None:
        if isinstance(self.out, SheetBuffer):
            self.out.release()  # let the sheet's XML go
            return
        original_cleanup(self)

    def write_worksheet(self: Any, ws: Any) -> None:
        archive = self._archive
        self._archive = _Archive(archive)
        try:
            original_write_worksheet(self, ws)
        finally:
            self._archive = archive

    _writer.create_temporary_file = _sheet_buffer
    _writer.WorksheetWriter.cleanup = cleanup
    ExcelWriter.write_worksheet = write_worksheet
    _installed = True


def installed() -> bool:
    return _writer.create_temporary_file is _sheet_buffer


install()
