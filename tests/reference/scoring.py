"""Reference implementation of the self-scan scoring, on the generated rules.

The browser runs js/engine.js; this module does exactly the same in Python so that tests can
compare the two on thousands of random answer sets.
Both work on the rules data (see rules.py), never on the YAML directly.
"""

from __future__ import annotations

from typing import Any

Rules = dict[str, Any]
Answers = dict[str, Any]


def _state(value: Any, known: dict[str, int], unknown_id: str) -> str:
    if isinstance(value, str) and value in known:
        return "known"
    if value == unknown_id:
        return "unknown"
    return "open"


def score(rules: Rules, answers: Answers | None) -> dict[str, Any]:
    """Results for `answers` ({"domains": {id: {"level", "need", "target"}}}) under `rules`."""
    level_ids = [x["id"] for x in rules["levels"]]
    level_score = {x["id"]: x["score"] for x in rules["levels"]}
    need_score = {x["id"]: x["score"] for x in rules["needs"]}
    rank = {x["id"]: x["rank"] for x in rules["priorities"]}
    unknown_id = rules["unknown"]["id"]
    given = (answers or {}).get("domains") or {}
    if not isinstance(given, dict):
        given = {}

    domains: list[dict[str, Any]] = []
    total_score = 0
    scored = 0
    answered = 0
    for domain in rules["domains"]:
        answer = given.get(domain["id"])
        if not isinstance(answer, dict):
            answer = {}
        level, need = answer.get("level"), answer.get("need")
        level_state = _state(level, level_score, unknown_id)
        need_state = _state(need, need_score, unknown_id)
        result: dict[str, Any] = {
            "id": domain["id"],
            "levelState": level_state,
            "needState": need_state,
            "level": level if level_state == "known" else None,
            "levelScore": level_score[level] if level_state == "known" else None,
            "need": need if need_state == "known" else None,
            "needScore": need_score[need] if need_state == "known" else None,
            "priority": None,
            "priorityRank": None,
            "target": None,
            "actions": [],
        }
        if level_state != "open" and need_state != "open":
            answered += 1
        if level_state == "known":
            scored += 1
            total_score += result["levelScore"]
            if need_state == "known":
                priority = rules["matrix"][level][need]
                result["priority"] = priority
                result["priorityRank"] = rank[priority]
            result["target"], steps = _target_and_steps(answer.get("target"), level, level_ids)
            result["actions"] = [
                action["id"] for step in steps for action in domain["levels"][step]["actions"]
            ]
        domains.append(result)

    fallback_rank = len(rules["priorities"]) + 1
    order = {d["id"]: i for i, d in enumerate(domains)}
    planned = [d for d in domains if d["levelState"] == "known"]
    planned.sort(
        key=lambda d: (
            d["priorityRank"] if d["priorityRank"] is not None else fallback_rank,
            -(d["needScore"] if d["needScore"] is not None else -1),
            d["levelScore"],
            order[d["id"]],
        )
    )
    return {
        "catalogVersion": rules["catalogVersion"],
        "total": len(domains),
        "answered": answered,
        "scored": scored,
        "overall": {
            "score": total_score / scored if scored else None,
            "max": len(level_ids) - 1,
            "basis": scored,
        },
        "domains": domains,
        "plan": [d["id"] for d in planned],
    }


def _target_and_steps(
    target: Any, level: str, level_ids: list[str]
) -> tuple[str | None, list[str]]:
    """The target level (default: one up) and the levels whose actions lead there.

    At the top level there is no higher target: its own actions keep the organisation there.
    """
    current = level_ids.index(level)
    if current == len(level_ids) - 1:
        return None, [level]
    wanted = level_ids.index(target) if target in level_ids else current + 1
    wanted = max(wanted, current + 1)
    return level_ids[wanted], level_ids[current:wanted]
