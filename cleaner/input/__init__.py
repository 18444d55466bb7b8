"""The readers' parts: the byte budget and safe opening (:mod:`.base`), format sniffing (:mod:`.sniff`),
JSONL records (:mod:`.jsonl`) and WARC / WET records (:mod:`.warc`). :mod:`cleaner.input.readers` puts them together."""
