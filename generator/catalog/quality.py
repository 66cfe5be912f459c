"""Content rules: what makes the guidance complete enough to publish.

These go beyond a well-formed catalogue: enough actions on every rung, no placeholder text,
every profile leading something. `python -m generator check` reports them like any other
problem, so maintainers see them before a pull request does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.catalog.checks import Validated
from generator.catalog.loader import LoadedFile, Path_
from generator.diagnostics import Diagnostic

MIN_ACTIONS_BELOW_TOP = 3
MIN_ACTIONS_AT_TOP = 2
_PLACEHOLDER = re.compile(r"\b(todo|tbd|lorem|ipsum|xxx+)\b|\.\.\.|…", re.IGNORECASE)
_PLACEHOLDER_WORDS = ("todo", "tbd", "lorem", "ipsum", "xxx", "...", "…")  # what it can match


def _texts(data: Any, where: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(value, (*where, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, (*where, index))
    elif isinstance(data, str):
        yield where, data


def _may_hold_placeholder(text: str) -> bool:
    """False only if no value of the file can match _PLACEHOLDER: a quick test on the raw text.

    Every text value is a piece of the file as written (folding only turns a line break into a
    space), so a placeholder in a value is also in the file. Escapes such as "\\u2026" are the
    exception, so a file with a backslash always gets the full check. casefold() (and the
    dotless i) covers what the case-insensitive pattern matches. Searching the pattern itself
    over the whole text is slow: it has no fixed prefix to look for.
    """
    if not text or "\\" in text:
        return True
    folded = text.casefold().replace("ı", "i")
    return any(word in folded for word in _PLACEHOLDER_WORDS)


def placeholders(source: LoadedFile) -> list[Diagnostic]:
    if not _may_hold_placeholder(source.text):
        return []
    found = []
    for where, text in _texts(source.data):
        match = _PLACEHOLDER.search(text)
        if match:
            found.append(
                source.diagnostic(
                    where, f"placeholder text '{match.group(0)}': write the real text"
                )
            )
    return found


def check_quality(files: Validated) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    singles = (
        files.model,
        files.principles,
        files.profiles,
        files.resources,
        files.process_tool,
        files.changelog,
        files.survey,
    )
    for source in (*(x[0] for x in singles if x), *(src for src, _ in files.domains)):
        found += placeholders(source)
    if not files.model:
        return found
    levels = [x.id for x in files.model[1].maturity_levels]
    top = levels[-1]
    leading: set[str] = set()
    for src, domain in files.domains:
        for level, entry in domain.levels.items():
            if level not in levels:
                continue
            minimum = MIN_ACTIONS_AT_TOP if level == top else MIN_ACTIONS_BELOW_TOP
            if len(entry.actions) < minimum:
                goal = "keep the level" if level == top else "move one level up"
                found.append(
                    src.diagnostic(
                        ("levels", level, "actions"),
                        f"{len(entry.actions)} action(s); at least {minimum} are needed to {goal}",
                    )
                )
            for action in entry.actions:
                leading.update(action.profiles)
    if not files.profiles or not files.all_domains_valid:  # a broken domain may lead it
        return found
    src, profiles = files.profiles
    for index, profile in enumerate(profiles.profiles):
        if profile.id not in leading:
            found.append(
                src.diagnostic(("profiles", index, "id"), f"profile '{profile.id}' leads no action")
            )
    return found
