"""``python -m cleaner``: the command line (:mod:`cleaner.cli`), for an environment without the ``cleaner`` script
on its ``PATH``."""

from __future__ import annotations

if __name__ == "__main__":  # (a worker process of a fork server or spawn imports this module as __mp_main__)
    from cleaner.cli import main

    main()
