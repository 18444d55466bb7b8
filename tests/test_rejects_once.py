"""A worker's batch file of rejects is a segment of the driver's spool as it is (helper pipe31): an in-memory run
copies its rejects' bytes once, into ``rejects.jsonl`` (before: worker file → spool → ``rejects.jsonl``), in batch
order, the spool's own segments (a batch redone in the driver) in their places."""

from __future__ import annotations

import io
import os
from pathlib import Path

from cleaner.document import Reject
from cleaner.rejectfile import BatchRejects, RejectSpool, reject_line


def _batch(folder: str, name: str, rejects: list[Reject]) -> BatchRejects:
    batch = BatchRejects(os.path.join(folder, name))
    with open(batch.path, "wb") as fh:
        for r in rejects:
            batch.write(fh, r)
    return batch


def test_batch_files_are_read_in_place_in_key_order_and_removed_on_close(tmp_path: Path) -> None:
    a = [Reject(f"a{k}.txt", "empty", "no text") for k in range(3)]
    b = [Reject("b.txt", "too_short", "短")]
    c = [Reject(f"c{k}.txt", "empty", "") for k in range(2)]
    with RejectSpool(str(tmp_path)) as spool:
        folder = spool.batch_folder(".reject-batches-")
        assert Path(folder).parent == tmp_path
        spool.add_file(2, _batch(folder, "batch-2.jsonl", c))
        spool.add(1, b)  # (a batch redone file by file in the driver: its rejects in the spool's own file)
        spool.add_file(0, _batch(folder, "batch-0.jsonl", a))
        spool.add_file(3, _batch(folder, "batch-3.jsonl", []))  # (empty: removed at once)
        assert sorted(os.listdir(folder)) == ["batch-0.jsonl", "batch-2.jsonl"]
        assert spool._fh.seek(0, 2) == len(reject_line(b[0]))  # (the batch files' bytes not copied into it)
        out = io.BytesIO()
        spool.copy_to(out)
        assert out.getvalue() == b"".join(map(reject_line, [*a, *b, *c]))
        assert list(spool.lines()) == [reject_line(r) for r in [*a, *b, *c]]
        assert spool.rejects() == [*a, *b, *c]
        assert spool.n == 6 and spool.counts == {"empty": 5, "too_short": 1}
        Path(folder, "batch-9.jsonl").write_bytes(b"")  # (what a dead worker left)
    assert not Path(folder).exists()
    assert [p.name for p in tmp_path.iterdir()] == []
