"""The scoring rules of the self-scan as plain data, and the JavaScript file that carries them.

Everything the browser needs to know about the model comes from here, so that adding a domain
or an action in YAML and rebuilding is enough for the self-scan to have it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from generator.catalog import Catalog
from generator.catalog.models import Principle
from generator.export_format import browser_contract
from generator.pages import DOMAIN_DIR

RULES_FORMAT = 1
NAMESPACE = "Zelfscan"
"""The one global of the site's scripts (see js/boot.js)."""


def build_rules(catalog: Catalog) -> dict[str, Any]:
    """The model as the browser needs it: ids in order with their scores, the matrix, the texts
    the results show (descriptors, actions), and nothing more: it is part of the page weight."""
    unknown = catalog.model.unknown_answer
    return {
        "rulesFormat": RULES_FORMAT,
        "catalogVersion": catalog.version,
        "linkVersion": link_version(catalog),
        **browser_contract(),
        "unknown": {"id": unknown.id, "title": unknown.title},
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
        "statuses": [
            {"id": x.id, "title": x.title, "done": x.done} for x in catalog.model.action_statuses
        ],
        "domains": [
            {
                "id": d.id,
                "title": d.title,
                "page": f"{DOMAIN_DIR}/{d.id}.html",
                "principles": d.principles,
                "levels": {
                    level_id: {
                        "descriptor": entry.descriptor,
                        "actions": [
                            {
                                "id": a.id,
                                "title": a.title,
                                "description": a.description,
                                "profiles": a.profiles,
                                "effort": a.effort,
                                "principles": a.principles,
                            }
                            for a in entry.actions
                        ],
                    }
                    for level_id, entry in d.levels.items()
                },
            }
            for d in catalog.domains
        ],
    }


def _principle(principle: Principle) -> dict[str, str]:
    """A principle as the plan shows it; the English name only when the charter has one."""
    found = {"id": principle.id, "title": principle.title}
    if principle.title_en is not None:
        found["titleEn"] = principle.title_en
    return found


def link_version(catalog: Catalog) -> str:
    """A hash of what a share link's codes refer to: the ids of domains, levels, needs and
    profiles, in order. Texts, actions and resources may change without breaking links."""
    ids = [
        [d.id for d in catalog.domains],
        [x.id for x in catalog.maturity_levels],
        [x.id for x in catalog.need_levels],
        catalog.model.unknown_answer.id,
        [p.id for p in catalog.profiles],
    ]
    return hashlib.sha256(json.dumps(ids).encode()).hexdigest()[:8]


def rules_script(rules: dict[str, Any]) -> str:
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
