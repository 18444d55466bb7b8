"""Cleaning rules as data: packaged TOML files, extended or overridden by user files.

The format is documented at the top of ``default.toml`` beside this module. Every
``*.toml`` shipped in this package is loaded (sorted by name), then each user file
in order: a rule with a known name replaces it, a new name adds a rule, and a
top-level ``disable = [...]`` switches rules off by name.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

import regex

from cleaner._build import by_init
from cleaner.errors import RulesError
from cleaner.rules import prefilter
from cleaner.rules.timed import TimedRegex

__all__ = ["KINDS", "Matcher", "Rule", "Rules", "default_rules", "load_rules"]

KINDS = ("site_suffix", "aggregator", "breadcrumb", "cut_tail", "cut_list", "meta", "strip", "drop_line")

try:  # the stdlib regex parser, to find a literal every match must contain
    import re._constants as _sre_const  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - other Pythons
    _sre_parse = None
    _sre_const = None


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    name: str
    pattern: str
    regex: re.Pattern[str] | TimedRegex
    """``re`` for the packaged rules; a user file's rule runs on ``regex`` with a time-out (:mod:`.timed`)."""
    trigger: str | None
    """A substring every match contains: lines without it skip the regex."""
    origin: str
    """``file:line`` the rule was read from."""
    min_len: int = 0
    max_len: int = 1 << 30
    """Lengths of line a pattern anchored at both ends (``^…$``) can match; others: any."""
    anchored: bool = False
    """The pattern starts with ``^``: ``match`` instead of ``search``."""
    triggers: tuple[str, ...] | None = None
    """Like ``trigger`` for a pattern that is one alternation: one of these is in every match."""
    first: frozenset[str] | None = None
    """For an anchored rule: the characters a (stripped) line it matches can start with."""
    heads: str | None = None
    """A tail or list rule's line heads this kind of section (:data:`HEADS`); ``None``: not stated (a rule that
    replaces another of its name keeps that one's), ``""``: none."""

    def __reduce__(self) -> tuple[type[Rule], tuple[Any, ...]]:
        return by_init(self)  # (through __init__: see cleaner._build.by_init)

    @property
    def timed(self) -> bool:
        """From a user file: its regex runs with a time-out, never inside the combined ``re`` alternations."""
        return isinstance(self.regex, TimedRegex)

    def applies(self, line: str) -> bool:
        if not (self.min_len <= len(line) <= self.max_len):
            return False
        if self.first is not None and line and _dispatchable(line[0]) and line[0] not in self.first:
            return False  # an anchored rule looks at the start of the line only
        if self.trigger is not None:
            return self.trigger in line
        if self.triggers is None:
            return True
        for t in self.triggers:  # substring tests beat a regex alternation on long lines
            if t in line:
                return True
        return False


def applicable(rules: Sequence[Rule], line: str) -> list[Rule]:
    """``[r for r in rules if r.applies(line)]``, in one loop: the line's length and first character are looked at
    once, not once a rule (the strip and meta rules are asked of every line that may hold glued boilerplate)."""
    size = len(line)
    head = line[0] if line and _dispatchable(line[0]) else ""
    out = []
    for r in rules:
        if not r.min_len <= size <= r.max_len or (head and r.first is not None and head not in r.first):
            continue
        if r.trigger is not None:
            if r.trigger in line:
                out.append(r)
        elif r.triggers is None or _holds_one(line, r.triggers):
            out.append(r)
    return out


def _holds_one(line: str, words: tuple[str, ...]) -> bool:
    for w in words:  # substring tests beat a regex alternation on long lines
        if w in line:
            return True
    return False


def _dispatchable(ch: str) -> bool:
    """Can the first-character tables decide for a line starting with ``ch``? (see :func:`_first_chars`)"""
    return not ch.isspace() and (ch.isascii() or ch.lower() == ch.upper())


_GROUP_DEF = re.compile(r"\(\?P<(\w+)>")
_GROUP_REF = re.compile(r"\(\?P=(\w+)\)")


class Matcher:
    """All rules of one kind, asked as one question: which rule matches this line first?

    Rules anchored with ``^`` are compiled into one alternation tried at the start of
    the line (one regex call for all of them); the others are tried one by one after a
    cheap substring check. Rule order decides between several matches.
    """

    __slots__ = ("_combined", "_dispatch", "_fields", "_gates", "_order", "_others", "_start", "rules")

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._order = {(r.kind, r.name): i for i, r in enumerate(self.rules)}
        # anchored rules whose every match holds a long ASCII literal (".{0,60}\bsign up …", tried at up to 60
        # offsets in the alternation): asked one by one, after a substring test on the lower-cased line
        gates = {r.name: lits for r in self.rules if r.anchored and not r.timed and (lits := _gate_of(r)) is not None}
        anchored = [r for r in self.rules if r.anchored and not r.timed and r.name not in gates]
        self._others = tuple(r for r in self.rules if not r.anchored or r.timed or r.name in gates)
        self._gates = tuple(gates.get(r.name) if r.anchored and not r.timed else None for r in self._others)
        self._fields: dict[int, dict[str, str]] = {}
        parts = []
        for i, rule in enumerate(anchored):
            body = rule.pattern[1:]
            self._fields[i] = {g: f"r{i}_{g}" for g in rule.regex.groupindex}
            body = _GROUP_DEF.sub(f"(?P<r{i}_\\1>", body)
            body = _GROUP_REF.sub(f"(?P=r{i}_\\1)", body)
            parts.append(f"(?P<r{i}>{body})")
        self._combined = (re.compile("|".join(parts)), tuple(anchored)) if parts else None
        # as in _GluedFilter: by the first character of the line, only the alternatives that can match
        # (a subset in rule order, so the first that matches is the same)
        self._dispatch = _dispatch(tuple(parts), tuple(_first_chars(r.pattern) for r in anchored))
        self._start: dict[str, re.Pattern[str] | _Either | None] = {}

    def first(self, line: str) -> tuple[Rule, dict[str, str | None]] | None:
        """The first rule (in rule order) that matches ``line``, with its named groups."""
        best: tuple[Rule, dict[str, str | None]] | None = None
        if self._combined is not None:
            regex, anchored = self._combined
            rx: re.Pattern[str] | _Either | None = regex
            if line:
                ch = line[0]
                if ch in self._start:
                    rx = self._start[ch]
                else:
                    if _dispatchable(ch):
                        rx = self._dispatch.subset(ch)
                    self._start[ch] = rx
            m = rx.match(line) if rx is not None else None
            if m is not None and m.lastgroup is not None:
                i = int(m.lastgroup[1:])
                best = (anchored[i], {g: m.group(name) for g, name in self._fields[i].items()})
        low: str | None = None
        lowered = False
        size = len(line)
        head = line[0] if line and _dispatchable(line[0]) else ""  # (Rule.applies, inline: asked once per line)
        for rule, gate in zip(self._others, self._gates, strict=True):
            if best is not None and self._order[rule.kind, rule.name] > self._order[best[0].kind, best[0].name]:
                break
            if not rule.min_len <= size <= rule.max_len or (rule.first is not None and head and head not in rule.first):
                continue
            if rule.trigger is not None:
                if rule.trigger not in line:
                    continue
            elif rule.triggers is not None and not _holds_one(line, rule.triggers):
                continue
            if gate is not None:
                if not lowered:
                    low, lowered = _lowered(line), True
                if not _may_hold(low, gate):
                    continue
            m2 = rule.regex.search(line)
            if m2 is not None:
                best = (rule, m2.groupdict())
                break
        return best

    def any(self, line: str) -> bool:
        return self.first(line) is not None


class _Dispatch:
    """The alternatives of an anchored alternation that can match a line starting with a character.

    Each answer asks the subset of ``parts`` (in order) that can match: those of unknown first character
    (``always``) in one alternation, compiled once, and those the character adds (``digit`` for a decimal digit, and
    ``by_char``) in another, one per character (:class:`_Either` asks both: the same match). Every alternation a line
    can ask for is compiled when the rules are loaded (a fraction of a CPU-second once per process; compiled on first
    use instead, they cost the first pages of every run), and shared per process (:func:`_dispatch`): rules sent to a
    worker with every batch of tasks are rebuilt without recompiling. (One alternation per character holding the
    ``always`` ones as well compiled them again for every character: 4,823 alternatives for the 183 drop_line
    rules, ≈ 2 of the 2.4 CPU-s every process of a run paid to compile the rules; pipespeed33.)
    """

    def __init__(self, parts: tuple[str, ...], firsts: tuple[frozenset[str] | None, ...]) -> None:
        self.parts = parts
        self.always = [i for i, f in enumerate(firsts) if f is None]
        self.digit = [i for i, f in enumerate(firsts) if f is not None and _DIGIT in f]
        self.by_char: dict[str, list[int]] = {}
        for i, f in enumerate(firsts):
            for ch in f or ():
                if ch != _DIGIT:
                    self.by_char.setdefault(ch, []).append(i)
        self.base = self._alternation(tuple(self.always))
        self.compiled: dict[tuple[int, ...], re.Pattern[str] | _Either | None] = {}
        for idx in {self._own(ch) for ch in (*self.by_char, "0", "\u0660", "")}:  # every answer subset() gives
            self.compiled[idx] = self._joined(idx)

    def _alternation(self, idx: tuple[int, ...]) -> re.Pattern[str] | None:
        return re.compile("|".join(self.parts[i] for i in idx)) if idx else None

    def _joined(self, own: tuple[int, ...]) -> re.Pattern[str] | _Either | None:
        rx = self._alternation(own)
        if rx is None or self.base is None:
            return rx or self.base
        return _Either(self.base, rx)

    def _own(self, ch: str) -> tuple[int, ...]:
        """The alternatives ``ch`` adds to ``always``."""
        return tuple(sorted({*(self.digit if ch.isdecimal() else ()), *self.by_char.get(ch, ())}))

    def subset(self, ch: str) -> re.Pattern[str] | _Either | None:
        """The alternation for a line starting with ``ch`` (a :func:`_dispatchable` one)."""
        idx = self._own(ch)
        if idx not in self.compiled:  # a fallback: every answer was compiled up front
            self.compiled[idx] = self._joined(idx)
        return self.compiled[idx]


class _Either:
    """Two alternations asked as their union in rule order (the parts of one before or after each part of the
    other): ``match`` gives the match the alternation of all their parts would. That alternation's match is its
    first part that matches at the start (nothing follows the alternation, so no later failure backtracks into the
    next part); a part named ``(?P<rN>…)`` (:class:`Matcher`) gives its rule's place N as the match's ``lastgroup``,
    so of two matches the one of the lower N. Parts without names (:class:`_GluedFilter`, which asks only whether
    one matches): the first alternation's match."""

    __slots__ = ("a", "b")

    def __init__(self, a: re.Pattern[str], b: re.Pattern[str]) -> None:
        self.a = a
        self.b = b

    def match(self, line: str) -> re.Match[str] | None:
        m = self.a.match(line)
        n = self.b.match(line)
        if m is None or n is None:
            return m or n
        x, y = m.lastgroup, n.lastgroup
        if x is not None and y is not None and x[:1] == "r" == y[:1] and int(y[1:]) < int(x[1:]):
            return n
        return m


_RECEIVED: dict[bytes, Rules] = {}
"""Rules unpickled in this process, by digest of their pickled rule list."""


def _rules_from_wire(digest: bytes, blob: bytes) -> Rules:
    rules = _RECEIVED.get(digest)
    if rules is None:
        if len(_RECEIVED) >= 8:
            _RECEIVED.clear()
        rule_list, files, phrases = pickle.loads(blob)
        # compiled here, not on first use: a worker asks them all, and a page's time limit must not pay for it (a Ray
        # worker, with no fork server's preload, compiled them inside its first page's limit: a timeout)
        rules = _RECEIVED[digest] = Rules(rule_list, files, phrases).compile()
    return rules


@lru_cache(maxsize=32)
def _dispatch(parts: tuple[str, ...], firsts: tuple[frozenset[str] | None, ...]) -> _Dispatch:
    return _Dispatch(parts, firsts)


@dataclass(frozen=True, slots=True)
class Rules:
    rules: tuple[Rule, ...]
    files: tuple[str, ...] = ()
    phrases: tuple[tuple[str, str], ...] = ()
    """Regional word → mainland word, from the ``[phrases]`` tables of user files: added to the packaged
    ``phrases.txt`` for the phrase fold of Traditional Chinese pages (:mod:`cleaner.text.scriptfold`)."""
    _by_kind: dict[str, tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)
    _matchers: dict[str, Matcher] = field(default_factory=dict, compare=False, repr=False)
    _glued: list[_GluedFilter | _Pending] = field(default_factory=list, compare=False, repr=False)
    _suffix: list[re.Pattern[str] | TimedRegex | None] = field(default_factory=list, compare=False, repr=False)
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """Scratch space for the cleaning functions (results for recurring lines); not pickled."""
    _wire: list[tuple[bytes, bytes]] = field(default_factory=list, compare=False, repr=False)
    """(digest, pickled rule list), made on first pickling: what every task of a map ships."""
    _heads: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._heads.update((f"{r.kind}.{r.name}", r.heads) for r in self.rules if r.heads)
        for kind in KINDS:
            self._by_kind[kind] = tuple(r for r in self.rules if r.kind == kind)
        self._glued.extend((_Pending(self, 0), _Pending(self, 1)))  # (the line filters: built by the first question)
        # The matchers compile on first use (≈ 0.5 CPU-s for the packaged rules): a run's driver, which hands the
        # rules to its workers, never compiles them; :meth:`compile` does it up front (a fork server's preload, a
        # worker receiving the rules: :func:`_rules_from_wire`).

    def compile(self) -> Rules:
        """Compile every matcher now instead of on first use; returns ``self``."""
        for kind in KINDS:
            self.matcher(kind)
        self._filters()
        _ = self.site_suffix
        return self

    def _filters(self) -> list[_GluedFilter | _Pending]:
        """The two line filters (strip and meta rules; every line rule), built on first use in place of their
        :class:`_Pending` placeholders."""
        if isinstance(self._glued[0], _Pending):
            strip_meta = _GluedFilter(self._by_kind["strip"] + self._by_kind["meta"])
            line_kinds = ("breadcrumb", "cut_tail", "cut_list", "meta", "strip", "drop_line")
            lines = _GluedFilter(tuple(r for k in line_kinds for r in self._by_kind[k]))
            if isinstance(self._glued[0], _Pending):  # (another thread may have built them meanwhile: theirs kept)
                self._glued[:] = [strip_meta, lines]
        return self._glued

    def heads(self, name: str) -> str:
        """What the line of the rule ``name`` (``kind.name``) heads (:data:`HEADS`); "" when it heads nothing."""
        return self._heads.get(name, "")

    def touched(self, lines: Sequence[str]) -> set[int] | None:
        """The indices of ``lines`` (stripped, one line each) that a line rule may touch: every line for which
        :meth:`untouched` is false is among them (the others are untouched), found by one compiled scan of all
        of them (:mod:`cleaner.rules.prefilter`); ``None`` when there is no such scan (ask line by line)."""
        return self._glued[1].touched(lines)

    def scan(self, lines: Sequence[str]) -> dict[int, set[int]] | None:
        """:meth:`touched`, each index with what the scan found on its line (for :meth:`untouched_given`)."""
        return self._glued[1].scan(lines)

    def untouched_given(self, line: str, found: set[int]) -> bool:
        """:meth:`untouched` of a line on which :meth:`scan` found ``found``: only the rules it may match asked."""
        return not self._glued[1].maybe_given(line, found)

    def kinds_given(self, line: str, found: set[int]) -> frozenset[str] | None:
        """The kinds of the line rules that may match a line on which :meth:`scan` found ``found``: those of the
        rules whose test :meth:`untouched_given` makes holds and of the rules whose trigger literal was found and
        whose regex finds a match (a superset of the kinds with a rule that matches; empty when
        :meth:`untouched_given` is true, and when no rule of a found trigger literal matches), or ``None`` when it
        cannot say (an odd character found: ask :meth:`untouched`)."""
        return self._glued[1].kinds_given(line, found)

    def untouched(self, line: str) -> bool:
        """True when no line rule (breadcrumb, cut_tail, cut_list, meta, strip, drop_line) can match ``line``.

        Two regex calls (rule anchors at the line start, trigger substrings) instead
        of asking every rule; most lines of prose end here.
        """
        return not self._glued[1].maybe(line)

    @property
    def site_suffix(self) -> re.Pattern[str] | TimedRegex | None:
        """One regex for every portal title suffix (``_网易财经``); group ``site``."""
        if not self._suffix:
            sites = [f"(?:{r.pattern})" for r in self._by_kind["site_suffix"]]
            found: re.Pattern[str] | TimedRegex | None = None
            if sites:
                suffix = r"(?:_|\s*[|｜]\s*|\s+[-–—]\s+)\s*(?P<site>" + "|".join(sites) + r")\s*$"
                timed = any(r.timed for r in self._by_kind["site_suffix"])
                found = TimedRegex(suffix, "site_suffix") if timed else re.compile(suffix)
            if not self._suffix:
                self._suffix.append(found)
        return self._suffix[0]

    def __reduce__(self) -> tuple[Any, tuple[bytes, bytes]]:
        # The compiled matchers are rebuilt on the other side (a worker process), once per process: every task
        # of a map ships the rules again, and a worker keeps its copy (and that copy's line memory) by digest.
        if not self._wire:
            blob = pickle.dumps((self.rules, self.files, self.phrases), protocol=pickle.HIGHEST_PROTOCOL)
            self._wire.append((hashlib.blake2b(blob, digest_size=16).digest(), blob))
        return (_rules_from_wire, self._wire[0])

    def of(self, kind: str) -> tuple[Rule, ...]:
        return self._by_kind[kind]

    def matcher(self, kind: str) -> Matcher:
        try:
            return self._matchers[kind]
        except KeyError:
            if kind not in KINDS:
                raise
            return self._matchers.setdefault(kind, Matcher(self._by_kind[kind]))

    def names(self) -> list[str]:
        return [f"{r.kind}.{r.name}" for r in self.rules]

    def maybe_glued(self, line: str) -> bool:
        """Cheap test: could a strip or meta rule match ``line``? (False means surely not.)"""
        return self._glued[0].maybe(line)


class _Pending:
    """A line filter of :class:`Rules` not built yet (``at``: its place in ``Rules._glued``): the first question
    asked of it builds the rules' filters (:meth:`Rules._filters`), which take the placeholders' places, and is
    answered by them; the questions after go to them directly (no test on a path asked once per line)."""

    __slots__ = ("_at", "_rules")

    def __init__(self, rules: Rules, at: int) -> None:
        self._rules, self._at = rules, at

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rules._filters()[self._at], name)


class _GluedFilter:
    """Substring triggers, one anchored alternation, and the rules that have neither."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self.triggers: list[str] = []
        anchored: list[str] = []
        self.free: list[Rule] = []
        anchored_rules: list[tuple[Rule, frozenset[str] | None]] = []
        for r in rules:
            first = _first_chars(r.pattern) if r.anchored else None
            if r.timed:  # a user rule never joins the combined alternation (see .timed): its substrings, or asked
                if r.trigger is not None or r.triggers is not None:
                    self.triggers.extend([r.trigger] if r.trigger is not None else r.triggers or ())
                else:
                    self.free.append(r)
            elif r.anchored and first is None and (r.trigger is not None or r.triggers is not None):
                # no first-character test for it: its substrings rule out most lines instead
                self.triggers.extend([r.trigger] if r.trigger is not None else r.triggers or ())
            elif r.anchored:  # one match at the start of the line is cheaper than any substring test
                anchored_rules.append((r, first))
                anchored.append("(?:" + _GROUP_DEF.sub("(?:", _GROUP_REF.sub("", r.pattern))[1:] + ")")
            elif r.trigger is not None:
                self.triggers.append(r.trigger)
            elif r.triggers is not None:
                self.triggers.extend(r.triggers)
            else:
                self.free.append(r)
        literals = sorted(set(self.triggers), key=len, reverse=True)
        # for prefilter.scanner: what maybe() looks for (None: a user rule without a literal, which the scan
        # cannot stand in for)
        self._scan_args = (literals, ["^" + p for p in anchored] + [r.pattern for r in self.free])
        self.scan_source: tuple[list[str], list[str], list[str]] | None = _scan_source(*self._scan_args)
        self._tests: tuple[Callable[[str], object], ...] = ()
        """Per pattern of the scan (:attr:`_scan_args`): the test :meth:`maybe` makes of it (made with the scanner)."""
        self._test_kinds = (*(r.kind for r, _f in anchored_rules), *(r.kind for r in self.free))
        """The kind of the rule of each of :attr:`_tests`."""
        self._trigger_kinds: list[frozenset[str] | None] = []
        """Per thing the scanner finds that :attr:`_checks` gives ``None``: the kinds of the rules it is a trigger
        literal of (``None``: an odd character, or a literal that spans lines)."""
        self._stand_ins: list[tuple[int, ...]] = []
        """Per such thing: the patterns it stands in for too."""
        self._trigger_tests: list[Tests | None] = []
        """Per thing the scanner finds: the kind and regex search of each rule whose trigger literal it is
        (:func:`_trigger_checks`; ``None``: not asked, the kinds of :attr:`_trigger_kinds` taken as they are)."""
        self._checks: list[tuple[int, ...] | None] = []
        """Per thing the scanner finds: the patterns a line with it may match (``None``: ask :meth:`maybe`)."""
        self._anchored_src = anchored
        if any(r.timed for r in self.free):
            self.scan_source = None
        self._scanner: list[prefilter.LineScanner | None] = []
        self._asked = 0
        self.literal = re.compile(_any_of(literals)) if literals else None
        # an ASCII line holds none of the other literals: it is searched for the ASCII ones only
        ascii_literals = [w for w in literals if w.isascii()]
        self.literal_ascii = re.compile(_any_of(ascii_literals)) if ascii_literals else None
        # a few literals are found faster by substring tests than by the regex (which stops at every space of
        # a line for " Comment")
        self.few_ascii = tuple(ascii_literals) if len(ascii_literals) <= _FEW_LITERALS else None
        # anchored alternatives of unknown first character (".{0,60}…") that need a Latin letter (English
        # boilerplate, mostly (?i:…), which has no substring trigger): tried only on lines with one
        firsts = [f for _r, f in anchored_rules]
        latin = [p for p, f in zip(anchored, firsts, strict=True) if f is None and _needs_latin(p)]
        # of those, the ones whose every match holds a long ASCII literal ("all rights reserved", "sign up "):
        # most begin with ".{0,N}" and so are tried at up to N offsets; a substring test on the lower-cased
        # line rules them out first (see _rare_literals)
        rare = {p: lits for p in latin if (lits := _rare_literals(p)) is not None}
        # the others of unknown first character, tried on every line (with a Latin letter) in an alternation
        # ("(?=(?:[^,]{1,20},){5,})…", a date at the end of a short line, ".{0,200}\((?i:image|photo…)"): asked one
        # by one, only of lines that hold one of their literals, even a one-character one ("," "-" "(" "|"): a
        # substring test costs a fraction of a match attempt
        gates = {
            p: lits
            for p, f in zip(anchored, firsts, strict=True)
            if f is None and p not in rare and (lits := _loose_literals(p)) is not None
        }
        self.gated = tuple((re.compile(p), lits) for p, lits in gates.items())
        self.gate_any = re.compile(_any_of({x for lits in gates.values() for x in lits})) if gates else None
        common = [p for p in latin if p not in rare and p not in gates]
        self.latin = re.compile("|".join(common)) if common else None
        self.rare = re.compile("|".join(rare)) if rare else None
        self.rare_literals = _shortest(x for lits in rare.values() for x in lits)
        rest = [(p, f) for p, f in zip(anchored, firsts, strict=True) if p not in latin and p not in gates]
        self.anchored = re.compile("|".join(p for p, _f in rest)) if rest else None
        # the other anchored alternatives by the characters a line must start with for them to match:
        # a line is tried against the few that can (plus those of unknown start), not all of them
        self.dispatch = _dispatch(tuple(p for p, _f in rest), tuple(f for _p, f in rest))
        self._start: dict[str, re.Pattern[str] | _Either | None] = {}
        """The regex to try at the start of a line, by its first character."""

    def _for(self, ch: str) -> re.Pattern[str] | _Either | None:
        rx = self.dispatch.subset(ch) if _dispatchable(ch) else self.anchored
        self._start[ch] = rx
        return rx

    def maybe(self, line: str) -> bool:
        if line.isascii() and self.few_ascii is not None:
            for word in self.few_ascii:
                if word in line:
                    return True
        else:
            literal = self.literal_ascii if line.isascii() else self.literal
            if literal is not None and literal.search(line):
                return True
        if self.anchored is not None:
            if line:
                ch = line[0]
                rx = self._start[ch] if ch in self._start else self._for(ch)
            else:
                rx = self.anchored
            if rx is not None and rx.match(line):
                return True
        if self.gate_any is not None and self.gate_any.search(line):
            for gated, lits in self.gated:
                for lit in lits:
                    if lit in line:
                        if gated.match(line):
                            return True
                        break
        if (self.latin is not None or self.rare is not None) and _LATIN.search(line):
            if self.latin is not None and self.latin.match(line):
                return True
            if self.rare is not None and self._rare_match(line):
                return True
        if self.free:
            return any(r.regex.search(line) for r in self.free)
        return False

    def touched(self, lines: Sequence[str]) -> set[int] | None:
        """Indices of ``lines`` for which :meth:`maybe` may be true (a superset, from one scan of them all:
        :mod:`.prefilter`); ``None`` when it cannot say (ask :meth:`maybe` of every line)."""
        hits = self.scan(lines)
        return None if hits is None else set(hits)

    def scan(self, lines: Sequence[str]) -> dict[int, set[int]] | None:
        """:meth:`touched`, each index with what the scan found on its line (for :meth:`maybe_given`)."""
        if not self._scanner:
            self._asked += len(lines)
            if self._asked < SCAN_AFTER_LINES:
                return None
            src = self.scan_source
            self._scanner.append(prefilter.scanner(*src) if src is not None else None)
            if self._scanner[0] is not None:
                self._tests = (
                    *(re.compile(p).match for p in self._anchored_src),
                    *(r.regex.search for r in self.free),
                )
                self._checks = _scan_checks(*self._scan_args)
                self._trigger_kinds, self._stand_ins, self._trigger_tests = _trigger_checks(
                    self.rules, *self._scan_args
                )
        sc = self._scanner[0]
        return None if sc is None else sc.line_hits(lines)

    def maybe_given(self, line: str, found: set[int]) -> bool:
        """:meth:`maybe` of a line on which :meth:`scan` found ``found``: a pattern can match only if the scan
        found it or one of its literals, so only those are asked (a trigger literal or an odd character: every
        test, :meth:`maybe`). Each test is the one :meth:`maybe` makes (an anchored pattern matched at the
        start, as in its alternations; the filters it puts before them only rule lines out)."""
        ask: set[int] = set()
        for k in found:
            those = self._checks[k]
            if those is None:
                return self.maybe(line)
            ask.update(those)
        tests = self._tests
        return any(tests[k](line) for k in ask)

    def kinds_given(self, line: str, found: set[int]) -> frozenset[str] | None:
        """The kinds of the rules whose test :meth:`maybe_given` makes holds on ``line``, and of the rules with a
        trigger literal found on it whose own regex finds a match in it (:func:`_trigger_checks`; a user rule's
        kind without that test); ``None`` for a line with an odd character (:meth:`maybe` asked)."""
        ask: set[int] = set()
        out: set[str] = set()
        for k in found:
            those = self._checks[k]
            if those is None:
                by_trigger = self._trigger_kinds[k]
                if by_trigger is None:
                    return None
                checks = self._trigger_tests[k]
                if checks is None:
                    out.update(by_trigger)
                else:
                    # (a common word is the literal of a rule or two: "报", "需要"; two lines in three that hold
                    # one match none of its rules, and asking each kind's whole matcher of them cost more)
                    out.update([kind for kind, search in checks if kind not in out and search(line) is not None])
                those = self._stand_ins[k]
            ask.update(those)
        tests, kinds = self._tests, self._test_kinds
        out.update([kinds[k] for k in ask if kinds[k] not in out and tests[k](line)])
        return frozenset(out)

    def _rare_match(self, line: str) -> bool:
        assert self.rare is not None
        return _may_hold(_lowered(line), self.rare_literals) and self.rare.match(line) is not None


def _stand_in(pattern: str) -> tuple[tuple[str, ...], bool] | None:
    """The literals of which every match of ``pattern`` holds one, and whether the scan looks for them without
    case (the pattern ignores case somewhere, and none holds a cased letter other than ASCII); ``None`` when the
    scan looks for the pattern itself. A pattern anchored at the line's start whose every match starts with one of
    some literals (:func:`_line_starts`, each rare enough, none shorter than those it holds anywhere) has those, each
    after a line break: the scan finds them only where a line starts (:class:`.prefilter.LineScanner` scans the text
    after one), not inside a line ("this " in prose)."""
    icase = _IGNORES_CASE.search(pattern) is not None
    lits = _literals_of(pattern)
    starts = _line_starts(pattern)
    if (
        starts is not None
        and all(_rare_enough(x) for x in starts)
        # (not for shorter ones than it holds anywhere: "get " at the start against "delivered")
        and (not lits or not all(_rare_enough(x) for x in lits) or min(map(len, starts)) >= min(map(len, lits)))
        and not (icase and any(ch.lower() != ch.upper() for x in starts for ch in x if not ch.isascii()))
    ):
        return tuple(LINE_START + x for x in starts), icase
    if (
        not lits
        or not all(_rare_enough(x) for x in lits)
        or (icase and any(ch.lower() != ch.upper() for x in lits for ch in x if not ch.isascii()))
    ):
        return None
    return lits, icase


LINE_START: Final = "\n"
"""Before a stand-in literal (:func:`_stand_in`): found only at the start of a line."""


def _line_starts(pattern: str) -> tuple[str, ...] | None:
    """Literals one of which every match of ``pattern`` starts with, when it is anchored at the start (``^``) and
    each of them is two characters or more (``None`` otherwise): ``^(?:(?i:most (?:read|popular)…`` → ``most ``,
    ``^(?:(?:个人|企业)、?…`` → ``个人``, ``企业``. Only asked of a single line, where ``^`` is its start."""
    parsed = _parsed(pattern)
    if parsed is None or parsed.state.flags & (re.LOCALE | re.VERBOSE) or not len(parsed):
        return None
    op, arg = parsed[0]
    if op is not _sre_const.AT or arg not in (_sre_const.AT_BEGINNING, _sre_const.AT_BEGINNING_STRING):
        return None
    heads = _heads_of(list(parsed)[1:])
    if not heads or any(len(x) < 2 for x in heads):
        return None
    return tuple(sorted(set(heads)))


def _heads_of(seq: Any) -> list[str] | None:
    """Literals one of which every match of the parsed ``seq`` starts with (each the longest found: literals, then
    into one group or alternation); ``None`` when an alternative starts with no literal it can tell."""
    run: list[str] = []
    for op, arg in seq:
        if op is _sre_const.LITERAL:
            run.append(chr(arg))
            continue
        inner: list[str] | None = None
        if op is _sre_const.SUBPATTERN:
            inner = _heads_of(arg[-1])
        elif op is _sre_const.BRANCH:
            alts = [_heads_of(b) for b in arg[1]]
            inner = None if any(a is None for a in alts) else [x for a in alts for x in a or ()]
        head = "".join(run)
        if inner is None:
            return [head] if head else None
        return [head + x for x in inner]
    return ["".join(run)] if run else None


def _scan_source(literals: list[str], patterns: list[str]) -> tuple[list[str], list[str], list[str]]:
    """What :class:`.prefilter.LineScanner` looks for in place of ``literals`` and ``patterns``: the literals, and
    for each pattern its :func:`stand-in <_stand_in>` literals, else the pattern itself."""
    by, loose = _stood_in_for(patterns)
    exact = {*literals, *(x for x, icase in by if not icase)}
    return sorted(exact), sorted({x for x, icase in by if icase}), [patterns[k] for k in loose]


def _scan_checks(literals: list[str], patterns: list[str]) -> list[tuple[int, ...] | None]:
    """Per thing the :class:`.prefilter.LineScanner` of :func:`_scan_source` finds (in its order: the literals,
    the odd characters, the caseless literals, the loosened patterns), the indices of the ``patterns`` a line on
    which it is found may match; ``None`` for one of ``literals`` and the odd characters."""
    exact, caseless, _loose = _scan_source(literals, patterns)
    by, loose = _stood_in_for(patterns)
    triggers = set(literals)
    return [
        *(None if x in triggers else tuple(by[x, False]) for x in exact),
        *(None for _ in prefilter._ODD),
        *(tuple(by[x, True]) for x in caseless),
        *((k,) for k in loose),
    ]


def _stood_in_for(patterns: list[str]) -> tuple[dict[tuple[str, bool], list[int]], list[int]]:
    """Per stand-in literal of ``patterns`` (:func:`_stand_in`: the literal, and whether it is looked for without
    case), the indices of the patterns it stands in for; and the indices of the patterns the scan looks for
    themselves."""
    by: dict[tuple[str, bool], list[int]] = {}
    loose: list[int] = []
    for k, p in enumerate(patterns):
        stand_in = _stand_in(p)
        if stand_in is None:
            loose.append(k)
        else:
            for x in stand_in[0]:
                by.setdefault((x, stand_in[1]), []).append(k)
    return by, loose


Tests = tuple[tuple[str, Callable[[str], object]], ...]
"""The kind and the regex search of each rule of a trigger literal (:func:`_trigger_checks`)."""


def _trigger_checks(
    rules: Sequence[Rule], literals: list[str], patterns: list[str]
) -> tuple[list[frozenset[str] | None], list[tuple[int, ...]], list[Tests | None]]:
    """For :meth:`_GluedFilter.kinds_given`, per thing the scanner finds (as :func:`_scan_checks`): the kinds of the
    ``rules`` whose trigger literal it is (``None`` for the odd characters and a literal with a line break), the
    ``patterns`` it stands in for, and the kind and regex search of each of those rules, the test every matcher of
    a rule makes last (a rule matches a line only if its regex finds a match in it: an anchored one at the start, as
    in the alternations; ``None`` for what is not such a literal and for a literal of a user rule: its regex runs
    with a time-out, not asked twice)."""
    exact, caseless, loose = _scan_source(literals, patterns)
    by_literal: dict[str, list[Rule]] = {}
    for r in rules:
        for t in [r.trigger] if r.trigger is not None else r.triggers or ():
            by_literal.setdefault(t, []).append(r)
    by, _loose = _stood_in_for(patterns)
    triggers = set(literals)
    found: list[frozenset[str] | None] = []
    tests: list[Tests | None] = []
    for x in exact:
        those = by_literal.get(x, [])
        usable = x in triggers and "\n" not in x
        found.append(frozenset(r.kind for r in those) if usable else None)
        tests.append(
            tuple((r.kind, r.regex.search) for r in those) if usable and not any(r.timed for r in those) else None
        )
    rest = len(prefilter._ODD) + len(caseless) + len(loose)
    stand_ins = [tuple(by.get((x, False), ())) for x in exact] + [()] * rest
    return found + [None] * rest, stand_ins, tests + [None] * rest


def _rare_enough(literal: str) -> bool:
    """A literal rare enough in text to stand in for its pattern in the scan: five ASCII characters, or two
    others."""
    return len(literal) >= (5 if literal.isascii() else 2)


SCAN_AFTER_LINES = 300
"""Lines asked of a filter line by line before its :mod:`.prefilter` scanner is built (a fraction of a CPU-second,
once per process): a process that cleans a page or two never pays for it."""

_FEW_LITERALS = 8
"""Up to this many trigger literals are looked for one by one (``in``), not by one regex."""


def _any_of(literals: Iterable[str]) -> str:
    """A regex that finds one of ``literals`` where a plain alternation of them would (used with ``search``):
    factored by first characters ("责任编辑|责编" → "责(?:任编辑|编)"), so the matcher tries one branch, not
    every literal, at each place a literal could start."""
    words = set(literals)
    if "" in words:  # a shorter literal already found here: its longer forms change nothing
        return ""
    by_first: dict[str, set[str]] = {}
    for w in words:
        by_first.setdefault(w[0], set()).add(w[1:])
    out = []
    for ch in sorted(by_first):
        rest = _any_of(by_first[ch])
        out.append(re.escape(ch) + (f"(?:{rest})" if "|" in _top_level(rest) else rest))
    return "|".join(out)


_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")
"""The characters that match an ASCII letter, with or without case: the letters, İ and ı (i), ſ (s), the Kelvin
sign (k)."""


_ODD_CASE = re.compile("[\u0130\u0131\u017f]")
"""The characters a case-insensitive ASCII letter matches that ``str.lower`` does not map to it: İ, ı, ſ."""


def _lowered(line: str) -> str | None:
    """``line.lower()`` when a substring test on it is exact for case-insensitive ASCII literals (the line has no
    :data:`_ODD_CASE` character); ``None`` when it is not."""
    return line.lower() if line.isascii() or not _ODD_CASE.search(line) else None


def _may_hold(low: str | None, literals: Iterable[str]) -> bool:
    """Can a line (lowered by :func:`_lowered`) hold one of the lower-cased ``literals``? (Unknown: yes.)"""
    if low is None:
        return True
    for lit in literals:  # (a loop, not any() over a generator: this runs on every Latin line)
        if lit in low:
            return True
    return False


def _shortest(literals: Iterable[str]) -> tuple[str, ...]:
    """``literals`` without those that hold another of them (a line holding one holds the other): the same
    lines hold one, with fewer substring tests."""
    words = sorted(set(literals))
    return tuple(w for w in words if not any(o != w and o in w for o in words))


def _rare_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-cased literals of which every match of ``pattern`` holds one (with or without case), when each is
    ASCII and at least 8 characters long (rare in prose); else ``None``.

    Exact as a test on ``line.lower()`` for a line without :data:`_ODD_CASE` characters: with ``re``'s case
    rules an ASCII character matches only characters whose ``lower()`` is its own lower case, but for those.
    """
    lits = _literals_of(pattern)
    if not lits or not all(len(x) >= 8 and x.isascii() for x in lits):
        return None
    return tuple(x.lower() for x in lits)


def _literals_of(pattern: str) -> tuple[str, ...] | None:
    """:func:`_required` of ``pattern`` (``None`` without the private parser or when it fails)."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    try:
        return _required(parsed)
    except Exception:  # a private API's tree: assume none
        return None


def _parsed(pattern: str) -> Any | None:
    """``pattern`` parsed by the ``re`` module's private parser (``None`` without it or when it fails: callers then
    assume nothing of the pattern)."""
    if _sre_parse is None:
        return None
    try:
        return _sre_parse.parse(pattern, 0)
    except Exception:  # a private API: assume none
        return None


_IGNORES_CASE = re.compile(r"\(\?[a-zA-Z]*i")


def _plain_literal(literal: str) -> bool:
    return bool(literal) and not literal.isspace()


def _caseless_literal(literal: str) -> bool:
    """An ASCII literal without letters or white space: found as it is whether the pattern ignores case or not."""
    return literal.isascii() and not any(c.isalpha() or c.isspace() for c in literal)


def _loose_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals of which every match of ``pattern`` holds one, however short (a substring test on the line is exact:
    without letters where the pattern ignores case somewhere); ``None``: none found."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    return _required(parsed, _caseless_literal if _IGNORES_CASE.search(pattern) else _plain_literal)


def _gate_of(rule: Rule) -> tuple[str, ...] | None:
    """:func:`_rare_literals` of an anchored rule of unknown first character (for :class:`Matcher`)."""
    return _rare_literals(rule.pattern) if _first_chars(rule.pattern) is None else None


def _needs_latin(pattern: str) -> bool:
    """Does every match of ``pattern`` contain a :data:`_LATIN` character? (It contains one of some literals
    (:func:`_required`), each with an ASCII letter, which even a case-insensitive pattern matches with one of
    those characters only.)"""
    lits = _literals_of(pattern)
    return bool(lits) and all(any("a" <= ch.lower() <= "z" for ch in x if ch.isascii()) for x in lits or ())


_DIGIT = "<digit>"
"""In a first-character set: any decimal digit (``\\d``, which is ``str.isdecimal``)."""


@lru_cache(maxsize=4096)
def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a non-empty match of ``pattern`` can start with (``None``: unknown).

    White space is left out: only asked of stripped lines. Case-insensitive parts give
    both cases, which is exact for lines whose first character is not a cased non-ASCII one.
    """
    parsed = _parsed(pattern)
    if parsed is None or parsed.state.flags & re.LOCALE:
        return None
    got = _first_of(parsed, bool(parsed.state.flags & re.IGNORECASE))
    return None if got is None or got[1] else frozenset(got[0])


def _usable_first(pattern: str) -> frozenset[str] | None:
    """:func:`_first_chars` of an anchored pattern, when it names every character."""
    if not pattern.startswith("^") or "|" in _top_level(pattern):
        return None
    first = _first_chars(pattern)
    return None if first is None or _DIGIT in first else first


def _cases(chars: set[str], icase: bool) -> set[str]:
    if not icase:
        return chars
    out = set(chars)
    for ch in chars:
        out.update(x for x in (ch.lower(), ch.upper()) if len(x) == 1)
    return out


def _first_of(seq: Any, icase: bool) -> tuple[set[str], bool] | None:
    """(first characters, can be empty) of the parsed sequence ``seq``; ``None``: unknown."""
    c = _sre_const
    acc: set[str] = set()
    for op, arg in seq:
        if op is c.AT:  # zero-width position tests only narrow the matches
            continue
        if op is c.LITERAL:
            return acc | _cases({chr(arg)}, icase), False
        if op is c.IN:
            chars: set[str] = set()
            for iop, iarg in arg:
                if iop is c.LITERAL:
                    chars.add(chr(iarg))
                elif iop is c.RANGE and iarg[1] - iarg[0] <= 256:
                    chars.update(map(chr, range(iarg[0], iarg[1] + 1)))
                elif iop is c.CATEGORY and iarg is c.CATEGORY_SPACE:
                    continue  # a stripped line does not start with white space
                elif iop is c.CATEGORY and iarg is c.CATEGORY_DIGIT:
                    chars.add(_DIGIT)
                else:  # negated sets, other categories (\d, \w), wide ranges
                    return None
            return acc | _cases(chars, icase), False
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            if (add_flags | del_flags) & re.LOCALE:
                return None
            inner = _first_of(sub, (icase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE)
        elif op is c.BRANCH:
            out: set[str] = set()
            empty = False
            for branch in arg[1]:
                got = _first_of(branch, icase)
                if got is None:
                    return None
                out |= got[0]
                empty = empty or got[1]
            inner = out, empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            got = _first_of(arg[2], icase)
            if got is None:
                return None
            inner = got[0], got[1] or arg[0] == 0
        else:
            return None
        if inner is None:
            return None
        acc |= inner[0]
        if not inner[1]:
            return acc, False
    return acc, True


def _required(seq: Any, selective: Callable[[str], bool] | None = None) -> tuple[str, ...] | None:
    """Literals of which every match of the parsed pattern ``seq`` contains at least one (each
    :func:`_selective`, or as ``selective`` says)."""
    selective = selective or _selective
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in seq:
        if op is _sre_const.LITERAL:
            run.append(chr(arg))
            continue
        if run and op is _sre_const.BRANCH:
            # the parser factors a shared prefix out of alternatives ("责任编辑|责编" → 责 + (任编辑|编)):
            # put it back, so the trigger is "责任编辑" or "责编", not just "责"
            heads = [_leading_literal(b) for b in arg[1]]
            if all(heads):
                candidates.append(tuple("".join(run) + h for h in heads))
        if run:
            candidates.append(("".join(run),))
            run = []
        if op is _sre_const.SUBPATTERN:
            inner = _required(arg[-1], selective)
            if inner:
                candidates.append(inner)
        elif op is _sre_const.BRANCH:
            alts: list[str] = []
            for branch in arg[1]:
                req = _required(branch, selective)
                if not req:
                    alts = []
                    break
                alts.extend(req)
            if alts:
                candidates.append(tuple(dict.fromkeys(alts)))
        elif op in (_sre_const.MAX_REPEAT, _sre_const.MIN_REPEAT) and arg[0] >= 1:
            inner = _required(arg[2], selective)
            if inner:
                candidates.append(inner)
        elif op is _sre_const.ASSERT and arg[0] == 1:  # a lookahead's text is in the line too ("(?=.*\bprint\b)")
            inner = _required(arg[1], selective)
            if inner:
                candidates.append(inner)
    if run:
        candidates.append(("".join(run),))
    good = [c for c in candidates if all(selective(x) for x in c)]
    if not good:
        return None
    return max(good, key=lambda c: (min(len(x) for x in c) >= 2, -len(c), min(len(x) for x in c)))


def _leading_literal(seq: Any) -> str:
    out = []
    for op, arg in seq:
        if op is not _sre_const.LITERAL:
            break
        out.append(chr(arg))
    return "".join(out)


def _triggers(pattern: str) -> tuple[str, ...] | None:
    """Substrings of which every match contains one (``None``: no such set found)."""
    return None if "(?i" in pattern else _literals_of(pattern)


def _selective(literal: str) -> bool:
    """Long enough to skip most lines: two characters, or one that is not ASCII (a CJK character)."""
    return len(literal) >= 2 or (len(literal) == 1 and not literal.isascii())


def _top_level(pattern: str) -> str:
    """The pattern with every parenthesised group removed (to see top-level alternation)."""
    depth, out, escaped, in_class = 0, [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
            if depth == 0 and not in_class:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _line_lengths(pattern: str) -> tuple[int, int]:
    """(min, max) length of a line a ``^…$`` pattern can match whole; (0, huge) otherwise."""
    top = _top_level(pattern)
    if _sre_parse is None or not pattern.startswith("^") or not pattern.endswith("$") or pattern.endswith("\\$"):
        return 0, 1 << 30
    if "|" in top:
        return 0, 1 << 30
    try:
        lo, hi = _sre_parse.parse(pattern).getwidth()
    except Exception:  # a private API: fall back to no bound
        return 0, 1 << 30
    # `\s*$` may also match trailing white space, which lines never have (they are stripped)
    return int(lo), int(min(hi, 1 << 30))


_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """The line of each ``name = …`` under a ``[table]`` header, by (table, name): the first one (one pass over
    the file, not one per rule)."""
    found: dict[tuple[str, str], int] = {}
    current = None
    for no, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            current = stripped.strip("[] ")
        elif current is not None and (m := _KEY.match(line)) is not None:
            found.setdefault((current, m.group(1) or m.group(2) or m.group(3) or ""), no)
    return found


def _parse_file(text: str, origin: str) -> tuple[list[Rule], list[str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise RulesError(f"not valid TOML: {exc}", path=origin, line=int(m.group(1)) if m else None) from exc
    disable = data.pop("disable", [])
    if not isinstance(disable, list) or not all(isinstance(x, str) for x in disable):
        raise RulesError("'disable' must be a list of rule names", path=origin, line=_top_line(text, "disable"))
    data.pop("phrases", None)  # (read by _phrases_of)
    rules: list[Rule] = []
    key_lines = _key_lines(text)
    for kind, table in data.items():
        if kind not in KINDS:
            raise RulesError(
                f"unknown rule kind [{kind}]; known kinds: {', '.join(KINDS)}", path=origin, line=_top_line(text, kind)
            )
        if not isinstance(table, dict):
            raise RulesError(f"[{kind}] must be a table of name = 'regex'", path=origin, line=_top_line(text, kind))
        for name, value in table.items():
            line = key_lines.get((kind, name))
            pattern, heads = _pattern_and_heads(kind, name, value, origin, line)
            try:
                rx: re.Pattern[str] | TimedRegex = (
                    re.compile(pattern) if origin.startswith(_PACKAGED) else TimedRegex(pattern, f"{kind}.{name}")
                )
            except (re.error, regex.error) as exc:
                raise RulesError(f"rule {kind}.{name}: bad regular expression: {exc}", path=origin, line=line) from exc
            if kind == "aggregator" and rx.groups == 0:
                raise RulesError(f"rule {kind}.{name}: needs a group (?P<title>...)", path=origin, line=line)
            if kind == "meta" and not rx.groupindex and not origin.startswith(_PACKAGED):
                # (a user's: the packaged meta.editor-empty removes an empty editor label and lifts nothing)
                raise RulesError(
                    f"rule {kind}.{name}: needs a named group, (?P<author>...) for example, for the value it moves "
                    "into the metadata",
                    path=origin,
                    line=line,
                )
            if _matches_every_line(rx):
                raise RulesError(
                    f"rule {kind}.{name}: the regular expression matches every line (it matches an empty string "
                    "or any text); make it match only the boilerplate",
                    path=origin,
                    line=line,
                )
            lo, hi = _line_lengths(pattern)
            trig = _triggers(pattern)
            rules.append(
                Rule(
                    kind,
                    name,
                    pattern,
                    rx,
                    trigger=trig[0] if trig and len(trig) == 1 else None,
                    origin=f"{origin}:{line or '?'}",
                    min_len=lo,
                    max_len=hi,
                    anchored=pattern.startswith("^") and "|" not in _top_level(pattern),
                    triggers=trig if trig and len(trig) > 1 else None,
                    first=_usable_first(pattern),
                    heads=heads,
                )
            )
    return rules, list(disable)


HEADS: dict[str, str] = {
    "comments": "a comment section: held back by no prose below it (the comments are prose), and with a count on "
    "its line ('4 Kommentare') it cuts between paragraphs too",
    "prose": "a section written in prose (an author's bio, a disclaimer, replies): held back by no prose below it",
    "next-story": "the next story below the article ('Nächster Artikel'): cuts between paragraphs too",
    "card": "an author's card below the article, its heading naming the author ('About the author: Jane Doe'): "
    "cuts between paragraphs too",
    "site-box": "one of the site's own boxes below the story in its column (its notice board, its 'about us'): "
    "cuts between paragraphs too",
    "end-mark": "the mark a press release or a wire story ends with ('###', '-30-'), over its contacts and "
    "boilerplate: cuts between paragraphs too",
}
"""What the line of a ``cut_tail`` / ``cut_list`` rule may head (``name = { pattern = '...', heads = '...' }``).
Without it, a tail heading with a run of prose below it and a heading between two paragraphs remove only their own
line: they are taken for a subheading of the article."""


def _pattern_and_heads(kind: str, name: str, value: object, origin: str, line: int | None) -> tuple[str, str | None]:
    """A rule's value: a regex string, or a table ``{ pattern = '...', heads = '...' }``."""
    if isinstance(value, str):
        return value, None
    if not isinstance(value, dict) or not isinstance(value.get("pattern"), str):
        raise RulesError(
            f"rule {kind}.{name}: the value must be a regex string or {{ pattern = '...', heads = '...' }}",
            path=origin,
            line=line,
        )
    if set(value) - {"pattern", "heads"}:
        unknown = ", ".join(sorted(set(value) - {"pattern", "heads"}))
        raise RulesError(f"rule {kind}.{name}: unknown key(s) {unknown}; known: pattern, heads", path=origin, line=line)
    heads = value.get("heads")
    if heads is not None and (heads not in HEADS or kind not in ("cut_tail", "cut_list")):
        known = ", ".join(repr(h) for h in HEADS)
        raise RulesError(
            f"rule {kind}.{name}: heads = {heads!r}; a cut_tail or cut_list rule may head one of {known}",
            path=origin,
            line=line,
        )
    return value["pattern"], heads


_PACKAGED = "cleaner/rules/"
"""The origin of the packaged rules files (the only ones whose regexes run on ``re``, without a time-out)."""

_PROBES = ("", "a", "Z", "1", "。", "测试文字，一句话。", "2024-05-10 08:30", "Hello, world.", "——", "〔完〕")
"""Lines unlike each other: a rule that matches all of them matches every line."""


def _matches_every_line(rx: re.Pattern[str] | TimedRegex) -> bool:
    return all(rx.search(p) is not None for p in _PROBES)


def _disable_line(text: str, name: str) -> int | None:
    """The line of ``name`` in the top-level ``disable`` list (or of the list)."""
    quoted = re.compile(rf"""["']{re.escape(name)}["']""")
    inside = False
    for no, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s*disable\s*=", line):
            inside = True
        if inside and quoted.search(line):
            return no
        if inside and "]" in line.split("#", 1)[0]:
            inside = False
    return _top_line(text, "disable")


def _check_disable(layers: list[tuple[list[Rule], list[str]]], texts: list[tuple[str, str]]) -> None:
    """Every name in a file's ``disable`` list names a rule of it or of a file before it (``name`` or
    ``kind.name``); else a :class:`RulesError` naming the file and line."""
    known: set[str] = set()
    for (rules, disable), (text, origin) in zip(layers, texts, strict=True):
        known.update(n for r in rules for n in (r.name, f"{r.kind}.{r.name}"))
        for name in disable:
            if name not in known:
                close = sorted(k for k in known if "." not in k and _similar(k, name))[:3]
                hint = f" (did you mean {', '.join(close)}?)" if close else ""
                raise RulesError(
                    f"disable: no rule named {name!r}{hint}; a name is `name` or `kind.name` of a packaged rule or of "
                    "a rule in a file before",
                    path=origin,
                    line=_disable_line(text, name),
                )


def _similar(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _top_line(text: str, name: str) -> int | None:
    for no, line in enumerate(text.splitlines(), 1):
        if re.match(rf"^\s*\[?\s*{re.escape(name)}\b", line):
            return no
    return None


def _merge(layers: Iterable[tuple[list[Rule], list[str]]]) -> list[Rule]:
    merged: dict[tuple[str, str], Rule] = {}
    for rules, disable in layers:
        for rule in rules:
            replaced = merged.get((rule.kind, rule.name))
            if rule.heads is None and replaced is not None and replaced.heads is not None:
                rule = dataclasses.replace(rule, heads=replaced.heads)  # a new pattern for the same section
            merged[(rule.kind, rule.name)] = rule
        for name in disable:
            for key in [k for k in merged if k[1] == name or f"{k[0]}.{k[1]}" == name]:
                del merged[key]
    return list(merged.values())


def _packaged() -> tuple[list[tuple[list[Rule], list[str]]], list[tuple[str, str]]]:
    layers, texts = _packaged_files()
    return [(list(rules), list(disable)) for rules, disable in layers], list(texts)


@cache
def _packaged_files() -> tuple[tuple[tuple[tuple[Rule, ...], tuple[str, ...]], ...], tuple[tuple[str, str], ...]]:
    """The packaged rules files, parsed (once per process: the files are part of the installed package)."""
    layers = []
    texts = []
    files = sorted(
        (f for f in resources.files(__name__).iterdir() if f.name.endswith(".toml")),
        key=lambda f: (f.name != "default.toml", f.name),
    )
    for f in files:
        text, origin = f.read_text(encoding="utf-8"), f"{_PACKAGED}{f.name}"
        rules, disable = _parse_file(text, origin)
        layers.append((tuple(rules), tuple(disable)))
        texts.append((text, origin))
    return tuple(layers), tuple(texts)


def load_rules(paths: str | Path | Sequence[str | Path] = (), *, defaults: bool = True) -> Rules:
    """The packaged rules, then each file of ``paths`` on top (one path is a list of one, not its characters).
    Raises :class:`RulesError`."""
    if isinstance(paths, str | Path):
        paths = [paths]
    layers, texts = _packaged() if defaults else ([], [])
    phrases: list[tuple[str, str]] = []
    for p in paths:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesError(f"cannot read rules file: {exc}", path=str(p)) from exc
        layers.append(_parse_file(text, str(p)))
        texts.append((text, str(p)))
        phrases += _phrases_of(text, str(p))
    _check_disable(layers, texts)
    return Rules(tuple(_merge(layers)), tuple(str(p) for p in paths), tuple(phrases))


def _phrases_of(text: str, origin: str) -> list[tuple[str, str]]:
    """The ``[phrases]`` table of a user file: ``"regional" = "mainland"`` pairs of the same length (the phrase fold
    keeps a page's positions: :mod:`cleaner.text.scriptfold`)."""
    table = tomllib.loads(text).get("phrases", {})  # (valid TOML: _parse_file read it first)
    line = _top_line(text, "phrases")
    if not isinstance(table, dict):
        raise RulesError("[phrases] must be a table of regional word = 'mainland word'", path=origin, line=line)
    pairs = []
    for regional, mainland in table.items():
        if not isinstance(mainland, str) or not regional or len(regional) != len(mainland) or regional == mainland:
            raise RulesError(
                f"[phrases] {regional} = {mainland!r}: the mainland word must be another word of as many characters",
                path=origin,
                line=line,
            )
        pairs.append((regional, mainland))
    return pairs


@cache
def default_rules() -> Rules:
    """The packaged rules (cached)."""
    return load_rules()
