"""How much a person reads and answers to finish the self-scan, and how long that takes.

The self-scan page states its duration, and the benchmark reports the same figures, so the
page never guesses: the numbers follow from the catalogue (its statements, domains and need
levels) and from three stated assumptions about people, below.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.catalog import Catalog

READING_WORDS_PER_MINUTE = 180
"""A civil servant reading plain Dutch (B1) with care: slower than the 200-250 of fluent
reading, since each statement is weighed."""
SECONDS_PER_STATEMENT = 4
"""Deciding ja, nee or weet ik niet for one fact one knows or can place."""
SECONDS_PER_DOMAIN = 10
"""Choosing the need of a domain and moving on to the next one."""

NEED_QUESTION = "Hoeveel nood hebben jullie om hierin te groeien?"
"""The question asked per domain (the self-scan form prints it from here)."""


@dataclass(frozen=True)
class Effort:
    words: int
    """Words a person reads to answer every domain by statements."""
    statements: int
    domains: int

    @property
    def minutes(self) -> int:
        seconds = (
            self.words / READING_WORDS_PER_MINUTE * 60
            + self.statements * SECONDS_PER_STATEMENT
            + self.domains * SECONDS_PER_DOMAIN
        )
        return max(1, round(seconds / 60))


def _words(text: str) -> int:
    return len(text.split())


def scan_effort(catalog: Catalog) -> Effort:
    """Per domain its number and title and every statement; the need question, the need
    levels (title and description) and the three answers once: the same question and options
    come back in every domain and are recognised, not read again."""
    statements = [s for d in catalog.domains for e in d.levels.values() for s in e.statements]
    answers = catalog.model.statement_answers
    once = (
        _words(NEED_QUESTION)
        + sum(_words(n.title) + _words(n.description) for n in catalog.need_levels)
        + sum(
            _words(x.title)
            for x in (answers.holds, answers.does_not_hold, catalog.model.unknown_answer)
        )
    )
    per_domain = sum(1 + _words(d.title) for d in catalog.domains)
    words = once + per_domain + sum(_words(s.text) for s in statements)
    return Effort(words=words, statements=len(statements), domains=len(catalog.domains))
