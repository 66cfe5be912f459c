"""How much a person reads and answers to finish the self-scan, and how long that takes.

The self-scan page states its duration, and the benchmark reports the same figures, so the
page never guesses: the numbers follow from the catalogue (its statements, domains and need
levels) and from three stated assumptions about people, below.

Two figures: everything (every statement of every domain), and the short way (once a level's
statement is answered "nee", the page folds the levels above it: a municipality that is just
starting answers little more than the first level of each domain).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.catalog import Catalog

READING_WORDS_PER_MINUTE = 180
"""A civil servant reading plain Dutch (B1) with care: slower than the 200-250 of fluent
reading, since each statement is weighed."""
SECONDS_PER_STATEMENT = 5
"""Deciding ja, nee or weet ik niet for one fact one knows or can place."""
SECONDS_PER_DOMAIN = 10
"""Choosing the need of a domain and moving on to the next one."""

NEED_QUESTION = "Hoeveel nood hebben jullie om hierin te groeien?"
"""The question asked per domain (the self-scan form prints it from here)."""


@dataclass(frozen=True)
class Effort:
    words: int
    """Words of the statements, domain titles and the once-read parts (what the issue counts:
    the old level paragraphs held 2,095 words)."""
    statements: int
    domains: int
    summary_words: int
    """Words of the domains' one-sentence summaries, which each step shows too."""
    first_level_words: int
    first_level_statements: int
    """The short way: the statements of the first level above the lowest only."""

    def _minutes(self, words: int, statements: int) -> int:
        seconds = (
            (words + self.summary_words) / READING_WORDS_PER_MINUTE * 60
            + statements * SECONDS_PER_STATEMENT
            + self.domains * SECONDS_PER_DOMAIN
        )
        return max(1, round(seconds / 60))

    @property
    def minutes(self) -> int:
        """Every statement of every domain, summaries read."""
        return self._minutes(self.words, self.statements)

    @property
    def minutes_short(self) -> int:
        """The first level's statements only, summaries read."""
        return self._minutes(self.first_level_words, self.first_level_statements)


def _words(text: str) -> int:
    return len(text.split())


def scan_effort(catalog: Catalog) -> Effort:
    """Per domain its number and title and every statement; the need question, the need
    levels (title and description) and the three answers once: the same question and options
    come back in every domain and are recognised, not read again."""
    statements = [s for d in catalog.domains for e in d.levels.values() for s in e.statements]
    first = catalog.maturity_levels[1].id if len(catalog.maturity_levels) > 1 else None
    first_level = [
        s for d in catalog.domains for s in (d.levels[first].statements if first else [])
    ]
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
    return Effort(
        words=once + per_domain + sum(_words(s.text) for s in statements),
        statements=len(statements),
        domains=len(catalog.domains),
        summary_words=sum(_words(d.summary) for d in catalog.domains),
        first_level_words=once + per_domain + sum(_words(s.text) for s in first_level),
        first_level_statements=len(first_level),
    )
