"""Cleaning rules as data: packaged TOML files, extended or overridden by user files.

The format is documented at the top of ``default.toml`` beside this module. Every
``*.toml`` shipped in this package is loaded (sorted by name), then each user file
in order: a rule with a known name replaces it, a new name adds a rule, and a
top-level ``disable = [...]`` switches rules off by name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from cleaner.errors import RulesError

__all__ = ["KINDS", "Rule", "Rules", "default_rules", "load_rules"]

KINDS = ("site_suffix", "aggregator", "breadcrumb", "cut_tail", "meta", "strip", "drop_line")

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
    regex: re.Pattern[str]
    trigger: str | None
    """A substring every match contains: lines without it skip the regex."""
    origin: str
    """``file:line`` the rule was read from."""

    def applies(self, line: str) -> bool:
        return self.trigger is None or self.trigger in line


@dataclass(frozen=True, slots=True)
class Rules:
    rules: tuple[Rule, ...]
    files: tuple[str, ...] = ()
    _by_kind: dict[str, tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for kind in KINDS:
            self._by_kind[kind] = tuple(r for r in self.rules if r.kind == kind)

    def of(self, kind: str) -> tuple[Rule, ...]:
        return self._by_kind[kind]

    def names(self) -> list[str]:
        return [f"{r.kind}.{r.name}" for r in self.rules]


def _literal_trigger(pattern: str, flags: int) -> str | None:
    """The longest literal run at the top level of ``pattern``, if any (2+ chars)."""
    if _sre_parse is None or flags & re.IGNORECASE or "(?i" in pattern:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:
        return None
    best = ""
    run: list[str] = []
    for op, arg in parsed:
        if op is _sre_const.LITERAL:
            run.append(chr(arg))
            continue
        if len("".join(run)) > len(best):
            best = "".join(run)
        run = []
        if op is _sre_const.SUBPATTERN and arg[-1] is not None:
            # a group that must match: look inside it for a literal too
            inner = _literal_run(arg[-1])
            if len(inner) > len(best):
                best = inner
    if len("".join(run)) > len(best):
        best = "".join(run)
    return best if len(best) >= 2 else None


def _literal_run(sub: Any) -> str:
    best, run = "", ""
    for op, arg in sub:
        if op is _sre_const.LITERAL:
            run += chr(arg)
            continue
        best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


def _line_of(text: str, table: str, name: str) -> int | None:
    current = None
    key = re.compile(rf"""^\s*(?:"{re.escape(name)}"|'{re.escape(name)}'|{re.escape(name)})\s*=""")
    for no, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            current = stripped.strip("[] ")
        elif current == table and key.match(line):
            return no
    return None


def _parse_file(text: str, origin: str) -> tuple[list[Rule], list[str]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise RulesError(f"not valid TOML: {exc}", path=origin, line=int(m.group(1)) if m else None) from exc
    disable = data.pop("disable", [])
    if not isinstance(disable, list) or not all(isinstance(x, str) for x in disable):
        raise RulesError("'disable' must be a list of rule names", path=origin, line=_top_line(text, "disable"))
    rules: list[Rule] = []
    for kind, table in data.items():
        if kind not in KINDS:
            raise RulesError(
                f"unknown rule kind [{kind}]; known kinds: {', '.join(KINDS)}", path=origin, line=_top_line(text, kind)
            )
        if not isinstance(table, dict):
            raise RulesError(f"[{kind}] must be a table of name = 'regex'", path=origin, line=_top_line(text, kind))
        for name, pattern in table.items():
            line = _line_of(text, kind, name)
            if not isinstance(pattern, str):
                raise RulesError(f"rule {kind}.{name}: the value must be a regex string", path=origin, line=line)
            try:
                regex = re.compile(pattern)
            except re.error as exc:
                raise RulesError(f"rule {kind}.{name}: bad regular expression: {exc}", path=origin, line=line) from exc
            if kind in ("site_suffix", "aggregator") and regex.groups == 0 and kind == "aggregator":
                raise RulesError(f"rule {kind}.{name}: needs a group (?P<title>...)", path=origin, line=line)
            rules.append(Rule(kind, name, pattern, regex, _literal_trigger(pattern, 0), f"{origin}:{line or '?'}"))
    return rules, list(disable)


def _top_line(text: str, name: str) -> int | None:
    for no, line in enumerate(text.splitlines(), 1):
        if re.match(rf"^\s*\[?\s*{re.escape(name)}\b", line):
            return no
    return None


def _merge(layers: Iterable[tuple[list[Rule], list[str]]]) -> list[Rule]:
    merged: dict[tuple[str, str], Rule] = {}
    for rules, disable in layers:
        for rule in rules:
            merged[(rule.kind, rule.name)] = rule
        for name in disable:
            for key in [k for k in merged if k[1] == name or f"{k[0]}.{k[1]}" == name]:
                del merged[key]
    return list(merged.values())


def _packaged() -> list[tuple[list[Rule], list[str]]]:
    layers = []
    files = sorted(
        (f for f in resources.files(__name__).iterdir() if f.name.endswith(".toml")),
        key=lambda f: (f.name != "default.toml", f.name),
    )
    for f in files:
        layers.append(_parse_file(f.read_text(encoding="utf-8"), f"cleaner/rules/{f.name}"))
    return layers


def load_rules(paths: Sequence[str | Path] = (), *, defaults: bool = True) -> Rules:
    """The packaged rules, then each file of ``paths`` on top. Raises :class:`RulesError`."""
    layers = _packaged() if defaults else []
    for p in paths:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesError(f"cannot read rules file: {exc}", path=str(p)) from exc
        layers.append(_parse_file(text, str(p)))
    return Rules(tuple(_merge(layers)), tuple(str(p) for p in paths))


@cache
def default_rules() -> Rules:
    """The packaged rules (cached)."""
    return load_rules()
