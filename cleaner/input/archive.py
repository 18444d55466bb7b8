"""ZIP and tar archives: their members read as the files of a folder (helper hostile35 for ZIP, hostile36 for tar; both
were ``unsupported_type``, every page lost).

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

A tar archive (:func:`tar_members`; plain or compressed, the readers decompress it) is read in one pass, a member at a
time, with :mod:`tarfile`'s stream mode, under the same limits: :data:`MAX_MEMBERS`, the archive's ratio (to its size,
and to the compressed bytes read so far), each member's headers under :data:`HEADER_BYTES`; links, devices and FIFOs
are ``not_a_file``; a cut or damaged stream keeps what came before, damaged headers are skipped to the next one, and
archives appended to each other are all read. 7z, RAR and CAB archives are not opened (:func:`unread_archive`).
"""

from __future__ import annotations

import bz2
import io
import itertools
import lzma
import re
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Protocol, Self, cast

from cleaner.document import Reject
from cleaner.input.base import CHUNK

__all__ = [
    "ARCHIVE_SUFFIXES",
    "HEADER_BYTES",
    "MAX_DIRECTORY_BYTES",
    "MAX_MEMBERS",
    "MAX_PAX_KEYS",
    "MAX_RATIO",
    "MAX_SKIPPED",
    "TAR_ERRORS",
    "UNREAD_ARCHIVES",
    "ZIP_ERRORS",
    "Member",
    "MemberCut",
    "is_tar",
    "is_zip",
    "tar_members",
    "unread_archive",
    "unread_reject",
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


# tar archives (helper hostile36) ------------------------------------------------------------------------------------

_TAR_MAGIC_AT = 257
"""Where a POSIX (``ustar\\0``) or GNU (``ustar  \\0``) header's magic stands in its 512-byte block."""
HEADER_BYTES = 1 << 20
"""Bytes of the tar stream one member's headers may span (its long name, pax records, sparse map): :mod:`tarfile` reads
a long name or a pax header whole, and its sparse maps entry by entry, into memory."""
_SLACK = 1 << 16
"""What :mod:`tarfile` reads ahead of a header (its record of 10 KiB, rounded up)."""
MAX_PAX_KEYS = 1_000
"""Global pax records an archive may set, in all at most :data:`HEADER_BYTES` (:mod:`tarfile` keeps them all for the
rest of the archive)."""
UNREAD_ARCHIVES = {".7z": "7z", ".rar": "RAR", ".cab": "CAB", ".iso": "ISO 9660"}
"""Archive formats that are not opened (the standard library reads none of them), by suffix."""
_UNREAD_MAGIC = ((b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!\x1a\x07", "RAR"), (b"MSCF\0\0\0\0", "CAB"))


def is_tar(head: bytes) -> bool:
    """Whether ``head``, a (decompressed) file's first 512 bytes or more, starts a POSIX or GNU tar archive: its magic
    and its header's checksum (a text with "gustar " at byte 257 is no tar)."""
    if len(head) < 512 or head[_TAR_MAGIC_AT : _TAR_MAGIC_AT + 5] != b"ustar":
        return False
    try:
        stated = int(head[148:156].strip(b"\0 ") or b"x", 8)
    except ValueError:
        return False
    rest = head[:148] + head[156:512]  # (the checksum field counts as spaces: 8 × 32 = 256)
    return stated in (256 + sum(rest), 256 + sum(b - 256 if b > 127 else b for b in rest))


def unread_archive(head: bytes) -> str | None:
    """The name of the archive format (7z, RAR, CAB) whose magic bytes start ``head``, or None."""
    return next((what for magic, what in _UNREAD_MAGIC if head.startswith(magic)), None)


def unread_reject(name: str, what: str) -> Reject:
    """The reject of an archive in a format that is not opened."""
    return Reject(name, "unsupported_type", f"a {what} archive: not opened (unpack it, or pack it as .zip or .tar)")


class _HugeHeader(Exception):
    """A member's headers run past :data:`HEADER_BYTES`."""


class _Cut(Exception):
    """The tar stream ends inside a member's data, and :mod:`tarfile` skips on to where its next header would be."""


class _TarFeed:
    """The (decompressed) tar stream as :mod:`tarfile` reads it, counted: the whole archive held to the budget and to
    :data:`MAX_RATIO` times the compressed bytes read so far (``where``), a member's headers to :data:`HEADER_BYTES`
    (``allow``); a second read at the end raises (:mod:`tarfile` skips a member's data a record at a time, and a
    size of 2**80 in a cut archive was a loop of empty reads)."""

    def __init__(self, stream: IO[bytes], limit: int, where: Callable[[], int] | None) -> None:
        self.stream = stream
        self.limit = limit
        self.where = where
        self.total = 0
        self.allow = HEADER_BYTES + _SLACK
        self.ended = 0
        self.error: BaseException | None = None
        self.headers = _Headers()

    def read(self, n: int = -1) -> bytes:
        if self.error is not None:
            raise self.error
        if self.total > self.allow:
            raise self._fail(_HugeHeader(f"a member's headers (long name, pax records) over {HEADER_BYTES} bytes"))
        data = self.stream.read(CHUNK if n is None or n < 0 else n)
        self.total += len(data)
        if not data:
            self.ended += 1
            if self.ended > 1:
                raise self._fail(_Cut("the archive ends inside a member's data"))
        if self.total > self.limit:
            raise self._fail(Bomb(f"the archive inflates to more than {self.limit} bytes"))
        if self.where is not None and self.total > RATIO_FLOOR and self.total > MAX_RATIO * max(1, self.where()):
            raise self._fail(Bomb(f"the archive inflates to more than {MAX_RATIO} times its compressed size"))
        return data

    def _fail(self, exc: BaseException) -> BaseException:
        self.error = exc
        return exc


class _Headers:
    """What the header blocks of a tar stream held, as :mod:`tarfile` read them (it skips zero blocks and damaged
    headers a block at a time, ``ignore_zeros``, and ends its listing silently at the end of the stream)."""

    def __init__(self) -> None:
        self.depth = 0  # (a pax header or long name reads the header after it: one member's headers)
        self.run = 0  # blocks skipped since the last header that read
        self.run_bad = 0  # of them, blocks that are not zeros
        self.skipped = 0  # damaged or unknown header blocks skipped
        self.first_bad = -1
        self.ended_zero = False  # the last block read is a zero block (an end-of-archive marker)
        self.error: Exception | None = None  # why the last header did not read
        self.repairs = 0  # damaged headers read as they stand (:meth:`_TarInfo.frombuf`)
        self.repaired: list[str] = []  # the first of their names


class _TarInfo(tarfile.TarInfo):
    """Headers read under :data:`HEADER_BYTES` per member and :data:`MAX_SKIPPED` blocks of no header in a row."""

    @classmethod
    def fromtarfile(cls, tar: tarfile.TarFile) -> Self:
        feed = getattr(tar.fileobj, "fileobj", None)  # (tarfile's stream over the _TarFeed)
        if not isinstance(feed, _TarFeed):  # pragma: no cover - tar_members always reads through one
            return super().fromtarfile(tar)
        seen = feed.headers
        top = seen.depth == 0
        if top:
            feed.allow = tar.offset + HEADER_BYTES + _SLACK
        seen.depth += 1
        try:
            info = super().fromtarfile(tar)
        except tarfile.HeaderError as exc:
            if top:
                _skipped_block(seen, exc, tar.offset)
            raise
        finally:
            seen.depth -= 1
        if top:
            seen.run, seen.run_bad, seen.ended_zero, seen.error = 0, 0, False, None
        if getattr(info, "repaired", False) and len(seen.repaired) < MAX_NAMED:
            seen.repaired.append(info.name)
        seen.repairs += bool(getattr(info, "repaired", False))
        return info

    @classmethod
    def frombuf(cls, buf: bytes | bytearray, encoding: str, errors: str) -> Self:
        """A header block; one whose checksum does not match (a byte of its name or a time damaged, the field itself)
        is read as it stands when it still has its ``ustar`` magic, a type tar knows and fields that parse, and is
        marked ``repaired``. It was skipped as no header with every block of its member's data: the member lost, its
        data searched for headers (helper hostile37)."""
        try:
            return super().frombuf(buf, encoding, errors)
        except tarfile.HeaderError as exc:
            if str(exc) not in ("bad checksum", "invalid header") or not _repairable(buf):
                raise
        fixed = buf[:148] + b"%06o\0 " % (sum(buf[:148]) + 256 + sum(buf[156:])) + buf[156:]
        info = super().frombuf(fixed, encoding, errors)  # (raises for a field that does not parse: skipped as before)
        info.repaired = True  # type: ignore[attr-defined]
        return info


MAX_NAMED = 5
"""Members with a repaired header named in the archive's reject."""


def _repairable(buf: bytes | bytearray) -> bool:
    """A damaged header block that still says it is one: its magic, a type tar reads, an octal size."""
    return (
        len(buf) == tarfile.BLOCKSIZE
        and buf[257:262] == b"ustar"
        and buf[156:157] in tarfile.SUPPORTED_TYPES
        and re.fullmatch(rb"[0-7]{1,12}", buf[124:136].strip(b"\0 ")) is not None
    )


MAX_SKIPPED = 4096
"""Blocks of zeros or of no valid header read in a row (2 MiB) before the rest of a tar stream is given up: a second
archive appended to the first starts after at most a record of padding (20 blocks), and zero-filled space (a file
preallocated and cut) is not read to its end a block at a time."""


def _skipped_block(seen: _Headers, exc: Exception, offset: int) -> None:
    """Count a header block that did not read (at ``offset``), and stop after :data:`MAX_SKIPPED` in a row."""
    seen.error = exc
    kind = type(exc).__name__  # (tarfile's header errors are not in its stubs)
    if kind in ("EOFHeaderError", "InvalidHeaderError"):  # (not at the end of the stream: what was before it stays)
        seen.ended_zero = kind == "EOFHeaderError"
    if kind == "InvalidHeaderError":
        seen.skipped += 1
        seen.first_bad = offset if seen.first_bad < 0 else seen.first_bad
    if kind in ("EOFHeaderError", "InvalidHeaderError"):
        seen.run += 1
        seen.run_bad = seen.run_bad + 1 if kind == "InvalidHeaderError" else seen.run_bad
        if seen.run > MAX_SKIPPED:
            raise _NoHeader(f"no tar header in {MAX_SKIPPED * tarfile.BLOCKSIZE} bytes (zeros or no tar data)")


class _NoHeader(Exception):
    """More than :data:`MAX_SKIPPED` blocks of a tar stream in a row hold no header."""


TAR_ERRORS: tuple[type[BaseException], ...] = (
    tarfile.TarError,
    Bomb,
    _HugeHeader,
    _NoHeader,
    _Cut,
    RecursionError,
    *ZIP_ERRORS,
)
"""What reading a damaged tar stream raises (a chain of thousands of pax headers: RecursionError in :mod:`tarfile`)."""


def tar_members(
    stream: IO[bytes],
    name: str,
    budget_bytes: int,
    suffix_of: Callable[[str], str],
    size: int,
    where: Callable[[], int] | None = None,
) -> Iterator[Member | Reject]:
    """The members of the tar archive ``stream`` (decompressed; ``size``: the file's size; ``where``: the position in
    the compressed file), in order, as :func:`zip_members` gives a ZIP archive's. Read a member (:meth:`Member.open`)
    before asking for the next: the stream is read once, forward. Links (symbolic or hard), devices and FIFOs are
    ``not_a_file`` rejects; a stream cut or damaged ends the listing with a reject naming the byte it stops at."""
    budget = _Budget(max(budget_bytes, MAX_RATIO * size))
    feed = _TarFeed(stream, budget.limit, where)
    try:
        tar = tarfile.open(
            fileobj=cast(IO[bytes], feed), mode="r|", tarinfo=_TarInfo, errors="surrogateescape", ignore_zeros=True
        )
    except TAR_ERRORS as exc:
        if isinstance(exc, _HugeHeader | Bomb | RecursionError | _NoHeader):
            yield _stopped(name, exc, 0, 0)
        else:
            yield Reject(name, "bad_archive", f"not a tar archive that can be read: {_why(exc)}")
        return
    count = given = 0
    with tar:
        while getattr(tar, "firstmember", None) is not None or count:  # (None: opening it found no member)
            try:
                info = tar.next()
            except _NoHeader as exc:
                if feed.headers.run_bad == 0:  # (zero-filled space after the archive: nothing in it to read)
                    break
                yield _stopped(name, exc, tar.offset, count)
                return
            except TAR_ERRORS as exc:
                yield _stopped(name, exc, tar.offset, count)
                return
            if info is None:
                break
            cast("list[tarfile.TarInfo]", getattr(tar, "members")).clear()  # noqa: B009 (tarfile keeps every header it read; the listing is read once)
            count += 1
            if count > MAX_MEMBERS or (tar.pax_headers and _pax_bytes(tar.pax_headers) > HEADER_BYTES):
                detail = f"more than {MAX_MEMBERS} members (or global pax records over {HEADER_BYTES} bytes)"
                yield Reject(name, "too_large", f"{detail}: from member {count} (byte {info.offset}) on it is not read")
                return
            feed.allow = 1 << 62  # (the member's data, read by its reader)
            item = _tar_member(tar, info, name, budget, suffix_of)
            given += item is not None
            if item is not None:
                yield item
    if (end := _tar_end(tar, feed, name, count)) is not None:
        yield end
    elif given == 0:
        yield Reject(name, "empty_file", f"an archive of no file to read ({count} entries: folders, hidden files)")


def _pax_bytes(records: Mapping[str, str]) -> int:
    """What the global pax records kept so far hold (more than :data:`MAX_PAX_KEYS` of them: too many)."""
    if len(records) > MAX_PAX_KEYS:
        return HEADER_BYTES + 1
    return sum(len(k) + len(v) for k, v in records.items())


def _tar_member(
    tar: tarfile.TarFile, info: tarfile.TarInfo, name: str, budget: _Budget, suffix_of: Callable[[str], str]
) -> Member | Reject | None:
    """The member ``info`` to read, or the reject of one not read, or None (a folder, a hidden file)."""
    member = _legacy_name(info.name.encode("utf-8", "surrogateescape"))
    while member.startswith("./"):  # (``tar czf x.tgz .`` names every member so)
        member = member[2:]
    if info.isdir() or _skipped(member):
        return None
    path = f"{name}!/{member}"
    if info.issym() or info.islnk():
        what = "a symbolic link" if info.issym() else "a hard link (that member is read under its own name)"
        return Reject(path, "not_a_file", f"{what} to {info.linkname!r} in the archive: not followed")
    if info.ischr() or info.isblk() or info.isfifo():
        what = "a character device" if info.ischr() else "a block device" if info.isblk() else "a FIFO"
        return Reject(path, "not_a_file", f"{what} in the archive: not read")
    if not info.isreg():
        return Reject(path, "unsupported_type", f"a tar entry of type {info.type!r}: not read")
    refused = _refused(path, member, 0, zipfile.ZIP_STORED, suffix_of)
    if refused is not None:
        return refused
    sparse = cast("list[tuple[int, int]] | None", info.sparse)
    stored = sum(n for _, n in sparse) if sparse else info.size  # (a sparse member's holes are not stored)
    return Member(path, member, info.size, stored, _tar_opener(tar, info), budget)


def _tar_opener(tar: tarfile.TarFile, info: tarfile.TarInfo) -> Callable[[], _Source]:
    def opener() -> _Source:
        if info.sparse or tar.fileobj is None:  # (its holes are made by tarfile)
            stream = tar.extractfile(info)
            if stream is None:  # pragma: no cover - a regular member always has a stream
                raise tarfile.ReadError("no data")
            return _TarData(stream, info.size)
        tar.fileobj.seek(info.offset_data)  # (where it stands: the header was just read)
        return _TarData(cast(IO[bytes], tar.fileobj), info.size)

    return opener


class MemberCut(EOFError):
    """An archive cut short inside a member: the member's reject is ``bad_archive`` (not a cut compressed stream's)."""

    reject_reason = "bad_archive"


class _TarData:
    """A tar member's data, read from the tar stream up to its size. A cut archive gives what it holds, then raises
    EOFError (:mod:`tarfile`'s own member stream raised at once, what it held lost), as a cut compressed stream does,
    so a text member's lines before the cut are read (``readers._cut_member``, ``readers._dump_parts``)."""

    def __init__(self, inner: IO[bytes], size: int) -> None:
        self.inner = inner
        self.left = size

    def read(self, n: int, /) -> bytes:
        if self.left <= 0:
            return b""
        try:
            data = self.inner.read(min(n, self.left) if n >= 0 else self.left)
        except (tarfile.ReadError, _Cut) as exc:
            raise MemberCut(f"the archive ends inside this member ({exc})") from exc
        if not data:
            raise MemberCut(f"the archive ends inside this member ({self.left} bytes of it missing)")
        self.left -= len(data)
        return data

    def close(self) -> None:
        self.left = 0


def _why(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _stopped(name: str, exc: BaseException, offset: int, count: int) -> Reject:
    """The reject of a tar stream that stops at ``offset`` (bytes of the tar stream) after ``count`` members."""
    after = f"{count} members listed before it" if count else "no member before it"
    if isinstance(exc, _Cut):
        return Reject(name, "bad_archive", f"the archive is cut short inside the data of its member {count} ({after})")
    if isinstance(exc, Bomb):
        return Reject(name, "too_large", f"{exc}: a compression bomb; from byte {offset} of the tar on it is not read")
    if isinstance(exc, RecursionError):
        exc = tarfile.ReadError("a chain of thousands of extended headers")
    return Reject(name, "bad_archive", f"{_why(exc)}: from byte {offset} of the tar on it is not read ({after})")


def _tar_end(tar: tarfile.TarFile, feed: _TarFeed, name: str, count: int) -> Reject | None:
    """The reject of a tar stream whose headers did not all read (damaged blocks skipped, no end blocks: cut after a
    member, or inside a header), or None. :mod:`tarfile` says nothing of either."""
    seen = feed.headers
    kind = type(seen.error).__name__
    notes: list[str] = []
    if seen.repairs:
        named = ", ".join(seen.repaired) + (", …" if seen.repairs > len(seen.repaired) else "")
        notes.append(f"{seen.repairs} damaged member headers (bad checksum) read as they stand ({named})")
    if seen.skipped:
        notes.append(f"{seen.skipped} blocks of damaged or unknown headers from byte {seen.first_bad} skipped")
    if kind == "TruncatedHeaderError":
        notes.append(f"it ends inside a header at byte {tar.offset} (cut short)")
    elif kind == "EmptyHeaderError" and not seen.ended_zero:
        notes.append(f"it ends at byte {tar.offset} without its end blocks (cut short between two members?)")
    if not notes:
        return None
    if count == 0 and seen.skipped:
        return Reject(name, "bad_archive", f"not a tar archive that can be read: {notes[0]}, no member found")
    return Reject(name, "bad_archive", f"{'; '.join(notes)}; the {count} members found are read")
