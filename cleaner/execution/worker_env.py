"""Imported first by the fork server (:data:`cleaner.execution.executor.FORKSERVER_PRELOAD`), before the stage
modules: settings its workers need before they import anything.

Arrow's default memory pool (mimalloc) reserves up to 1 GiB of address space on its first allocation. A staged clean
worker imports pyarrow (its spill files), and under an address-space limit (``RLIMIT_AS`` 600 MB) it started its task
with ≈ 100 MB left: a JSONL line over the byte budget then failed its whole file (helper loss24). The workers use the
system allocator unless the user chose a pool (``ARROW_DEFAULT_MEMORY_POOL``). Only the fork server and its workers
are set: ``import cleaner`` leaves a library caller's process as it is (the command line sets its own process too).
"""

from __future__ import annotations

import os

os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
