"""Build the optional compiled sketch kernel (``cleaner/dedup/_sketch.c``) in place, for development and benchmarks:

    .venv/bin/python bench/build_sketch.py          # writes cleaner/dedup/_sketch.*.so (ignored by git)
    .venv/bin/python bench/build_sketch.py --clean  # removes it: the numpy path again

The package build adds the same extension (:func:`sketch_extension`) as optional; without it,
``cleaner.dedup.signature`` runs the numpy path, which gives the same sketches bit for bit.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def sketch_extension() -> Any:
    """The extension as the package build declares it (optional: a failed compile leaves the numpy path)."""
    from setuptools import Extension

    return Extension(
        "cleaner.dedup._sketch", sources=["cleaner/dedup/_sketch.c"], extra_compile_args=["-O3"], optional=True
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clean", action="store_true", help="remove the built kernel")
    args = ap.parse_args()
    if args.clean:
        for f in (ROOT / "cleaner" / "dedup").glob("_sketch.*.so"):
            f.unlink()
            print(f"removed {f}")
        return
    from setuptools import setup

    os.chdir(ROOT)
    setup(
        name="cleaner-sketch-kernel",
        ext_modules=[sketch_extension()],
        script_args=["build_ext", "--inplace", "--build-temp", str(ROOT / "build" / "sketch")],
    )
    sys.exit(0)


if __name__ == "__main__":
    main()
