"""The time limit's watchdog for one Ray worker process (:class:`cleaner.execution.ray_executor.RayExecutor`).

A Ray worker has no parent that watches its clock, as the local pool's parent does, and a thread of its own cannot
stop it: a page stuck in C code (lexbor, a regular expression, a mypyc-compiled loop) holds the GIL, so no other
thread of the process runs Python. So each worker starts this small process (run as a script: it imports nothing
of ``cleaner`` and starts in ≈ 20 ms), which reads the worker's slot — a few bytes the worker writes when a piece
of work starts and ends (:data:`SLOT`) — and its CPU time from ``/proc``. Past the limit (or ``wall_factor``
times it of wall time) it leaves a file named by the map and the piece in ``folder``, so the piece is skipped
when the task runs again, and kills the worker (SIGKILL). It ends when the worker is gone.

    python watchdog.py PID SLOT_FILE FOLDER TICK WALL_FACTOR
"""

from __future__ import annotations

import mmap
import os
import signal
import struct
import sys
import time

SLOT = struct.Struct("<qQdddd")
"""Sequence (odd while a piece runs; written last), the map's token, the piece's key (a 48-bit hash), the worker's CPU
seconds and the monotonic clock at the piece's start, the piece's limit in CPU seconds."""

try:
    _TICKS = float(os.sysconf("SC_CLK_TCK"))
except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
    _TICKS = 100.0


def timeout_name(token: int, key: float) -> str:
    """The name of the file that says the piece ``key`` of the map ``token`` took too long."""
    return f"{token:016x}-{int(key):012x}"


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of process ``pid``, None when it is gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        end = stat.rindex(b")")
        fields = stat[end + 2 :].split()
        if fields[0] in (b"Z", b"X"):
            return None
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, ValueError, IndexError):
        return None


def watch(pid: int, slot_file: str, folder: str, tick: float, wall_factor: float) -> None:
    """Watch worker ``pid`` through its slot until it ends (or is killed here)."""
    with open(slot_file, "rb") as fh:
        slot = mmap.mmap(fh.fileno(), SLOT.size, access=mmap.ACCESS_READ)
    os.unlink(slot_file)  # the worker has it open too; nothing is left behind however either ends
    while True:
        time.sleep(tick)
        cpu = cpu_seconds(pid)
        if cpu is None:
            return
        seq, token, key, cpu0, wall0, limit = SLOT.unpack(slot[: SLOT.size])
        if seq % 2 == 0 or (cpu - cpu0 <= limit and time.monotonic() - wall0 <= wall_factor * limit):
            continue
        if SLOT.unpack(slot[: SLOT.size])[0] != seq:
            continue  # that piece ended meanwhile
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, timeout_name(token, key)), "wb"):
            pass
        os.kill(pid, signal.SIGKILL)
        return


if __name__ == "__main__":
    watch(int(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5]))
