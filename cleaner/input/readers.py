"""Readers: a folder (or file) of dumps in, raw documents and rejects out.

Supported: ``.txt`` text dumps, ``.html``/``.htm`` pages, ``.jsonl`` records (see :mod:`cleaner.input.jsonl`),
WARC and WET (``.warc``, ``.warc.gz``, ``.warc.wet.gz``; response, resource and conversion records), and gzip
of any of them. A file whose name does not tell (``article.aspx``, ``view.php?id=12``, no extension, stdin)
is sniffed by its content. A raw document has ``format="html"`` or ``"text"``; its ``text`` is decoded.
Every file, and every record in it, yields either a document or a reject; every unit read or decoded is
held to one byte budget (:data:`cleaner.input.base.MAX_INPUT_BYTES`), and only regular files are opened
(a FIFO or ``/dev/zero`` is refused without blocking).
"""

from __future__ import annotations

import codecs
import errno
import io
import itertools
import os
import re
import shutil
import stat
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import IO

from cleaner.document import Document, Reject, Source
from cleaner.input.archive import (
    TAR_ERRORS,
    UNREAD_ARCHIVES,
    ZIP_ERRORS,
    Bomb,
    Member,
    is_tar,
    is_zip,
    tar_members,
    unread_archive,
    unread_reject,
    zip_members,
)
from cleaner.input.base import (
    CHUNK,
    MAX_INPUT_BYTES,
    PART,
    PART_BYTES,
    TRUNCATED,
    MemberRejects,
    NotRegular,
    ReadOptions,
    TooLarge,
    open_regular_fd,
    read_capped,
    read_fd_capped,
)
from cleaner.input.compression import (
    STREAM_ERRORS,
    Unavailable,
    codec_of,
    cut_at_a_flush,
    named_codec_holds,
    open_decompressed,
    stream_junk,
    stream_reject,
    unchecked_frames,
    whole_streams,
    zstd_intact,
)
from cleaner.input.decoding import DecodeError, charset_from_content_type, decode_bytes, looks_binary
from cleaner.input.feed import read_feed
from cleaner.input.jsonfile import read_json
from cleaner.input.jsonl import MAX_RATIO, UNCHECKED_NOTE, Recoded, read_jsonl_lines
from cleaner.input.mail import looks_like_mail, mail_page, read_mail
from cleaner.input.parquet import read_parquet
from cleaner.input.sniff import kind, sniff
from cleaner.input.table import DELIMITERS, read_table
from cleaner.input.warc import gzip_intact, read_warc_stream, saved_response

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_INPUT_BYTES",
    "STDIN",
    "TRUNCATED",
    "ReadOptions",
    "as_paths",
    "from_stdin",
    "iter_dump_names",
    "list_dump_files",
    "list_dump_names",
    "read_dumps",
    "read_file",
    "spool_stdin",
    "stdin_inputs",
]

MAX_FILE_BYTES = MAX_INPUT_BYTES
"""Files larger than this (after decompression) are rejected as ``too_large`` (the one byte budget)."""

STDIN = "-"
"""The input name that means standard input."""

_NOT_DUMPS = {"failures.jsonl"}
"""Files the crawler keeps beside its WARCs in a dump folder: not pages."""
_BLANK = " \t\n\r\f\v\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"  # noqa: E501
"""White space, including what ``str.strip`` keeps: zero-width spaces and joiners, the BOM."""
_NOT_BLANK = re.compile(f"[^{_BLANK}]")


def list_dump_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every file under ``paths`` (recursive), sorted, without duplicates; hidden files skipped.

    A file named twice (the same folder given twice, or a file inside a folder also given)
    is listed once; paths are compared as absolute paths, without a system call per file.
    A folder given is read through a symlink; a symlinked folder met *inside* a folder is not walked (as ``find``,
    ``os.walk``, ``rsync -r`` and ``tar`` do: one to ``/`` read the whole machine, helper hostile32): it is listed
    itself, as a folder that cannot be listed or a real folder already entered (a bind mount's loop) is, and
    :func:`read_file` rejects it with the reason (``symlinked_folder`` naming its target, or ``symlink_loop``).
    """
    return [Path(name) for name in list_dump_names(paths)]


def _walk(top: str) -> Iterator[str]:
    """Files under ``top``, in the order of sorted Paths, as they are found (nothing is gathered: a folder's
    entries at a time): hidden entries skipped, symlinked folders not walked (listed as names: :func:`_folder`),
    each real folder entered once (a bind mount of a folder above it is no loop; a folder's subfolders are marked
    entered, in name order, before any of them is walked)."""
    try:
        st = os.stat(top)
        seen = {(st.st_dev, st.st_ino)}
    except OSError:
        yield top
        return
    stack: list[Iterator[tuple[str, bool]]] = [_folder(top, seen)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry[1]:
            stack.append(_folder(entry[0], seen))
        else:
            yield entry[0]


def _folder(folder: str, seen: set[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """A folder's entries in name order (the order of sorted Paths: a folder's files and subfolders sort by their
    names), each as (path, walk it): a file, a folder to walk, or a folder given as a file (it cannot be listed, it
    is a symlink, or one already entered: :func:`read_file` says why)."""
    try:
        with os.scandir(folder) as entries:
            listed = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        yield folder, False
        return
    todo: list[tuple[str, bool]] = []
    for e in listed:  # every subfolder is marked entered before any is walked
        try:
            is_dir = e.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            if e.name not in _NOT_DUMPS:
                todo.append((e.path, False))
            continue
        if e.is_symlink():  # never walked: its reject names the target (_not_a_file)
            todo.append((e.path, False))
            continue
        try:
            s = e.stat()
            key = (s.st_dev, s.st_ino)
        except OSError:
            todo.append((e.path, False))
            continue
        todo.append((e.path, key not in seen))  # a symlink to a folder already entered: rejected, not walked again
        seen.add(key)
    del listed
    yield from todo


def iter_dump_names(paths: Iterable[str | Path]) -> Iterator[str]:
    """:func:`list_dump_names`, one name at a time (a run over a folder of millions of files does not hold their
    names). With several ``paths``, the names already given are remembered, to give each file once."""
    paths = list(paths)
    seen: set[str] | None = set() if len(paths) > 1 else None
    for p in paths:
        top = p if p == STDIN else str(Path(p))  # spelled as a Path spells it ("./a//b/" → "a/b")
        found = _walk(top) if top != STDIN and os.path.isdir(top) else iter([top])
        for name in found:
            if seen is not None:
                key = name if name == STDIN else os.path.abspath(name)
                if key in seen:
                    continue
                seen.add(key)
            yield name


def list_dump_names(paths: Iterable[str | Path]) -> list[str]:
    """:func:`list_dump_files` as strings (a Path per file costs more than listing it)."""
    return list(iter_dump_names(paths))


def as_paths(paths: object, what: str = "inputs") -> list[str | Path]:
    """``paths`` as a list of paths, read once (a generator is not read again): one path (``str``, a path-like,
    ``bytes``: a file name that is not UTF-8, kept as :func:`os.fsdecode` gives it) is a list of one, not its
    characters or bytes. :class:`TypeError` for anything else, before any work (a ``bytes`` path was read as its
    integers: ``expected str, bytes or os.PathLike object, not int``; a number was "not iterable")."""
    if isinstance(paths, str | bytes | os.PathLike):
        paths = [paths]
    elif not isinstance(paths, Iterable):
        raise TypeError(f"{what} are a path or an iterable of paths of files or folders, not {type(paths).__name__}")
    out: list[str | Path] = []
    for p in paths:
        if isinstance(p, bytes):
            out.append(os.fsdecode(p))
        elif isinstance(p, str | os.PathLike):
            out.append(p if isinstance(p, str | Path) else Path(p))
        else:
            hint = ": cleaner.collapse() takes Document records" if isinstance(p, Document) else ""
            raise TypeError(f"{what} are paths of files or folders, not {type(p).__name__}{hint}")
    return out


def read_dumps(
    paths: str | Path | bytes | Iterable[str | Path | bytes], options: ReadOptions | None = None
) -> Iterator[Document | Reject]:
    """Raw documents (and rejects) from every dump file under ``paths`` (one path, or an iterable of them:
    :func:`as_paths`; a path that does not exist is a ``not_found`` reject)."""
    for f in list_dump_files(as_paths(paths, "read_dumps() paths")):
        yield from read_file(f, options)


def spool_stdin(folder: str | Path) -> str:
    """Copy standard input into a file in ``folder`` (streaming, so any size); its path. A closed standard input
    (``<&-``, a daemon's) raises OSError (EBADF) saying so: it was an AttributeError's traceback (helper hostile16)."""
    if sys.stdin is None:
        raise OSError(errno.EBADF, "standard input is closed: nothing to read for -", STDIN)
    fd, tmp = tempfile.mkstemp(prefix="stdin-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out, 1 << 20)
    except OSError as exc:  # a full or capped temporary folder: say which copy failed (it was "File too large")
        detail = f"{exc.strerror or exc} (standard input is copied there first; set TMPDIR to a folder with room)"
        raise OSError(exc.errno, detail, tmp) from exc
    return tmp


@contextmanager
def stdin_inputs(inputs: Iterable[str | Path]) -> Iterator[tuple[list[str | Path], str | None]]:
    """``inputs`` with ``-`` replaced by a temporary copy of standard input (removed afterwards), and that
    copy's path (None without ``-``): :func:`from_stdin` gives its documents and rejects back their name."""
    given = list(inputs)
    if not any(str(p) == STDIN for p in given):
        yield given, None
        return
    with tempfile.TemporaryDirectory(prefix="cleaner-stdin-") as folder:
        spooled = spool_stdin(folder)
        yield [spooled if str(p) == STDIN else p for p in given], spooled


def from_stdin(item: Document | Reject, spooled: str) -> Document | Reject:
    """``item`` with the path of the copy of standard input spelled ``-`` again."""
    return _renamed(item, spooled, STDIN)


def _not_a_file(name: str) -> Reject:
    """Why the directory ``name`` (listed by the walk, or named) is not read."""
    if os.path.islink(name):
        return _symlinked_folder(name)
    try:
        with os.scandir(name):
            pass
    except OSError as exc:
        return Reject(name, "unreadable_dir", f"cannot list this folder: {exc.strerror or exc}")
    return Reject(name, "not_a_file", "a directory")


def _symlinked_folder(name: str) -> Reject:
    """The reject of the symlinked folder ``name`` met in a folder's walk, which does not follow it: a loop when its
    target holds the link (``..``, ``/``), else a folder that is read only when named as an input."""
    target = os.path.realpath(name)
    here = os.path.realpath(os.path.dirname(name) or ".")
    if here == target or here.startswith(target.rstrip(os.sep) + os.sep):
        return Reject(name, "symlink_loop", f"a symlink to a folder that holds it ({target}): not walked")
    detail = (
        f"a symlink to the folder {target}: not walked (symlinked folders inside an input folder are not followed; "
        "name the link or its target as an input to read it)"
    )
    return Reject(name, "symlinked_folder", detail)


def read_file(path: str | Path, options: ReadOptions | None = None) -> Iterator[Document | Reject]:
    """Raw documents (and rejects) of one dump file (``-``: standard input). Never raises for bad content."""
    options = options or ReadOptions()
    name = str(path)
    if name == STDIN:
        with tempfile.TemporaryDirectory(prefix="cleaner-") as folder:
            try:
                spooled = spool_stdin(folder)
            except OSError as exc:  # (closed, or no room to copy it)
                yield Reject(STDIN, "io_error", exc.strerror or str(exc))
                return
            for item in _read_path(spooled, options, fmt=None, codec=None):
                yield _renamed(item, spooled, STDIN)
        return
    fmt, codec, suffix = kind(name)
    if fmt == "binary" and suffix == ".zip" and codec is None:  # (its members are read as a folder's files)
        fmt = "zip"
    if fmt == "binary" and suffix in _TAR_SUFFIXES:  # (.tar, .tar.gz, .tgz, …: its members too)
        fmt = "tar"
    if fmt == "binary":
        yield _unsupported(name, suffix)
        return
    # a name that is not UTF-8 (lone surrogates) is kept as the OS gives it: the writers escape it in JSON and
    # the state stores it as bytes, so os.fsencode(path) gives the name's bytes back (cleaner.output)
    yield from _read_path(name, options, fmt, codec)


_TAR_SUFFIXES = frozenset({".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst"})


def _unsupported(name: str, suffix: str) -> Reject:
    """The reject of a file whose name says no page: an archive in a format that is not opened says which."""
    if suffix in UNREAD_ARCHIVES:
        return unread_reject(name, UNREAD_ARCHIVES[suffix])
    return Reject(name, "unsupported_type", f"unknown file type {suffix}")


def _renamed(item: Document | Reject, old: str, new: str) -> Document | Reject:
    inside = old + "!/"  # (the members of an archive)
    if isinstance(item, Reject):
        if item.path == old or item.path.startswith(inside):
            item.path = new + item.path[len(old) :]
    else:
        for src in item.sources:
            if src.path == old or src.path.startswith(inside):
                src.path = new + src.path[len(old) :]
    return item


def _read_members(members: Iterator[Member | Reject], options: ReadOptions) -> Iterator[Document | Reject]:
    """An archive's members (:func:`cleaner.input.archive.zip_members`, :func:`~cleaner.input.archive.tar_members`):
    its rejects as they come (past :data:`MAX_LISTED` of one reason, summed up at the end), each member read as a file
    of a folder is (:func:`_read_member`)."""
    summed = MemberRejects()
    for no, member in enumerate(members):
        items = [member] if isinstance(member, Reject) else _read_member(member, options)
        for item in items:
            kept = item if isinstance(item, Document) else summed.admit(item, no)
            if kept is not None:
                yield kept
    yield from summed.summary()


def _read_zip(fh: IO[bytes], name: str, options: ReadOptions) -> Iterator[Document | Reject]:
    """The documents and rejects of the members of the ZIP archive open as ``fh`` (:mod:`cleaner.input.archive`),
    each read as a file of a folder is."""
    try:
        yield from _read_members(zip_members(fh, name, options.max_bytes, lambda n: kind(n)[2]), options)
    except ZIP_ERRORS as exc:  # (the archive's own file failed: what was read stays)
        yield Reject(name, "bad_archive", f"{type(exc).__name__}: {exc}")


def _read_tar(fh: IO[bytes], name: str, options: ReadOptions) -> Iterator[Document | Reject]:
    """The documents and rejects of the members of the tar archive open as ``fh`` (plain, or compressed in any codec
    the readers read: ``.tar.gz``, ``.tgz``, ``.tar.bz2``, ``.tar.xz``, ``.tar.zst``, whatever the name says), read
    in one pass (:func:`cleaner.input.archive.tar_members`), each member as a file of a folder is."""
    size = fh.seek(0, io.SEEK_END)
    if size == 0:
        yield Reject(name, "empty_file", "no content")
        return
    fh.seek(0)
    codec = codec_of(fh.read(8))
    fh.seek(0)
    if not _tar_like(fh, codec):  # (a page or dump under a tar's name: read as what it is)
        yield from _read_fh(fh, name, options, None, codec)
        return
    stream = open_decompressed(fh, codec) if codec else fh
    where = fh.tell if codec else None
    try:
        members = tar_members(stream, name, options.max_bytes, lambda n: kind(n)[2], size, where)
        yield from _read_members(members, options)
    except TAR_ERRORS as exc:  # (the archive's own file failed: what was read stays)
        yield Reject(name, "bad_archive", f"{type(exc).__name__}: {exc}")


def _tar_like(fh: IO[bytes], codec: str | None) -> bool:
    """Whether the file named as a tar archive (``fh``, compressed in ``codec``) starts as one: a tar header, or binary
    bytes (a damaged first header: the reader skips to the next). A text under a tar's name (a ``.tar.gz`` that is a
    gzipped dump) is read as the text it is."""
    try:
        head = (open_decompressed(fh, codec) if codec else fh).read(512)
    except STREAM_ERRORS:
        head = b""  # (the tar reader says what is wrong)
    finally:
        fh.seek(0)
    return not head or is_tar(head) or b"\0" in head


def _read_member(member: Member, options: ReadOptions) -> Iterator[Document | Reject]:
    """A member of an archive, as :func:`read_file` reads a file: by its name, else by its content; a text dump over
    the budget in parts; every other member in memory under the budget, and over it (a JSONL, WARC, Parquet or
    compressed member) from a temporary copy (:func:`_member_file`)."""
    fmt, codec, suffix = kind(member.name)
    if fmt == "binary":
        yield _unsupported(member.path, suffix)
        return
    cap = options.max_bytes
    try:
        with member.open() as stream:
            if fmt == "text" and codec is None and member.size > cap:
                yield from _dump_parts(stream.read1, member.path, cap, [], None)
                return
            parts: list[bytes] = []
            try:
                held = _member_file(stream, cap, fmt not in _WHOLE or codec is not None, parts)
            except EOFError as exc:  # (an archive cut inside the member)
                if fmt != "text" or codec is not None:
                    raise
                yield _cut_member(parts, member.path, exc)
                return
        if held is None:
            yield Reject(member.path, "too_large", f"decompresses to more than {cap} bytes")
            return
        with held as inside:
            yield from _read_fh(inside, member.path, options, fmt, codec, archives=False)  # (none inside one)
    except Bomb as exc:
        yield Reject(member.path, "too_large", f"{exc}: a compression bomb; not read")
    except _NoRoom as exc:
        yield Reject(member.path, "io_error", str(exc))
    except TAR_ERRORS as exc:
        yield Reject(member.path, "bad_archive", f"a damaged member: {type(exc).__name__}: {exc}")


class _NoRoom(Exception):
    """A member over the budget could not be copied into a temporary file."""


def _no_room(exc: OSError) -> _NoRoom:
    detail = f"{exc.strerror or exc} (a member over the byte budget is copied there first; set TMPDIR to a folder with"
    return _NoRoom(f"cannot copy the member into a temporary file: {detail} room)")


def _cut_member(parts: list[bytes], path: str, exc: EOFError) -> Document | Reject:
    """A text member of an archive cut short inside it: its whole lines before the cut, marked :data:`TRUNCATED` (the
    pipeline rejects the page the cut falls in, as for a ``.txt.gz`` cut short), or the reject when it holds none."""
    head = b"".join(parts)
    end = head.rfind(b"\n") + 1
    if not head[:end].strip():
        return Reject(path, "bad_archive", f"{exc} (after {len(head)} bytes)")
    item = _whole(lambda: head[:end], path, False)
    if isinstance(item, Document):
        item.meta[TRUNCATED] = f"bad_archive: {exc} (after {end} bytes of text)"
    return item


def _member_file(stream: io.BufferedIOBase, cap: int, spool: bool, parts: list[bytes]) -> IO[bytes] | None:
    """All of ``stream`` (an archive's member) as a file to read: in memory up to ``cap`` bytes; past it, copied
    into an anonymous temporary file when ``spool`` (a JSONL, WARC or compressed member, read from there as such a
    file is: a record or a line at a time, helper hostile36; it was one ``too_large`` reject, every record lost),
    else None (an HTML page or a text read whole: over the budget as a file is). The copy is bounded by the
    archive's ratios (:class:`cleaner.input.archive.Bomb`) and deleted when closed, or when the process ends.
    ``parts``: what is read into memory (what a cut archive's member held before the cut)."""
    total = 0
    while chunk := stream.read(min(CHUNK * 16, cap + 1 - total)):
        parts.append(chunk)
        total += len(chunk)
        if total > cap:
            break
    else:
        return io.BytesIO(b"".join(parts))
    if not spool:
        return None
    try:
        out = tempfile.TemporaryFile(prefix="cleaner-member-")
    except OSError as exc:
        raise _no_room(exc) from exc
    try:
        for chunk in itertools.chain(parts, iter(lambda: stream.read(CHUNK * 16), b"")):
            try:
                out.write(chunk)
            except OSError as exc:
                raise _no_room(exc) from exc
        parts.clear()
        out.seek(0)
    except BaseException:
        out.close()
        raise
    return out


def _read_path(name: str, options: ReadOptions, fmt: str | None, codec: str | None) -> Iterator[Document | Reject]:
    try:
        fd, size = open_regular_fd(name)
    except FileNotFoundError:
        yield Reject(name, "not_found", "no such file" + (" (a broken symlink)" if os.path.islink(name) else ""))
        return
    except IsADirectoryError:
        yield _not_a_file(name)
        return
    except NotRegular as exc:
        yield _not_a_file(name) if stat.S_ISDIR(os.stat(name).st_mode) else Reject(name, "not_a_file", str(exc))
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a symlink to itself, or a ring of them
            yield Reject(name, "symlink_loop", f"a symlink that leads back to itself ({exc.strerror})")
        else:
            yield _not_a_file(name) if os.path.isdir(name) else Reject(name, "io_error", f"{exc.strerror or exc}")
        return
    if codec is None and fmt not in (None, "parquet", "zip"):
        codec = _compressed_anyway(fd)
    if fmt == "zip" or codec == "zip":  # (a ZIP archive, or one under a page's name: a download saved so)
        with os.fdopen(fd, "rb") as fh:
            yield from _read_zip(fh, name, options)
        return
    if fmt == "tar" or codec == "tar":  # (a tar archive, compressed or not, or one under a page's name)
        with os.fdopen(fd, "rb") as fh:
            yield from _read_tar(fh, name, options)
        return
    if codec is not None and codec.startswith("archive:"):  # (a 7z or RAR archive under a page's name)
        os.close(fd)
        yield unread_reject(name, codec.removeprefix("archive:"))
        return
    if codec is None and fmt == "text" and size > options.max_bytes:  # a text dump over the budget: in parts
        with os.fdopen(fd, "rb") as fh:
            yield from _dump_parts(fh.read1, name, options.max_bytes, [], None, skip=partial(_skip_hole, fh))
        return
    if codec is None and fmt in _WHOLE:  # a plain text or HTML file, read in one piece: from the descriptor
        try:
            item = _read_whole_fd(fd, size, name, fmt == "html", options)
        except OSError as exc:
            item = Reject(name, "io_error", str(exc))
        finally:
            os.close(fd)
        yield item
        return
    try:
        fh = os.fdopen(fd, "rb")  # O_NONBLOCK changes nothing for a regular file's reads
    except BaseException:
        os.close(fd)
        raise
    with fh:
        yield from _read_fh(fh, name, options, fmt, codec)


_BZ2_START = re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P)")
"""A bzip2 stream's start: its magic, block size and first block's (or the end's) magic (``BZh`` alone starts text)."""


def _compressed_anyway(fd: int) -> str | None:
    """The compression of a file whose name says a page or dump (``.html``, ``.txt``, ``.jsonl``, ``.warc``) but whose
    first bytes are a compressed stream's (a page saved as served, ``Content-Encoding: gzip``, under its URL's name),
    or None. Such a file was a ``binary`` reject, its page lost. An archive under such a name: ``zip``, ``tar``, or
    ``archive:FORMAT`` for one that is not opened (7z, RAR)."""
    try:
        head = os.pread(fd, 512, 0)
    except OSError:
        return None
    if is_zip(head):
        return "zip"
    if is_tar(head):
        return "tar"
    if (what := unread_archive(head)) is not None:
        return f"archive:{what}"
    codec = codec_of(head)
    return None if codec == "bz2" and not _BZ2_START.match(head) else codec


MAX_LAYERS = 3
"""Compressions inside compressions read (``.txt.gz.gz``: 2); a file compressed more often is refused."""


def _read_fh(
    fh: IO[bytes],
    name: str,
    options: ReadOptions,
    fmt: str | None,
    codec: str | None,
    layer: int = 1,
    archives: bool = True,
) -> Iterator[Document | Reject]:
    try:
        if codec is not None:
            codec = _actual_codec(fh, codec)
        head = b""
        if codec is not None or fmt is None:
            codec, inner, head = _peek(fh, codec)
            if codec is None and fmt is None and is_zip(head) and archives and layer == 1:  # (a nameless ZIP)
                yield from _read_zip(fh, name, options)
                return
            if fmt is None and inner is None and (what := _archive_format(head)) is not None:
                yield from _nameless_archive(fh, name, options, what, archives and layer == 1)
                return
            if codec is not None and inner is not None:
                yield from _read_layer(fh, name, options, fmt, codec, inner, layer)
                return
        yield from _read_open(fh, name, fmt or sniff(head), codec, options)
    except Unavailable as exc:
        yield Reject(name, "unsupported_type", str(exc))
    except OSError as exc:
        yield Reject(name, "io_error", str(exc))


def _archive_format(head: bytes) -> str | None:
    """The archive format whose first bytes (decompressed) are ``head``: ``tar``, ``ZIP``, 7z, RAR, or None."""
    return "tar" if is_tar(head) else "ZIP" if is_zip(head) else unread_archive(head)


def _nameless_archive(
    fh: IO[bytes], name: str, options: ReadOptions, what: str, archives: bool
) -> Iterator[Document | Reject]:
    """An archive found by its bytes (a nameless or ``.gz`` file, a member of no known name): a tar archive is read
    (compressed or not); one inside an archive, a compressed ZIP archive and the formats that are not opened are
    ``unsupported_type`` (they were ``binary``, or a text of NUL bytes)."""
    if what == "tar" and archives:
        yield from _read_tar(fh, name, options)
    elif what in ("tar", "ZIP") and not archives:
        yield Reject(name, "unsupported_type", f"a {what} archive inside an archive: not opened (unpack it)")
    elif what == "ZIP":
        yield Reject(name, "unsupported_type", "a compressed ZIP archive: not opened (decompress it first)")
    else:
        yield unread_reject(name, what)


SNIFF_BYTES = 8192
"""A file's format is sniffed from this many of its first (decompressed) bytes."""


def _peek(fh: IO[bytes], codec: str | None) -> tuple[str | None, str | None, bytes]:
    """``(codec, inner, head)`` from a file's first bytes: its compression (``codec`` when the name told it, else
    its magic bytes'), the compression of what that decompresses to when it is compressed again (a ``.txt.gz.gz``:
    a dump gzipped twice, as a crawler that gzips what it stores writes a ``.gz`` it fetched), and the first
    (decompressed) bytes, to sniff the format from (empty when they cannot be read: reading it says what is
    wrong). ``fh`` is rewound."""
    inner, head = None, b""
    if codec is None:
        head = fh.read(SNIFF_BYTES)
        codec = codec_of(head)
        fh.seek(0)
    if codec is not None:
        try:
            stream = open_decompressed(fh, codec)
            head = stream.read(8)
            inner = codec_of(head)
            head += stream.read(SNIFF_BYTES - len(head))
        except STREAM_ERRORS:
            head = b""
        fh.seek(0)
    return codec, inner, head


def _read_layer(
    fh: IO[bytes], name: str, options: ReadOptions, fmt: str | None, codec: str, inner: str, layer: int
) -> Iterator[Document | Reject]:
    """A file compressed again inside its compression: the outer layer is decompressed into memory (at most the
    byte budget: it is the compressed inner file) and read as a file compressed in ``inner``, up to
    :data:`MAX_LAYERS` layers. What the innermost layer decompresses to is held to the budget as any file's."""
    if layer >= MAX_LAYERS:
        yield Reject(name, "unsupported_type", f"compressed more than {MAX_LAYERS} times over: not read")
        return
    if codec == "zstd" and not zstd_intact(fh):
        yield Reject(name, "truncated_compressed", "zstd: the file ends inside a frame")
        return
    fh.seek(0)
    stream = open_decompressed(fh, codec)
    try:
        data = read_capped(stream, options.max_bytes)
    except TooLarge:
        detail = f"a compressed file inside it decompresses to more than {options.max_bytes} bytes"
        yield Reject(name, "too_large", detail)
        return
    except STREAM_ERRORS as exc:
        yield Reject(name, *stream_reject(exc, codec))
        return
    with io.BytesIO(data) as inside:
        del data
        yield from _read_fh(inside, name, options, fmt, inner, layer + 1)
    if (junk := stream_junk(stream, codec)) is not None:  # (bytes after the outer layer's stream)
        yield Reject(name, *junk)


def _actual_codec(fh: IO[bytes], named: str) -> str | None:
    """The compression of a file whose name says ``named`` (``.gz``, ``.bz2``, ``.xz``, ``.zst``), from its magic
    bytes: another codec's when they are that one's (a ``.gz`` that is bzip2), ``None`` when they are no codec's
    (a plain dump named ``.gz``, as a crawler that decompressed it wrote it; an empty file) — such a file was a
    ``bad_gzip`` / ``bad_compressed`` reject. A damaged stream of the named codec stays one (its reject says so)."""
    head = fh.read(8)
    fh.seek(0)
    return named if named_codec_holds(head, named) else codec_of(head)


def _read_open(
    fh: IO[bytes], name: str, fmt: str, codec: str | None, options: ReadOptions
) -> Iterator[Document | Reject]:
    if fmt == "warc" and codec in (None, "gzip"):  # warcio inflates gzip members itself
        yield from read_warc_stream(fh, name, options, resync=not codec, members=bool(codec))
        if codec:
            fh.seek(0)
            if not gzip_intact(fh):
                yield Reject(name, "bad_warc_record", "the last record is cut short (truncated gzip)")
        return
    if fmt == "parquet":
        if codec:  # (Parquet compresses inside; a reader needs to seek in the file)
            yield Reject(name, "unsupported_type", f"a {codec}-compressed Parquet file: decompress it first")
        else:
            yield from read_parquet(fh, name, options)
        return
    fh.seek(0)  # (a cut .zst frame raises as a cut gzip member does: open_decompressed walks its block headers)
    stream = open_decompressed(fh, codec) if codec else fh
    if fmt == "warc":
        try:
            yield from read_warc_stream(stream, name, options)
            _drain(stream, options.max_bytes)  # (warcio takes a cut stream for its end: the rest tells)
        except STREAM_ERRORS as exc:
            yield Reject(name, *stream_reject(exc, codec))
    elif fmt == "jsonl":
        yield from read_jsonl_lines(stream, name, options, compressed=fh if codec else None, codec=codec)
    elif fmt == "json":
        yield from read_json(stream, name, options, compressed=fh if codec else None, codec=codec)
    elif fmt == "mail":
        yield from _guarded(read_mail(stream, name, options), name)
    elif fmt == "feed":
        yield from _guarded(read_feed(stream, name, options), name)
    elif fmt == "csv":
        delimiter = DELIMITERS.get(kind(name)[2], ",")
        yield from read_table(stream, name, options, delimiter, compressed=fh if codec else None)
    elif codec:
        yield from _read_whole_streams(stream, name, fmt == "html", codec, options.max_bytes, fh.tell)
    elif fmt == "text" and isinstance(fh, io.BufferedReader | io.BufferedRandom) and _size(fh) > options.max_bytes:
        yield from _dump_parts(fh.read1, name, options.max_bytes, [], None, skip=partial(_skip_hole, fh))
    else:
        yield _read_whole(stream, name, fmt == "html", codec, options)
    if codec and (junk := stream_junk(stream, codec)) is not None:  # (an error page a download appended: its
        yield Reject(name, *junk)  # members before it are read; Python's gzip lost them: helper hostile17)


def _guarded(items: Iterator[Document | Reject], name: str) -> Iterator[Document | Reject]:
    try:
        yield from items
    except STREAM_ERRORS as exc:  # (a compressed mailbox or feed cut short: the messages or items before it are read)
        yield Reject(name, *stream_reject(exc, None))


def _size(fh: io.BufferedReader | io.BufferedRandom) -> int:
    """The size of the file open as ``fh`` (-1 when it has none)."""
    try:
        return os.fstat(fh.fileno()).st_size
    except (OSError, ValueError):
        return -1


def _drain(stream: IO[bytes], cap: int) -> None:
    """Read what is left of ``stream`` (at most ``cap`` bytes), for the error a damaged end raises."""
    while cap > 0 and (chunk := stream.read(min(cap, 1 << 20))):
        cap -= len(chunk)


def _read_bytes(stream: IO[bytes], name: str, codec: str | None, cap: int) -> bytes | Reject:
    """The whole (decompressed) file, under the byte budget; every gzip member counts towards it."""
    try:
        return read_capped(stream, cap)
    except TooLarge:
        what = "decompresses to" if codec else "has"
        return Reject(name, "too_large", f"{what} more than {cap} bytes")
    except STREAM_ERRORS as exc:
        return Reject(name, *stream_reject(exc, codec))


_WHOLE = ("text", "html")
"""Formats read as one document per file (:func:`_read_whole`)."""


def _read_whole_fd(fd: int, size: int, name: str, is_html: bool, options: ReadOptions) -> Document | Reject:
    """:func:`_read_whole` of an uncompressed file open as ``fd`` (:func:`cleaner.input.base.open_regular_fd`):
    the same document or reject, without a file object."""
    return _whole(partial(_fd_bytes, fd, size, name, options.max_bytes), name, is_html)


def _fd_bytes(fd: int, size: int, name: str, cap: int) -> bytes | Reject:
    """:func:`_read_bytes` of an uncompressed file open as ``fd``."""
    try:
        return read_fd_capped(fd, size, cap)
    except TooLarge:
        return Reject(name, "too_large", f"has more than {cap} bytes")
    except STREAM_ERRORS as exc:
        return Reject(name, *stream_reject(exc, None))


def _read_whole(
    stream: IO[bytes], name: str, is_html: bool, codec: str | None, options: ReadOptions
) -> Document | Reject:
    return _whole(partial(_read_bytes, stream, name, codec, options.max_bytes), name, is_html)


def _read_whole_streams(
    stream: IO[bytes], name: str, is_html: bool, codec: str, cap: int, where: Callable[[], int] | None = None
) -> Iterator[Document | Reject]:
    """:func:`_read_whole` of a compressed file. When a stream after the first is cut or damaged, the streams before it
    that ended whole are read, and a reject says what was cut: a crawler that appends a gzip member per page to its
    dump, killed while writing one, lost every page before it (helper hostile17). A text dump of one stream cut short
    keeps what decompresses, up to its last whole line, marked :data:`TRUNCATED` (the pipeline drops its last page, the
    one the cut falls in, as the reject: :func:`cleaner.pipeline.prepare`); it was a reject, every page lost (helper
    hostile18). A cut HTML page holds no page that ended whole: a reject, as before."""
    cut: list[Reject] = []
    marks: dict[str, str] = {}
    over: list[list[bytes]] = []
    read1: Callable[[int], bytes] = getattr(stream, "read1", stream.read)

    def read() -> bytes | Reject:
        parts: list[bytes] = []
        total = 0
        try:  # (read1: what a read gave before the error stays here; read() would drop it with the exception)
            while chunk := read1(min(CHUNK * 16, cap + 1 - total)):
                parts.append(chunk)
                total += len(chunk)
                if total > cap:
                    if not is_html and (where is None or not _bomb(total, where())):  # a text dump: in parts
                        over.append(parts)  # (not joined: the parts reader takes the chunks one at a time)
                        return b""
                    return Reject(name, "too_large", f"decompresses to more than {cap} bytes")
        except STREAM_ERRORS as exc:
            reason, detail = stream_reject(exc, codec)
            if not is_html and isinstance(exc, EOFError) and cut_at_a_flush(stream):
                data = b"".join(parts)  # (its writer flushed there: all it wrote is here, its last page whole)
                if codec == "gzip" or data.endswith(b"\n"):
                    why = f"{detail}, at a point its writer flushed (killed after a page): the {len(data)} bytes"
                    cut.append(Reject(name, reason, f"{why} of text before it are read, the last page as whole"))
                    return _checked(data)
            if whole := whole_streams(stream):
                cut.append(Reject(name, reason, f"{detail}; the {whole} bytes of the whole streams before it are read"))
                return b"".join(parts)[:whole]
            head = b"".join(parts)
            end = head.rfind(b"\n") + 1
            if is_html or not head[:end].strip():
                return Reject(name, reason, detail)
            marks[TRUNCATED] = f"{reason}: {detail} (after {end} bytes of text)"
            return head[:end]
        return _checked(b"".join(parts))

    def _checked(data: bytes) -> bytes:
        if unchecked_frames(stream) and not _utf8(data):
            marks[_UNCHECKED] = ""
        return data

    item = _whole(read, name, is_html)
    if over:
        yield from _dump_parts(read1, name, cap, over.pop(), codec, where)
        return
    if _UNCHECKED in marks:
        item = _unchecked_damage(item)
    elif isinstance(item, Document):
        item.meta.update(marks)
    yield item
    yield from cut


def _bomb(inflated: int, compressed: int) -> bool:
    """Whether ``inflated`` bytes out of ``compressed`` are a compression bomb (as for JSONL: :data:`MAX_RATIO`)."""
    return inflated > MAX_RATIO * max(1, compressed)


def _skip_hole(fh: IO[bytes]) -> int:
    """Seek ``fh`` (a plain file) from where it is to its next data (``SEEK_DATA``): the bytes of hole passed over."""
    at = fh.tell()
    try:
        ahead = os.lseek(fh.fileno(), at, os.SEEK_DATA)
    except OSError as exc:  # (ENXIO: a hole up to the end; no SEEK_DATA here: read on)
        ahead = os.fstat(fh.fileno()).st_size if exc.errno == errno.ENXIO else at
    fh.seek(max(ahead, at))
    return max(ahead, at) - at


def _dump_parts(
    read1: Callable[[int], bytes],
    name: str,
    cap: int,
    head: list[bytes],
    codec: str | None,
    where: Callable[[], int] | None = None,
    skip: Callable[[], int] | None = None,
) -> Iterator[Document | Reject]:
    """A text dump larger than the byte budget ``cap``, a part at a time: raw documents of at most :data:`PART_BYTES`
    (and ``cap``) bytes each, cut at a line end, marked :data:`PART` (the part's byte offset). ``head``: the chunks
    read already, taken as reads (not joined: the budget read to choose this path is not copied at once);
    ``read1`` reads the rest. The pipeline joins the parts at page starts; a dump over the budget was one
    ``too_large`` reject, every page of it lost (helper hostile22). A line longer than a part is a ``line_too_long``
    reject (its position said), the lines after it are read (a first line over the budget: no page stream, the
    file's ``too_large`` reject, as before); a stream cut or damaged ends the dump as
    :func:`_read_whole_streams` does for one part (its last whole line, marked :data:`TRUNCATED`). ``where``: the
    position in the compressed file, to stop a compression bomb (more than :data:`MAX_RATIO` times its size). A run of
    NUL bytes is skipped (one ``binary`` reject naming it); ``skip``: seeks a plain file past the hole it is in (the
    bytes skipped), so a sparse file's holes are not read."""
    size = max(1, min(PART_BYTES, cap))
    buf = bytearray()
    head.reverse()
    offset = inflated = 0
    ended = skipping = False
    long_from = nul_from = -1
    error: BaseException | None = None
    label: str | None = None  # (a UTF-16 or UTF-32 dump: read recoded to UTF-8)
    while True:
        while not ended and len(buf) < size:
            try:
                chunk = head.pop() if head else read1(CHUNK * 16)
            except STREAM_ERRORS as exc:
                error, ended = exc, True
                break
            ended = not chunk
            buf += chunk
            inflated += len(chunk)
            if where is not None and _bomb(inflated, where()):
                detail = f"inflates to more than {MAX_RATIO} times its size: a compression bomb; from byte {offset} on"
                yield Reject(name, "too_large", f"{detail} it is not read")
                return
        if offset == 0 and label is None and not ended and (wide := _wide_text(bytes(buf[:SNIFF_BYTES]))):
            read1 = io.BufferedReader(Recoded(_Prefixed(bytes(buf), read1), wide), CHUNK).read1
            buf.clear()
            label = wide
            continue
        if buf[:1] == b"\0" and not skipping:  # (a hole of a sparse file, blocks a crash left zero-filled: skipped)
            kept = buf.lstrip(b"\0")
            nul_from = offset if nul_from < 0 else nul_from
            offset, buf = offset + len(buf) - len(kept), kept
            if not buf and not ended and skip is not None and label is None:  # (a recoded dump: read on)
                offset += skip()
        if nul_from >= 0:
            if not buf and not ended:
                continue
            detail = f"bytes {nul_from} to {offset}: NUL bytes only (a hole, zero-filled space): skipped"
            yield Reject(name, "binary", detail)
            nul_from = -1
        if skipping:  # the rest of a line too long, up to its end
            end = buf.find(b"\n") + 1
            offset += end or len(buf)
            del buf[: end or len(buf)]
            if end == 0 and not ended:
                continue
            if long_from == 0 and end == 0:  # the whole file one line: no page stream, the file's reject as before
                yield Reject(name, "too_large", f"{'decompresses to' if codec else 'has'} more than {cap} bytes")
                return
            length = offset - long_from - (end > 0)
            detail = f"a line of {length} bytes from byte {long_from} (more than {size}: not read)"
            yield Reject(name, "line_too_long", detail)
            if end == 0:
                if error is not None:
                    yield _dump_part(b"", name, offset, codec, error, label)
                break
            skipping = False
            continue
        if ended and error is None:
            end = len(buf)
        else:  # up to the last line end (within a part; a cut stream: the last whole line)
            end = buf.rfind(b"\n", 0, len(buf) if ended else size) + 1
            if end == 0 and not ended:
                end = _other_break(buf, size)  # (CR-only line ends, U+2028, …: the file read in parts all the same)
            if end == 0 and not ended:
                if looks_binary(bytes(buf[:SNIFF_BYTES])):  # (zero-filled space, a sparse file: no text to look for)
                    yield _binary_rest(name, offset, codec, cap)
                    return
                skipping, long_from = True, offset
                continue
        piece = bytes(buf[:end])
        del buf[:end]
        last = ended
        if piece.strip() or (last and error is not None):
            yield _dump_part(piece, name, offset, codec, error if last else None, label)
        offset += end
        if last:
            break


_BREAKS = (b"\r", b"\f", b"\v")
"""Line ends other than ``\n`` that are one ASCII byte, so never part of a character in an ASCII-compatible charset
(GBK's and Big5's second bytes are 0x40 or more): a dump with CR-only line ends (an old Mac or Windows export) holds no
``\n`` at all."""
_UNICODE_BREAKS = (b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xc2\x85")
"""U+2028, U+2029 and NEL in UTF-8: line ends :func:`cleaner.text.textclean.normalize_text` reads as ``\n``."""


_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x85\v\f]")
"""The line ends :func:`cleaner.text.textclean.normalize_text` makes ``\n``."""
_OTHER_ENDS = re.compile("\r(?!\n)|[\u2028\u2029\x85\v\f]")


def _other_break(buf: bytearray, size: int) -> int:
    """Where to cut the first ``size`` bytes of ``buf`` (which hold no ``\n``) after their last line end of another
    kind (CR, form feed, vertical tab; U+2028, U+2029, NEL when those bytes are UTF-8), or 0 when they hold none: a
    text dump whose first line was over the budget was one ``too_large`` reject, every page lost (helper hostile35)."""
    end = max(buf.rfind(b, 0, size) for b in _BREAKS) + 1
    if end:
        return end
    ends = [buf.rfind(b, 0, size) for b in _UNICODE_BREAKS]
    at = max(ends)
    if at < 0:
        return 0
    cut = at + (3 if buf[at] == 0xE2 else 2)
    try:  # (only UTF-8 bytes: in GBK those bytes can end one character and start another)
        codecs.getincrementaldecoder("utf-8")().decode(memoryview(buf)[:cut], final=True)
    except UnicodeDecodeError:
        return 0
    return cut


def _binary_rest(name: str, offset: int, codec: str | None, cap: int) -> Reject:
    """The reject of a text dump over the budget whose bytes from ``offset`` on are no text (NUL or control bytes, no
    line end in a part): its reading stops there (reading a 10 GB sparse file to its end, for a line end, is no use)."""
    if offset == 0:
        return Reject(name, "too_large", f"{'decompresses to' if codec else 'has'} more than {cap} bytes")
    detail = f"from byte {offset} on, NUL or control bytes and no line end in a part: not text, not read"
    return Reject(name, "binary", detail)


_WIDE = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})


def _wide_text(head: bytes) -> str | None:
    """The codec of a text dump in UTF-16 or UTF-32 (its byte-order mark, or UTF-16 without one as the decoder reads
    it), from its first bytes, else None. Such a dump over the budget was cut at ``0a`` bytes, which in UTF-16 are
    as often half of another character (U+0A00-U+0AFF, U+XX0A: 个 is ``2A 4E``, 上 ``0A 4E``), and its parts after the
    first, without a byte-order mark, decoded as whatever the detector guessed (helper hostile36)."""
    if not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\0\0\xfe\xff")) and b"\0" not in head:
        return None
    try:
        codec = decode_bytes(head[: len(head) - len(head) % 4], sniff_html=False)[1]
    except DecodeError:
        return None
    return codec if codec in _WIDE else None


class _Prefixed:
    """``prefix``, then what ``read1`` reads: a stream whose first bytes were read already."""

    def __init__(self, prefix: bytes, read1: Callable[[int], bytes]) -> None:
        self.prefix = prefix
        self.read1 = read1

    def read(self, n: int) -> bytes:
        if self.prefix:
            out, self.prefix = self.prefix[:n], self.prefix[n:]
            return out
        return self.read1(n)


def _dump_part(
    piece: bytes, name: str, offset: int, codec: str | None, error: BaseException | None, label: str | None = None
) -> Document | Reject:
    """One part of a text dump over the budget (:func:`_dump_parts`): its document, or why it has none. ``label``: the
    dump's own charset when its parts were recoded to UTF-8 (UTF-16, UTF-32)."""
    if error is not None and not piece.strip():  # (cut before a whole line of this part)
        reason, detail = stream_reject(error, codec)
        return Reject(name, reason, f"{detail} (after {offset} bytes of text, which are read)")
    try:
        text, encoding = decode_bytes(piece, sniff_html=False)
    except DecodeError as exc:
        return Reject(name, exc.reason, f"{exc.detail} (bytes {offset} to {offset + len(piece)})")
    if _OTHER_ENDS.search(text) is not None:  # (CR-only line ends, …: the pipeline finds page starts at "\n")
        text = _NEWLINES.sub("\n", text)
    meta = {PART: str(offset)}
    if "\ufffd" in text:
        meta["decode_errors"] = str(len(re.findall("\ufffd+", text)))
    if error is not None:
        reason, detail = stream_reject(error, codec)
        meta[TRUNCATED] = f"{reason}: {detail} (after {offset + len(piece)} bytes of text)"
    return Document(text=text, format="text", sources=[Source(name)], encoding=label or encoding, meta=meta)


_UNCHECKED = "unchecked"


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _unchecked_damage(item: Document | Reject) -> Document | Reject:
    """``item`` of a ``.zst`` file of a frame without checksum whose bytes are not UTF-8. Damage inside such a frame
    decodes to other bytes without an error (helper hostile18), but so do a few stray bytes in a scraped UTF-8 dump,
    which the same file uncompressed keeps with U+FFFD: a UTF-8 text is kept, noted (``zstd_unchecked`` in its meta:
    how many places are not UTF-8), as a reject would lose every page of a dump for one bad byte. Bytes no charset
    reads are a ``bad_compressed`` reject (the frame is the likelier culprit than the text). A text in another charset
    (GBK, mixed pieces) is kept: its bytes tell nothing."""
    if isinstance(item, Document) and item.encoding == "utf-8":
        places = item.meta.get("decode_errors", "?")
        item.meta[UNCHECKED_NOTE] = (
            f"{places} places not UTF-8 in a zstd frame without a checksum: stray bytes, or a damaged frame whose "
            "text is garbage from the first of them"
        )
    if isinstance(item, Reject) and item.reason == "undecodable":
        item.reason = "bad_compressed"
        item.detail = (
            f"zstd: a frame without a checksum decodes to bytes no charset reads (a damaged frame): {item.detail}"
        )
    return item


def _saved(data: bytes, name: str) -> tuple[bytes, str | None] | Reject | None:
    """The body and content type of a file that is a saved HTTP response (:func:`.warc.saved_response`), a reject
    (a status that is not 2xx, a body that does not decode), or None for any other file."""
    try:
        saved = saved_response(data, MAX_INPUT_BYTES)
    except TooLarge as exc:
        return Reject(name, "too_large", f"a saved HTTP response whose body {exc}")
    except zlib.error as exc:
        return Reject(name, "bad_encoding", f"a saved HTTP response whose Content-Encoding does not decode: {exc}")
    if saved is None:
        return None
    status, ctype, body = saved
    if not 200 <= status < 300:
        return Reject(name, "http_status", f"{status}: a saved HTTP response")
    return body, ctype


def _html_type(ctype: str | None, is_html: bool) -> bool:
    """Whether a body served as ``ctype`` is read as HTML (its name's or its sniffed format when it says neither)."""
    lowered = (ctype or "").lower()
    return True if "html" in lowered or "xml" in lowered else False if "text/plain" in lowered else is_html


def _whole(read: Callable[[], bytes | Reject], name: str, is_html: bool) -> Document | Reject:
    """The document of a whole file's bytes, as ``read`` gives them (or why there is none). (``read`` is called
    here so that no caller holds the bytes once they are decoded.)"""
    data = read()
    if isinstance(data, Reject):
        return data
    if not data or data.isspace():  # (no copy, unlike strip)
        return Reject(name, "empty_file", "no content")
    declared = None
    if data[:5] == b"HTTP/":  # (a response saved with its headers: ``curl -i``)
        saved = _saved(data, name)
        if isinstance(saved, Reject):
            return saved
        if saved is not None:
            data, declared, is_html = saved[0], charset_from_content_type(saved[1]), _html_type(saved[1], is_html)
    elif data[:5] != b"From " and looks_like_mail(data[:SNIFF_BYTES]):  # (an MHTML save under a page's name; an mbox
        # under one stays what it was read as: a text dump)
        return mail_page(data, name)
    try:
        text, codec = decode_bytes(data, declared=declared, sniff_html=is_html)
    except DecodeError as exc:
        return Reject(name, exc.reason, exc.detail)
    del data
    if _NOT_BLANK.search(text) is None:
        return Reject(name, "empty_file", "only white space")
    meta = {"decode_errors": str(len(re.findall("\ufffd+", text)))} if "\ufffd" in text else {}
    return Document(
        text=text,
        format="html" if is_html else "text",
        sources=[Source(name)],
        encoding=codec,
        meta=meta,
    )
