"""How catalogue ids become codes in survey platforms, in one place.

LimeSurvey question and subquestion codes may hold letters and digits only (at most 20), so
ids with hyphens are mapped: the self-scan's statements of a domain become one array question
whose code is the statements part's prefix letter followed by the domain id without hyphens
(`Z` + `open-data-governance` → `Zopendatagovernance`), and each statement a subquestion whose
code is the statement id without the domain id in front and without hyphens
(`sponsoring-leiding-besprak-open-data` in domain `sponsoring` → `leidingbesprakopenda`),
both cut at 20 characters. The mapping depends on the ids only, so it stays the same as long as
they do; `check` reports ids that would give two equal codes.

In the plain question list, and in answer files from platforms without an import, an answer
is written as `<question id>-<answer code>` (`A4-3 Neutraal`); a statement of the statements
part is a question of its own, `<domain code>_<statement code>`.
"""

from __future__ import annotations

MAX_CODE = 20
RESERVED_SUBQUESTION = "time"
"""LimeSurvey uses `<question>time` for timings: no subquestion may be called so."""


def domain_code(prefix: str, domain_id: str) -> str:
    """The LimeSurvey question code of a domain's statements."""
    return (prefix + domain_id.replace("-", ""))[:MAX_CODE]


def statement_code(domain_id: str, statement_id: str) -> str:
    """The LimeSurvey subquestion code of a statement within its domain's question."""
    own = statement_id.removeprefix(domain_id + "-")
    return own.replace("-", "")[:MAX_CODE]


def statement_column(prefix: str, domain_id: str, statement_id: str) -> str:
    """The question id of a statement in the plain question list."""
    return f"{domain_code(prefix, domain_id)}_{statement_code(domain_id, statement_id)}"


def answer_label(question_id: str, code: str) -> str:
    """The prefix of an answer in the plain question list: `A4-3`."""
    return f"{question_id}-{code}"
