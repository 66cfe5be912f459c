"""Checks of the observable statements per level and of the actions' `meets:` links.

The self-scan derives a level from yes/no answers to statements and builds the plan from the
actions that meet the statements still missing, so both halves must hold together: every level
above the lowest has a few distinct statements, every statement can be reached by an action, and
every action says which statement it serves.
"""

from __future__ import annotations

import re

from generator.catalog.checks import Validated, unique
from generator.catalog.diagnostics import Diagnostic
from generator.catalog.loader import LoadedFile, Path_

MIN_STATEMENTS = 2
MAX_STATEMENTS = 4
MAX_WORDS = 25
"""'At most about 20 words': a statement longer than this holds more than one fact."""

_NOT_WORD = re.compile(r"[^\w]+")


def normalised(text: str) -> str:
    """Text compared for sameness: case, punctuation and spacing do not make it distinct."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def check_statements(files: Validated) -> list[Diagnostic]:
    if not files.model:
        return []
    levels = [x.id for x in files.model[1].maturity_levels]
    lowest, top = levels[0], levels[-1]
    found = unique(
        (
            (statement.id, src, ("levels", level, "statements", i, "id"))
            for src, domain in files.domains
            for level, entry in domain.levels.items()
            for i, statement in enumerate(entry.statements)
        ),
        "statement id",
    )
    seen_texts: dict[str, tuple[str, int]] = {}
    domain_of = {
        s.id: d.id for _, d in files.domains for e in d.levels.values() for s in e.statements
    }
    for src, domain in files.domains:
        level_of = {
            s.id: level
            for level, entry in domain.levels.items()
            if level in levels
            for s in entry.statements
        }
        met: set[str] = set()
        for level, entry in domain.levels.items():
            if level not in levels:
                continue  # reported by check_domains
            where = ("levels", level, "statements")
            count = len(entry.statements)
            if level == lowest and count:
                found.append(
                    src.diagnostic(
                        where,
                        f"'{level}' is the lowest level: it needs no statements (it is what "
                        "remains when a statement of the next level does not hold)",
                        key=True,
                    )
                )
            elif level != lowest and not MIN_STATEMENTS <= count <= MAX_STATEMENTS:
                found.append(
                    src.diagnostic(
                        where if count else ("levels", level),
                        f"{count} statement(s); a level above the lowest needs "
                        f"{MIN_STATEMENTS} to {MAX_STATEMENTS} observable statements",
                        key=bool(count),
                    )
                )
            for i, statement in enumerate(entry.statements):
                text_where = (*where, i, "text")
                words = len(statement.text.split())
                if words > MAX_WORDS:
                    found.append(
                        src.diagnostic(
                            text_where,
                            f"{words} words: a statement is one fact a colleague can check with "
                            f"yes or no, in at most about 20 words",
                        )
                    )
                key = normalised(statement.text)
                if key in seen_texts:
                    other, line = seen_texts[key]
                    found.append(
                        src.diagnostic(
                            text_where,
                            f"the same statement as '{other}' (line {line} of its file): "
                            "each statement must be a distinct fact",
                        )
                    )
                else:
                    seen_texts[key] = (statement.id, src.position(text_where)[0])
            for i, action in enumerate(entry.actions):
                action_where = ("levels", level, "actions", i)
                found += _check_meets(
                    src, action.meets, action_where, level, levels, level_of, domain_of, domain.id
                )
                if level != top:  # a keep-it action cannot lead anyone up to the top
                    met.update(action.meets)
        for level, entry in domain.levels.items():
            for i, statement in enumerate(entry.statements):
                if statement.id not in met:
                    found.append(
                        src.diagnostic(
                            ("levels", level, "statements", i, "id"),
                            f"no action meets statement '{statement.id}': add its id to "
                            "'meets:' of an action below this level (the plan of someone on the "
                            "way there shows only those)",
                        )
                    )
    return found


def _check_meets(
    src: LoadedFile,
    meets: list[str],
    where: Path_,
    level: str,
    levels: list[str],
    level_of: dict[str, str],
    domain_of: dict[str, str],
    own_domain: str,
) -> list[Diagnostic]:
    """One action's `meets:`: present, known, of its own domain and of a level it leads to.

    `level_of` holds the statements of the action's own domain; `domain_of` those of every
    domain (looked up, not filtered per domain: that was quadratic in the number of domains)."""
    if not meets:
        return [
            src.diagnostic(
                where,
                "add 'meets:' with the statement(s) of this domain that this action helps to "
                "make true",
            )
        ]
    found: list[Diagnostic] = []
    top = levels[-1]
    rank = {lvl: i for i, lvl in enumerate(levels)}
    for i, statement_id in enumerate(meets):
        target = level_of.get(statement_id)
        if target is None:
            if domain_of.get(statement_id, own_domain) != own_domain:
                message = (
                    f"statement '{statement_id}' belongs to domain '{domain_of[statement_id]}': "
                    "an action meets statements of its own domain"
                )
            else:
                known = ", ".join(list(level_of)[:6]) + (" ..." if len(level_of) > 6 else "")
                message = f"unknown statement '{statement_id}' (known: {known})"
            found.append(src.diagnostic((*where, "meets", i), message))
            continue
        if not (rank[target] > rank[level] or (level == top and target == top)):
            goal = "the top level" if level == top else f"a level above '{level}'"
            found.append(
                src.diagnostic(
                    (*where, "meets", i),
                    f"statement '{statement_id}' is of level '{target}': an action listed "
                    f"under '{level}' meets statements of {goal}",
                )
            )
    return found
