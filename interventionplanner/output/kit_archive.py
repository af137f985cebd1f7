"""Opening a returned Word or OpenDocument file without trusting it.

Both are zip archives of XML. Before anything is parsed, the archive is checked: its size,
the unpacked size of every member (from the headers, and again while reading, since headers
can lie), the packing ratio (a "zip bomb" unpacks a few kB into gigabytes), macros, and
content linked from outside the file. XML is parsed with defusedxml, which refuses entity
tricks (billion laughs, external entities). Every refusal is one plain sentence.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from interventionplanner.i18n import N_
from interventionplanner.output.letter_kit import LetterKitError

__all__ = ["KitArchive", "is_zip"]

MAX_MEMBER_BYTES = 20 * 1024 * 1024  # document.xml of a very long letter is well under 1 MB
MAX_TOTAL_BYTES = 60 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_RATIO = 150  # text XML packs about 5-20 times; a bomb packs thousands of times

NOT_OPENED = N_("This file could not be opened as a document: it seems to be damaged.")
BOMB = N_("This file unpacks to far more than any letter, so it was not opened.")
MACROS = N_(
    "This document contains macros, so it was not opened; please save it as an ordinary "
    "document (.docx or .odt) and send it again."
)
LINKED = N_(
    "This document pulls in content from outside itself, so it was not opened; please save "
    "it as an ordinary document and send it again."
)


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


class KitArchive:
    """A checked zip archive. Raises LetterKitError on anything unsafe."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
            raise LetterKitError(NOT_OPENED) from None
        if len(infos) > MAX_MEMBERS:
            raise LetterKitError(BOMB)
        total = 0
        for info in infos:
            total += info.file_size
            too_packed = info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            )
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or too_packed:
                raise LetterKitError(BOMB)
        self.names = {info.filename for info in infos}
        lowered = {name.lower() for name in self.names}
        if any(name.endswith("vbaproject.bin") or name.startswith("basic/") for name in lowered):
            raise LetterKitError(MACROS)

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """A member's bytes, read no further than the limit whatever its header says."""
        try:
            with self._zip.open(name) as member:
                data = member.read(MAX_MEMBER_BYTES + 1)
        except KeyError:
            raise LetterKitError(NOT_OPENED) from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise LetterKitError(NOT_OPENED) from None
        if len(data) > MAX_MEMBER_BYTES:
            raise LetterKitError(BOMB)
        return data

    def xml(self, name: str) -> Element:
        """A member parsed as XML, safely."""
        try:
            return SafeET.fromstring(self.read(name), forbid_dtd=True)
        except (DefusedXmlException, SafeET.ParseError, ValueError):
            raise LetterKitError(NOT_OPENED) from None

    def optional_xml(self, name: str) -> Element | None:
        return self.xml(name) if self.has(name) else None
