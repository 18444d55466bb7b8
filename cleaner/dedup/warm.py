"""Import this module to load the dedup map step's dictionaries once (rjieba ≈ 0.3 s, the kernel's segmenter
≈ 0.07 s, OpenCC, permutations).

Meant for process pools that fork workers from a prepared parent, e.g. a fork server's preload list
(``"cleaner.dedup.warm"``): every worker then starts with the dictionaries in memory instead of loading them
on its first document. Importing it has no other effect.
"""

from __future__ import annotations

from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import _jieba_pieces, sketch_text

_jieba_pieces()  # (the kernel's segmenter: its dictionary)
sketch_text("warm", "微信發佈 warm-up 文本。", DedupParams())
