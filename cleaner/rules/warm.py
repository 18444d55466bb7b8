"""Import this module to compile the packaged rules once (≈ 0.5 CPU-s: a few hundred alternations of the anchored
rules, :class:`~cleaner.rules._Dispatch`; ≈ 2.4 before pipespeed33) in a process that others fork from.

Meant for a fork server's preload list (``"cleaner.rules.warm"``): a worker rebuilds the rules it receives with every
batch of tasks, and with the packaged ones already compiled in its parent (the ``_dispatch`` cache and the ``re``
module's cache) it does not compile them again — before, every worker of every run paid the compile. Rules files of
a user's own are compiled by each worker as before. Importing it has no other effect.
"""

from __future__ import annotations

from cleaner.rules import default_rules

default_rules().compile()
