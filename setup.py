"""Build: the hot modules compiled with mypyc, optional C extensions; pure Python when they cannot be built.

Everything else about the distribution is in pyproject.toml. ``CLEANER_PURE=1`` skips every compiled module.
``python setup.py --sources`` prints the sources of the compiled modules (the Makefile rebuilds when one changes).
"""

import glob
import hashlib
import json
import os
import sys
import time

# The modules compiled with mypyc: add a module's source here to compile it (it must pass mypy --strict, and no
# test may monkeypatch a name it calls: a compiled module calls its functions directly).
MYPYC_SOURCES = [
    "cleaner/extraction/__init__.py",
    "cleaner/extraction/content.py",
    "cleaner/extraction/dom.py",
    "cleaner/extraction/metadata.py",
    "cleaner/extraction/structured.py",
    "cleaner/extraction/thread.py",
    "cleaner/extraction/shortposts.py",
    "cleaner/text/scriptfold.py",
    "cleaner/input/decoding.py",
    # the text pass and the collapse's own work (docs/speed-profile-5.md: the rest of cleaner/dedup and the readers gain
    # little for their compile time, and the protocols of dedup/index.py and dedup/fields.py do not compile)
    "cleaner/text/textclean.py",
    "cleaner/dedup/collapse.py",
    "cleaner/dedup/verify.py",
    "cleaner/dedup/lists.py",
    "cleaner/dedup/split.py",  # (its line counts: ≈ 5 % of collapse() on the speed corpus pure, more on raw crawls)
    # the rules' own side of the text pass (the scan's glue, kinds_given, maybe_glued, Matcher.first: ≈ 0.15 CPU-s of
    # ≈ 1.7 on the pipeline corpus of make bench-dedup, interpreted under the compiled clean_lines; pipeline-speed-32.md)
    "cleaner/rules/__init__.py",
    "cleaner/rules/prefilter.py",
]

# Plain C extensions, as setuptools.Extension keyword arguments (name, sources, ...): each one is optional (a
# module whose build fails is left out, with a warning; its Python module stays the one imported).
C_EXTENSIONS: list[dict[str, object]] = [
    # the sketch kernel (cleaner/dedup/_sketch.c): bit-identical to the numpy path of cleaner/dedup/signature.py,
    # which runs when it is missing; AVX2 is chosen at run time, so no -march flag
    {
        "name": "cleaner.dedup._sketch",
        "sources": ["cleaner/dedup/_sketch.c"],
        "extra_compile_args": [] if os.name == "nt" else ["-O3"],
    },
    # the DOM walk's attribute reads (cleaner/extraction/_speedups.c): lexbor's functions found in selectolax's own
    # module by dlopen / dlsym; checked against the Python path on a probe page when cleaner/extraction/dom.py loads
    *(
        []
        if os.name == "nt"
        else [{"name": "cleaner.extraction._speedups", "sources": ["cleaner/extraction/_speedups.c"], "extra_compile_args": ["-O2"]}]
    ),
]

# Written beside the compiled modules: each source's size and SHA-256 at build time (cleaner/_build.py reads it on
# import and warns when a source no longer matches the module compiled from it).
RECORD = "cleaner/_compiled.json"

if __name__ == "__main__" and sys.argv[1:] == ["--sources"]:
    print(" ".join([*MYPYC_SOURCES, *(src for kw in C_EXTENSIONS for src in kw["sources"])]))  # type: ignore[attr-defined]
    sys.exit(0)

from setuptools import Extension, setup  # noqa: E402
from setuptools.command.build_ext import build_ext  # noqa: E402

PURE = os.environ.get("CLEANER_PURE", "").strip() not in ("", "0")
OPT_LEVEL = os.environ.get("CLEANER_MYPYC_OPT", "3")
_PLACEHOLDER = Extension("cleaner.__compiled__", sources=[])
"""Stands for the compiled modules until build_ext runs: translating them takes a minute, which metadata and sdist
builds need not pay; with it the wheel is marked as one for this platform."""


_MYPY_FLAGS = [
    "--ignore-missing-imports",
    "--follow-imports=silent",
    "--no-warn-unused-ignores",
    "--no-warn-return-any",
    "--allow-subclassing-any",
]
"""The type check the compile needs runs in the build environment, which holds only the build requirements: modules
of other distributions it cannot find are of unknown type, and the errors that makes in modules not compiled are not
shown (the code is checked strictly by `make lint`)."""


def _say(msg: str) -> None:
    """A line in the build log that stands out (pip shows it with -v; the warning also goes to stderr)."""
    print(f"\n*** story-cleaner: {msg}\n", file=sys.stderr, flush=True)


def _module(src: str) -> str:
    return src.removesuffix(".py").replace("/", ".").removesuffix(".__init__")


def _inputs() -> str:
    """A digest of what the compiled modules are built from: every source of the package (the types of the modules
    they import count), this file, the mypy version and the optimisation level."""
    try:
        from mypy.version import __version__ as mypy_version
    except ImportError:
        mypy_version = "none"
    digest = hashlib.sha256(f"{mypy_version} {OPT_LEVEL} {sys.version}".encode())
    for path in [*sorted(glob.glob("cleaner/**/*.py", recursive=True)), "setup.py"]:
        with open(path, "rb") as f:
            digest.update(path.encode() + b"\0" + f.read())
    return digest.hexdigest()


def _sources() -> dict[str, object]:
    """Size and SHA-256 of each source of :data:`MYPYC_SOURCES` by module name, read before the translation (a source
    edited during the build then counts as changed)."""
    record: dict[str, object] = {}
    for src in MYPYC_SOURCES:
        with open(src, "rb") as f:
            data = f.read()
        record[_module(src)] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return record


def _record(root: str, inputs: str, sources: dict[str, object]) -> None:
    """Write :data:`RECORD` under ``root`` (the build folder, or the source tree for an in-place build) once the
    modules are compiled: its time stamp is the build's."""
    path = os.path.join(root, RECORD)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"inputs": inputs, **sources}, f, indent=1, sort_keys=True)


def _inplace_binaries(root: str = ".") -> list[str]:
    """The compiled modules of an earlier build under ``root`` (the tree: an in-place, editable build), and its
    record."""
    found = glob.glob(os.path.join(root, "cleaner__mypyc.*")) + glob.glob(os.path.join(root, RECORD))
    for src in MYPYC_SOURCES:
        found += [
            p for p in glob.glob(os.path.join(root, src.removesuffix(".py") + ".*")) if p.endswith((".so", ".pyd"))
        ]
    return found


def _current(inputs: str) -> bool:
    """Does the source tree hold the compiled modules of an in-place build from the same inputs?"""
    try:
        with open(RECORD, encoding="utf-8") as f:
            if json.load(f).get("inputs") != inputs:
                return False
    except (OSError, ValueError):
        return False
    binaries = _inplace_binaries()
    return bool(glob.glob("cleaner__mypyc.*")) and len(binaries) == len(MYPYC_SOURCES) + 2


def _mypyc_extensions() -> list[Extension]:
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        _say(f"mypyc is not available ({exc}): installing pure Python (slower extraction)")
        return []
    started = time.monotonic()
    try:
        exts = mypycify(
            [*_MYPY_FLAGS, *MYPYC_SOURCES],
            opt_level=OPT_LEVEL,
            group_name="cleaner",
        )
    except (Exception, SystemExit) as exc:  # a type error makes mypyc exit
        _say(f"mypyc could not translate the modules ({exc!r}): installing pure Python (slower extraction)")
        return []
    print(f"mypyc: translated {len(MYPYC_SOURCES)} modules in {time.monotonic() - started:.0f} s", file=sys.stderr)
    for ext in exts:
        ext._cleaner_mypyc = True  # type: ignore[attr-defined]
    return exts


_TRANSLATED: dict[bool, tuple[list[Extension], str, dict[str, object]]] = {}


def _translate(inplace: bool) -> tuple[list[Extension], str, dict[str, object]]:
    """The mypyc extensions to build (none: pure, or the tree's are current) and the digest of their inputs; once
    a process."""
    if inplace not in _TRANSLATED:
        mypyc: list[Extension] = []
        inputs = ""
        sources = _sources()
        if PURE:
            _say("CLEANER_PURE is set: installing pure Python (no module compiled)")
        elif inplace and _current(inputs := _inputs()):
            print("mypyc: the compiled modules in the tree are current (same inputs): kept", file=sys.stderr)
        else:
            inputs = inputs or _inputs()
            mypyc = _mypyc_extensions()
        if inplace and not mypyc and (PURE or (inputs and not _current(inputs))):
            for path in _inplace_binaries():  # an earlier build's: they would run instead of the sources
                os.remove(path)
        _TRANSLATED[inplace] = (mypyc, inputs, sources)
    return _TRANSLATED[inplace]


class BuildExt(build_ext):
    """Translates the modules of :data:`MYPYC_SOURCES` when it runs (not when setup.py is read or the metadata
    made), builds them all or nothing (they share one library) and each C extension on its own; a failure (no
    compiler, a compile error) leaves the failed part out with a warning instead of failing the install. An
    in-place (editable) build whose inputs have not changed since the last one keeps its binaries."""

    def run(self) -> None:
        inplace = bool(self.inplace)
        plain = [e for e in self.extensions if e is not _PLACEHOLDER]
        mypyc, inputs, sources = _translate(inplace) if _PLACEHOLDER in self.extensions else ([], "", {})
        if not mypyc and not inplace:
            for path in _inplace_binaries(self.build_lib):  # an earlier build's: not for a pure wheel
                os.remove(path)
        if mypyc:
            self._adopt(mypyc)
        kept: list[Extension] = []
        if mypyc:
            started = time.monotonic()
            if self._try(mypyc, inplace):
                kept += mypyc
                print(f"mypyc: compiled in {time.monotonic() - started:.0f} s", file=sys.stderr)
                _record("." if inplace else self.build_lib, inputs, sources)
            else:
                _say("compiling the mypyc modules failed (see above): installing them as pure Python")
                if inplace:
                    for path in _inplace_binaries():
                        os.remove(path)
        for ext in plain:
            if self._try([ext], inplace):
                kept.append(ext)
            else:
                _say(f"building the C extension {ext.name} failed (see above): using its pure Python module")
        self.extensions = kept
        # what the wheel holds; an editable one maps the top-level names it is told of (kept in the tree: the group's)
        current = inplace and not mypyc and inputs and not PURE
        self.distribution.ext_modules = [*kept, *([Extension("cleaner__mypyc", [])] if current else [])] or [
            _PLACEHOLDER
        ]

    def _adopt(self, exts: list[Extension]) -> None:
        """The fields setuptools' ``finalize_options`` gives each extension (it ran with the placeholder)."""
        self.check_extensions_list(exts)
        for ext in exts:
            ext._full_name = name = self.get_ext_fullname(ext.name)  # type: ignore[attr-defined]
            self.ext_map[name] = self.ext_map[name.split(".")[-1]] = ext
            ext._links_to_dynamic = ext._needs_stub = False  # type: ignore[attr-defined]
            ext._file_name = self.get_ext_filename(name)  # type: ignore[attr-defined]

    def _try(self, exts: list[Extension], inplace: bool) -> bool:
        self.extensions = exts
        # build_ext.run replaces the compiler's name (None: the platform's) by the compiler object it makes, and a
        # second run given that object fails ("don't know how to compile C/C++ code"): each part starts from the name
        spec = self.__dict__.setdefault("_compiler_spec", self.compiler)
        self.compiler = spec
        try:
            super().run()
        except Exception as exc:  # CompileError, LinkError, a missing compiler ...
            print(f"build_ext: {exc!r}", file=sys.stderr)
            for ext in exts:  # no half-built group in the wheel or the tree
                path = self.get_ext_fullpath(ext.name)
                if os.path.exists(path):
                    os.remove(path)
            return False
        finally:
            self.inplace = inplace
        return True


setup(
    ext_modules=[_PLACEHOLDER, *(Extension(**kw) for kw in C_EXTENSIONS)],  # type: ignore[arg-type]
    cmdclass={"build_ext": BuildExt},
)
