"""Execution: how the per-document stages are mapped over inputs. Serial, process-pool and Ray executors behind one
ordered map (:mod:`.executor`, :mod:`.ray_executor`; the per-page time limit), the collapse's candidate grouping
partitioned by band key (:mod:`.partition`), and ``cleaner run`` as resumable stages over shards on disk
(:mod:`.staged`). :mod:`cleaner.pipeline` wires the stages together on top of these."""
