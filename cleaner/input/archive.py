"""ZIP archives: their members read as the files of a folder (helper hostile35; a ``.zip`` was ``unsupported_type``).

:func:`zip_members` lists what an archive holds, as :class:`Member` records that the readers read as they read a file
(:func:`cleaner.input.readers.read_file`), or as the reject of a member that is not read. A member's documents and
rejects name it as ``ARCHIVE!/MEMBER`` (``dumps/2024-05.zip!/news/a.html``). Nothing is ever written to disk: a name
such as ``../../etc/passwd`` is only a label.

Zip bombs are normal input, so the limits are those of the compressed readers, and more:

- the archive's directory is checked before Python's :mod:`zipfile` reads it (it holds every entry in memory): more than
  :data:`MAX_MEMBERS` entries, or a directory of more than :data:`MAX_DIRECTORY_BYTES`, is one ``too_large`` reject;
- a member is read under the byte budget (64 MiB; a text dump over it is read in parts, as a ``.txt.gz`` is), and one
  that inflates past 16 MiB to more than :data:`cleaner.input.jsonl.MAX_RATIO` times its compressed size is stopped;
- members whose data overlap (the "overlapping files" zip bomb: thousands of entries sharing one compressed kernel)
  are refused, and all members together may inflate to :data:`MAX_RATIO` times the archive's size (at least the
  budget): past that, the members left are one ``too_large`` reject;
- an archive inside an archive (``.zip``, ``.tar``, ``.7z``, …) is not opened: an ``unsupported_type`` reject; a member
  compressed once more (``.txt.gz``) is read as such a file is;
- an encrypted member, or one in a compression method :mod:`zipfile` does not read (Deflate64, PPMd, AES), is an
  ``unsupported_type`` reject; a member whose data fail their CRC or do not inflate is a ``bad_archive`` one;
- an archive whose directory is missing or damaged (a download cut short) is read from its members' own headers, in
  order, up to the cut: the members before it are read, one ``bad_archive`` reject says where it ends.

Member names are UTF-8 when their flag says so; else they are read as UTF-8, then GBK (what Chinese Windows writes
without a flag), then code page 437 (the ZIP standard's, and Python's default).
"""

from __future__ import annotations

import bz2
import io
import itertools
import lzma
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Protocol

from cleaner.document import Reject
from cleaner.input.base import CHUNK

__all__ = [
    "ARCHIVE_SUFFIXES",
    "MAX_DIRECTORY_BYTES",
    "MAX_MEMBERS",
    "MAX_RATIO",
    "ZIP_ERRORS",
    "Member",
    "is_zip",
    "zip_members",
]

MAX_MEMBERS = 100_000
"""Entries an archive may list (:mod:`zipfile` holds each, ≈ 0.5 KB, before a byte is read)."""
MAX_DIRECTORY_BYTES = 64 << 20
"""Bytes an archive's directory may span."""
MAX_RATIO = 200
"""A member that inflates past :data:`RATIO_FLOOR` to more than this many times its compressed size is a bomb, and so
is an archive whose members together inflate to more than this many times its size (and the byte budget)."""
RATIO_FLOOR = 16 << 20
"""Bytes a member may inflate to at any ratio."""
ARCHIVE_SUFFIXES = frozenset({".zip", ".rar", ".7z", ".tar", ".tgz", ".jar", ".cab", ".lz4", ".br"})
"""Names of archives: a member so named is not opened (no archive inside an archive)."""
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    zlib.error,
    lzma.LZMAError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
)
"""What reading a damaged member raises (a bad CRC is a :class:`zipfile.BadZipFile`; bz2 raises OSError)."""

_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
"""A ZIP file starts with a member's local header, or is an empty archive's end record."""
_EOCD = b"PK\x05\x06"
_LOCAL = b"PK\x03\x04"
_HIDDEN_PREFIX = "."


def is_zip(head: bytes) -> bool:
    """Whether ``head``, a file's first bytes, starts a ZIP archive."""
    return head.startswith(_MAGIC)


class _Source(Protocol):
    """What a member's bytes are read from: :meth:`zipfile.ZipFile.open`'s stream, or :class:`_Inflated`."""

    def read(self, n: int, /) -> bytes: ...

    def close(self) -> None: ...


class Bomb(Exception):
    """A member (or the archive) inflates past its ratio."""


@dataclass
class _Budget:
    """What the members of one archive inflated to together, against :data:`MAX_RATIO` times its size."""

    limit: int
    used: int = 0


@dataclass
class Member:
    """One member to read: its name as documents carry it (``ARCHIVE!/MEMBER``), its own name, its sizes, and how
    to read it (a stream of its bytes, held to the ratios)."""

    path: str
    name: str
    size: int
    """Its size as the archive says (a bomb lies: the reading counts)."""
    compressed: int
    opener: Callable[[], _Source]
    budget: _Budget = field(repr=False)

    def open(self) -> io.BufferedIOBase:
        """A stream of the member's bytes that raises :class:`Bomb` past the ratios."""
        return _Counted(self.opener(), self.compressed, self.budget)


class _Counted(io.BufferedIOBase):
    """A member's stream, counting what it inflates to against the member's and the archive's ratio."""

    def __init__(self, inner: _Source, compressed: int, budget: _Budget) -> None:
        super().__init__()
        self.inner = inner
        self.compressed = compressed
        self.budget = budget
        self.total = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self.inner.read(CHUNK * 16 if size is None or size < 0 else size)
        self.total += len(data)
        self.budget.used += len(data)
        if self.total > RATIO_FLOOR and self.total > MAX_RATIO * max(1, self.compressed):
            raise Bomb(f"inflates to more than {MAX_RATIO} times its compressed size ({self.compressed} bytes)")
        if self.budget.used > self.budget.limit:
            raise Bomb(f"the archive's members together inflate to more than {self.budget.limit} bytes")
        return data

    def read1(self, size: int = -1) -> bytes:
        return self.read(size)

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            super().close()


def _size(fh: IO[bytes]) -> int:
    fh.seek(0, io.SEEK_END)
    return fh.tell()


def _directory(fh: IO[bytes], size: int) -> tuple[int, int] | None:
    """``(entries, directory bytes)`` from the archive's end record (ZIP64's when it has one), or None when it has
    none (a cut archive)."""
    tail_from = max(0, size - (1 << 16) - 22)
    fh.seek(tail_from)
    tail = fh.read()
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        return None
    entries, dir_bytes = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries == 0xFFFF or dir_bytes == 0xFFFFFFFF:  # ZIP64: its locator is just before the end record
        loc = tail[at - 20 : at] if at >= 20 else b""
        if loc[:4] == b"PK\x06\x07":
            (offset,) = struct.unpack("<Q", loc[8:16])
            fh.seek(offset)
            rec = fh.read(56)
            if rec[:4] == b"PK\x06\x06" and len(rec) == 56:
                entries, dir_bytes = struct.unpack("<QQ", rec[32:48])
    return entries, dir_bytes


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member's name: UTF-8 when flagged; else UTF-8, GBK, or code page 437 (as :mod:`zipfile` read it)."""
    if info.flag_bits & 0x800:
        return info.filename
    return _legacy_name(info.filename.encode("cp437", "replace"))


def _legacy_name(raw: bytes) -> str:
    for codec in ("utf-8", "gbk"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp437")


def _skipped(name: str) -> bool:
    """A folder entry, or a hidden file (``.DS_Store``, macOS's ``__MACOSX/._a.html``): not listed, as the folder walk
    does not list hidden files."""
    base = name.rstrip("/").rsplit("/", 1)[-1]
    return name.endswith("/") or not base or base.startswith(_HIDDEN_PREFIX)


def zip_members(
    fh: IO[bytes], name: str, budget_bytes: int, suffix_of: Callable[[str], str]
) -> Iterator[Member | Reject]:
    """The members of the ZIP archive open as ``fh`` (seekable), to read, and the rejects of those not read (see the
    module). ``suffix_of``: a member name's format suffix (``.html``), to refuse archives inside the archive."""
    size = _size(fh)
    budget = _Budget(max(budget_bytes, MAX_RATIO * size))
    found = _directory(fh, size)
    if found is not None and (found[0] > MAX_MEMBERS or found[1] > MAX_DIRECTORY_BYTES):
        detail = (
            f"an archive of {found[0]} members and a directory of {found[1]} bytes (at most {MAX_MEMBERS} members, "
            f"{MAX_DIRECTORY_BYTES} bytes): not opened; unpack it and give the folder"
        )
        yield Reject(name, "too_large", detail)
        return
    fh.seek(0)
    try:
        archive = zipfile.ZipFile(fh) if found is not None else None
    except ZIP_ERRORS as exc:
        archive = None
        why = f"its directory does not read ({exc})"
    else:
        why = "it has no directory (cut short?)"
    if archive is None:
        yield from _scanned(fh, name, size, budget, suffix_of, why)
        return
    with archive:
        yield from _listed(archive, name, size, budget, suffix_of)


def _listed(
    archive: zipfile.ZipFile, name: str, size: int, budget: _Budget, suffix_of: Callable[[str], str]
) -> Iterator[Member | Reject]:
    """:func:`zip_members` of an archive whose directory reads."""
    infos = archive.infolist()
    overlapping = _overlapping(infos, size)
    given = 0
    for i, info in enumerate(infos):
        if budget.used > budget.limit:
            detail = f"the archive's members inflate to more than {budget.limit} bytes: from member {i} on"
            yield Reject(name, "too_large", f"{detail} ({len(infos) - i} members) it is not read")
            return
        member = _member_name(info)
        if _skipped(member):
            continue
        given += 1
        path = f"{name}!/{member}"
        refused = _refused(path, member, info.flag_bits, info.compress_type, suffix_of)
        if refused is None and i in overlapping:
            refused = Reject(path, "too_large", "its data overlap another member's (a zip bomb): not read")
        if refused is not None:
            yield refused
            continue
        yield Member(path, member, info.file_size, info.compress_size, _opener(archive, info), budget)
    if given == 0:
        yield Reject(name, "empty_file", f"an archive of no file to read ({len(infos)} entries: folders, hidden files)")


def _opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], _Source]:
    return lambda: archive.open(info)


_READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def _refused(path: str, member: str, flags: int, method: int, suffix_of: Callable[[str], str]) -> Reject | None:
    """The reject of a member not read for what it is (an archive, encrypted, an unknown method), or None."""
    suffix = suffix_of(member)
    if suffix in ARCHIVE_SUFFIXES:
        return Reject(path, "unsupported_type", f"an archive ({suffix}) inside an archive: not opened (unpack it)")
    if flags & 0x1:
        return Reject(path, "unsupported_type", "an encrypted member (a password): not read")
    if method not in _READABLE_METHODS:
        return Reject(path, "unsupported_type", f"compression method {method} (not stored, deflate, bzip2 or lzma)")
    return None


def _overlapping(infos: list[zipfile.ZipInfo], size: int) -> set[int]:
    """The indexes of members whose compressed data run into the next member's header (or share it): the
    "overlapping files" zip bomb quotes one kernel from thousands of entries. (Python 3.12 refuses them itself.)"""
    order = sorted(range(len(infos)), key=lambda i: infos[i].header_offset)
    out: set[int] = set()
    for a, b in itertools.pairwise(order):
        if infos[a].header_offset + 30 + infos[a].compress_size > infos[b].header_offset:
            out.update((a, b))
    if order and infos[order[-1]].header_offset + infos[order[-1]].compress_size > size:
        out.add(order[-1])
    return out


_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")


def _scanned(
    fh: IO[bytes], name: str, size: int, budget: _Budget, suffix_of: Callable[[str], str], why: str
) -> Iterator[Member | Reject]:
    """The members of an archive whose directory is missing or damaged, from their own headers, in order (as ``unzip``
    cannot, and ``bsdtar`` does): up to the first that cannot be read whole, then one ``bad_archive`` reject."""
    at = 0
    count = 0
    while at + 30 <= size:
        fh.seek(at)
        head = fh.read(30)
        if head[:4] != _LOCAL:
            break
        (_sig, _ver, flags, method, _t, _d, _crc, csize, usize, nlen, xlen) = _LOCAL_HEADER.unpack(head)
        raw = fh.read(nlen)
        member = raw.decode("utf-8", "replace") if flags & 0x800 else _legacy_name(raw)
        start = at + 30 + nlen + xlen
        if flags & 0x8 and method == zipfile.ZIP_DEFLATED:  # (sizes after the data: where its deflate stream ends)
            csize = _deflate_end(fh, start, budget.limit)
        if csize < 0 or start + csize > size:  # (the data cut, or sizes not known: read no further)
            why = f"{why}; it ends inside member {count} ({member})" if csize >= 0 else why
            break
        count += 1
        at = start + csize
        if flags & 0x8:  # (its data descriptor: 12 or 16 bytes, with or without its signature)
            fh.seek(at)
            at += 16 if fh.read(4) == b"PK\x07\x08" else 12
        if _skipped(member):
            continue
        path = f"{name}!/{member}"
        refused = _refused(path, member, flags, method, suffix_of)
        if refused is not None:
            yield refused
            continue
        yield Member(path, member, usize, csize, _raw_opener(fh, start, csize, method), budget)
    if count == 0:
        detail = f"not a ZIP archive that can be read: {why}, and no member header at its start"
        yield Reject(name, "bad_archive", detail)
        return
    yield Reject(name, "bad_archive", f"{why}: read from the members' own headers, {count} members up to byte {at}")


def _deflate_end(fh: IO[bytes], start: int, cap: int) -> int:
    """The compressed size of the deflate stream at ``start`` (a member whose sizes follow its data), or -1 when it
    does not end (cut, damaged) or inflates past ``cap``."""
    fh.seek(start)
    d = zlib.decompressobj(-15)
    fed = out = 0
    try:
        while not d.eof:
            chunk = fh.read(CHUNK)
            if not chunk:
                return -1
            fed += len(chunk)
            piece = d.decompress(chunk, CHUNK)
            out += len(piece)
            while d.unconsumed_tail and not d.eof and out <= cap:
                piece = d.decompress(d.unconsumed_tail, CHUNK)
                out += len(piece)
            if out > cap:
                return -1
    except zlib.error:
        return -1
    return fed - len(d.unused_data)


def _raw_opener(fh: IO[bytes], start: int, csize: int, method: int) -> Callable[[], _Source]:
    def opener() -> _Source:
        fh.seek(start)
        data = fh.read(csize)
        return _Inflated(data, method)

    return opener


class _Inflated:
    """A member's compressed bytes, inflated a read at a time (stored, deflate, bzip2)."""

    def __init__(self, data: bytes, method: int) -> None:
        self.pending = data
        self.z: zlib._Decompress | None = None
        self.b: bz2.BZ2Decompressor | None = None
        if method == zipfile.ZIP_DEFLATED:
            self.z = zlib.decompressobj(-15)
        elif method == zipfile.ZIP_BZIP2:
            self.b = bz2.BZ2Decompressor()
        elif method != zipfile.ZIP_STORED:
            raise zipfile.BadZipFile(f"compression method {method} is not read without the archive's directory")

    def read(self, n: int) -> bytes:
        if self.z is not None:
            out = b""
            while not out and self.pending and not self.z.eof:
                out = self.z.decompress(self.pending, n)
                self.pending = self.z.unconsumed_tail
            return out
        if self.b is not None:
            if self.b.eof:
                return b""
            out = self.b.decompress(self.pending, n)
            self.pending = b""
            return out
        out, self.pending = self.pending[:n], self.pending[n:]
        return out

    def close(self) -> None:
        self.pending = b""
