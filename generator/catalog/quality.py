"""Content rules: what makes the guidance complete enough to publish.

These go beyond a well-formed catalogue: enough actions on every rung, no placeholder text,
every profile leading something. `python -m generator check` reports them like any other
problem, so maintainers see them before a pull request does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from generator.catalog.checks import Validated
from generator.catalog.diagnostics import Diagnostic
from generator.catalog.loader import LoadedFile, Path_

MIN_ACTIONS_BELOW_TOP = 3
MIN_ACTIONS_AT_TOP = 2
_PLACEHOLDER = re.compile(r"\b(todo|tbd|lorem|ipsum|xxx+)\b|\.\.\.|…", re.IGNORECASE)
_PLACEHOLDER_WORDS = ("todo", "tbd", "lorem", "ipsum", "xxx", "...", "…")  # what it can match

SIMILAR_TITLES = 0.4
"""Two action titles in different domains whose content words overlap this much (shared words
divided by all distinct words of both, the Jaccard index) describe one step written twice."""
_WORD = re.compile(r"[^\W\d_]+")  # a run of letters, accented ones included
_NOT_CONTENT_TEXT = """
    aan al alle als andere bij dan dat de die door een eigen elk elke en er het hoe in is je
    jullie met na naar niet of om ook op over per te tot uit van voor wat welke wie zelf
    één twee drie open data
"""
"""Dutch function words, small numbers, and 'open' and 'data', which nearly every title of
this model uses."""
_NOT_CONTENT = frozenset(_NOT_CONTENT_TEXT.split())


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


def content_words(title: str) -> frozenset[str]:
    """The words of a title that say what the step is about, in lower case (single letters,
    like the s of "risico's", left out)."""
    words = _WORD.findall(title.casefold())
    return frozenset(w for w in words if len(w) > 1 and w not in _NOT_CONTENT)


def near_duplicate_titles(files: Validated) -> list[Diagnostic]:
    """Action titles in different domains that share SIMILAR_TITLES or more of their content
    words, so that a step written twice does not creep back: give it one home, link it with
    see_also. Short titles share a word easily; 2 of 5 words is where a repeat begins.

    Reported on the later title (in file order), naming the earlier action. An index from
    word to titles keeps this linear for titles with different words.
    """
    found: list[Diagnostic] = []
    seen: list[tuple[str, frozenset[str], LoadedFile, Path_, str]] = []
    titles_with: dict[str, list[int]] = {}
    for src, domain in files.domains:
        for level, entry in domain.levels.items():
            for i, action in enumerate(entry.actions):
                words = content_words(action.title)
                where: Path_ = ("levels", level, "actions", i, "title")
                shared = Counter(n for w in words for n in titles_with.get(w, ()))
                for number, count in sorted(shared.items()):
                    other_domain, other_words, other_src, other_where, other_id = seen[number]
                    union = len(words | other_words)
                    if other_domain == domain.id or count / union < SIMILAR_TITLES:
                        continue
                    line, _ = other_src.position(other_where)
                    found.append(
                        src.diagnostic(
                            where,
                            f"title shares {count} of {union} words with the title of action "
                            f"'{other_id}' ({other_src.display}:{line}): give the step one "
                            "home and link it with see_also, or say in the title what differs",
                        )
                    )
                for w in words:
                    titles_with.setdefault(w, []).append(len(seen))
                seen.append((domain.id, words, src, where, action.id))
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
    found += near_duplicate_titles(files)
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
