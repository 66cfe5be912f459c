"""The scoring rules of the self-scan as plain data, and the JavaScript file that carries them.

Everything the browser needs to know about the model comes from here, so that adding a domain
or an action in YAML and rebuilding is enough for the self-scan to have it.
"""

from __future__ import annotations

import hashlib
import json
from typing import get_args

from generator.catalog import Catalog
from generator.catalog.models import Domain, Effort, Principle
from generator.outputs.export_format import browser_contract
from generator.outputs.pages import page_address
from generator.outputs.rules_model import Rules, RulesDomain, RulesPrinciple

RULES_FORMAT = 1
NAMESPACE = "Zelfscan"
"""The one global of the site's scripts (see js/boot.js)."""


def build_rules(catalog: Catalog) -> Rules:
    """The model as the browser needs it: ids in order with their scores, the matrix, the texts
    the results show (descriptors, statements, actions), and nothing more: it is part of the
    page weight."""
    unknown = catalog.model.unknown_answer
    answers = catalog.model.statement_answers
    return {
        "rulesFormat": RULES_FORMAT,
        "catalogVersion": catalog.version,
        "linkVersion": link_version(catalog),
        "statementLinkVersion": statement_link_version(catalog),
        **browser_contract(),
        "unknown": {"id": unknown.id, "title": unknown.title},
        "statementAnswers": {
            "yes": {"id": answers.holds.id, "title": answers.holds.title},
            "no": {"id": answers.does_not_hold.id, "title": answers.does_not_hold.title},
        },
        "efforts": list(get_args(Effort)),
        "levels": [
            {"id": x.id, "title": x.title, "score": i}
            for i, x in enumerate(catalog.maturity_levels)
        ],
        "needs": [
            {"id": x.id, "title": x.title, "score": i} for i, x in enumerate(catalog.need_levels)
        ],
        "priorities": [
            {"id": x.id, "title": x.title, "description": x.description, "rank": i + 1}
            for i, x in enumerate(catalog.model.priorities)
        ],
        "matrix": catalog.model.priority_matrix,
        "principles": [_principle(x) for x in catalog.principles],
        "profiles": [{"id": x.id, "title": x.title} for x in catalog.profiles],
        "perspectives": [
            {
                "id": x.id,
                "title": x.title,
                "profiles": [p.id for p in catalog.profiles if p.perspective == x.id],
            }
            for x in catalog.profiles_file.perspectives
        ],
        "statuses": [
            {"id": x.id, "title": x.title, "done": x.done} for x in catalog.model.action_statuses
        ],
        "domains": [_domain(d) for d in catalog.domains],
    }


def _domain(domain: Domain) -> RulesDomain:
    return {
        "id": domain.id,
        "title": domain.title,
        "page": page_address(domain),
        "principles": domain.principles,
        "levels": {
            level_id: {
                "descriptor": entry.descriptor,
                "statements": [{"id": s.id, "text": s.text} for s in entry.statements],
                "actions": [
                    {
                        "id": a.id,
                        "title": a.title,
                        "description": a.description,
                        "profiles": a.profiles,
                        "effort": a.effort,
                        "principles": a.principles,
                        "meets": a.meets,
                    }
                    for a in entry.actions
                ],
            }
            for level_id, entry in domain.levels.items()
        },
    }


def _principle(principle: Principle) -> RulesPrinciple:
    """A principle as the plan shows it; the English name only when the charter has one."""
    found: RulesPrinciple = {"id": principle.id, "title": principle.title}
    if principle.title_en is not None:
        found["titleEn"] = principle.title_en
    return found


def link_version(catalog: Catalog) -> str:
    """A hash of what a share link's codes refer to: the ids of domains, levels, needs and
    profiles, in order. Texts, actions and resources may change without breaking links.
    This is the version of '#z2' links (levels picked directly): keep its formula as it is, so
    that links made before statements existed keep opening."""
    return _hash(_link_ids(catalog))


def statement_link_version(catalog: Catalog) -> str:
    """The same for '#z3' links, which also carry an answer per statement, in model order."""
    statements = [s.id for d in catalog.domains for e in d.levels.values() for s in e.statements]
    answers = catalog.model.statement_answers
    return _hash([*_link_ids(catalog), statements, [answers.holds.id, answers.does_not_hold.id]])


def _link_ids(catalog: Catalog) -> list[object]:
    return [
        [d.id for d in catalog.domains],
        [x.id for x in catalog.maturity_levels],
        [x.id for x in catalog.need_levels],
        catalog.model.unknown_answer.id,
        [p.id for p in catalog.profiles],
    ]


def _hash(ids: list[object]) -> str:
    return hashlib.sha256(json.dumps(ids).encode()).hexdigest()[:8]


def rules_script(rules: Rules) -> str:
    """A classic script (works from file://) that defines the rules, plus a CommonJS export."""
    return classic_script(rules, "catalog/", "rules")


def classic_script(data: object, source: str, name: str) -> str:
    """Plain data as a classic script: window.Zelfscan[name] in the browser, module.exports
    in node."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("</", "<\\/")  # never close a <script> element early
    return (
        f"/* Generated from {source} by the Open Data Zelfscan generator. Do not edit. */\n"
        f"(function (root) {{ var {name} = {payload};\n"
        f"  if (typeof module === 'object' && module.exports) {{ module.exports = {name}; }}\n"
        f"  else {{ (root.{NAMESPACE} = root.{NAMESPACE} || {{}}).{name} = {name}; }}\n"
        "})(typeof self !== 'undefined' ? self : this);\n"
    )
