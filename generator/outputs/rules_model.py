"""The shape of the rules file (assets/zelfscan/rules.js): the one contract between the
generator and every script of the site.

`generator/outputs/rules.py` builds it, `js/engine.js` and the page scripts read it, and the Python
twins in tests/reference/ score on it. TypedDicts document it without costing anything at
build time; a test checks the real rules against them.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict


class Titled(TypedDict):
    id: str
    title: str


class Scored(Titled):
    score: int
    """0 for the lowest level, 1 for the next ..."""


class RulesPriority(Titled):
    description: str
    rank: int
    """1 for the most urgent priority."""


class RulesPrinciple(Titled):
    titleEn: NotRequired[str]
    """The official English name, when the charter has one."""


class RulesStatus(Titled):
    done: bool


class StatementAnswers(TypedDict):
    yes: Titled
    no: Titled


class RulesStatement(TypedDict):
    id: str
    text: str


class RulesAction(TypedDict):
    id: str
    title: str
    description: str
    profiles: list[str]
    effort: str
    principles: list[str]
    meets: list[str]
    """Statement ids of the same domain this action helps to make true."""


class RulesLevel(TypedDict):
    descriptor: str
    statements: list[RulesStatement]
    actions: list[RulesAction]


class RulesDomain(TypedDict):
    id: str
    title: str
    page: str
    """Address of the domain page, relative to the site root."""
    principles: list[str]
    levels: dict[str, RulesLevel]
    """Per maturity level id, in model order."""


class RulesPerspective(Titled):
    profiles: list[str]
    """Ids of the profiles in this group (leadership first, then hands-on)."""


class Rules(TypedDict):
    rulesFormat: int
    catalogVersion: str
    linkVersion: str
    """Version of '#z2' share links (levels, needs, targets, profile)."""
    statementLinkVersion: str
    """Version of '#z3' share links (the same plus an answer per statement)."""
    formats: dict[str, dict[str, Any]]
    limits: dict[str, int]
    patterns: dict[str, str]
    round: dict[str, int]
    """Thresholds of a team round (generator/outputs/export_format.py: ROUND)."""
    unknown: Titled
    statementAnswers: StatementAnswers
    efforts: list[str]
    """Effort ids from small to large."""
    levels: list[Scored]
    needs: list[Scored]
    priorities: list[RulesPriority]
    matrix: dict[str, dict[str, str]]
    principles: list[RulesPrinciple]
    profiles: list[Titled]
    perspectives: list[RulesPerspective]
    """None, or two groups of profiles that a round compares."""
    statuses: list[RulesStatus]
    domains: list[RulesDomain]
