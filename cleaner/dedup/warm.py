"""Import this module to load the dedup map step's dictionaries once (the kernel's segmenter ≈ 0.07 s and 18 MB, or
rjieba ≈ 0.3 s and 36 MB where the kernel's cut is not the one checked; OpenCC, permutations): what the batch path
(:func:`~cleaner.dedup.signature.sketch_batch`) uses, and no more — every process of a pool holds it.

Meant for process pools that fork workers from a prepared parent, e.g. a fork server's preload list
(``"cleaner.dedup.warm"``): every worker then starts with the dictionaries in memory instead of loading them
on its first document. Importing it has no other effect.
"""

from __future__ import annotations

from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import sketch_batch

sketch_batch([("warm", "微信發佈 warm-up 文本。")], DedupParams())
