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


def _valid_statements(domain: dict[str, Any], given: Any, allowed: list[str]) -> dict[str, str]:
    if not isinstance(given, dict):
        return {}
    return {
        st["id"]: given[st["id"]]
        for level in domain["levels"].values()
        for st in level["statements"]
        if st["id"] in given and given[st["id"]] in allowed
    }


def _by_statements(
    domain: dict[str, Any],
    given: dict[str, str],
    level_ids: list[str],
    yes: str,
    no: str,
    unknown: str,
) -> dict[str, Any]:
    reached = 0
    for i in range(1, len(level_ids)):
        if not all(
            given.get(st["id"]) == yes for st in domain["levels"][level_ids[i]]["statements"]
        ):
            break
        reached = i
    if reached == len(level_ids) - 1:
        return {"reached": reached, "progress": None, "uncertain": [], "complete": True}
    nxt = domain["levels"][level_ids[reached + 1]]["statements"]
    decided = any(given.get(st["id"]) == no for st in nxt)
    all_answered = all(st["id"] in given for st in nxt)
    return {
        "reached": reached,
        "progress": {
            "level": level_ids[reached + 1],
            "met": sum(1 for st in nxt if given.get(st["id"]) == yes),
            "total": len(nxt),
        },
        "uncertain": [] if decided else [st["id"] for st in nxt if given.get(st["id"]) == unknown],
        "complete": decided or all_answered,
    }


def _status(result: dict[str, Any]) -> str:
    if not result["way"] and result["needState"] == "open":
        return "open"
    if result["levelState"] == "open" or not result["complete"] or result["needState"] == "open":
        return "busy"
    if result["uncertain"] or "unknown" in (result["levelState"], result["needState"]):
        return "uncertain"
    return "done"


def score(rules: Rules, answers: Answers | None) -> dict[str, Any]:
    """Results for `answers` ({"domains": {id: {"level", "statements", "need", "target"}}})."""
    level_ids = [x["id"] for x in rules["levels"]]
    level_score = {x["id"]: x["score"] for x in rules["levels"]}
    need_score = {x["id"]: x["score"] for x in rules["needs"]}
    rank = {x["id"]: x["rank"] for x in rules["priorities"]}
    unknown_id = rules["unknown"]["id"]
    yes, no = rules["statementAnswers"]["yes"]["id"], rules["statementAnswers"]["no"]["id"]
    given = (answers or {}).get("domains") if isinstance(answers, dict) else None
    if not isinstance(given, dict):
        given = {}
    top = len(level_ids) - 1

    domains: list[dict[str, Any]] = []
    total_score = 0
    scored = 0
    answered = 0
    for domain in rules["domains"]:
        answer = given.get(domain["id"])
        if not isinstance(answer, dict):
            answer = {}
        statements = _valid_statements(domain, answer.get("statements"), [yes, no, unknown_id])
        quick = _state(answer.get("level"), level_score, unknown_id)
        way = "quick" if quick != "open" else ("statements" if statements else None)
        derived = (
            _by_statements(domain, statements, level_ids, yes, no, unknown_id)
            if way == "statements"
            else None
        )
        level_state = "known" if way == "statements" else quick
        if derived:
            level = level_ids[derived["reached"]]
        else:
            level = answer.get("level") if quick == "known" else None
        need = answer.get("need")
        need_state = _state(need, need_score, unknown_id)
        result: dict[str, Any] = {
            "id": domain["id"],
            "way": way,
            "levelState": level_state,
            "needState": need_state,
            "level": level,
            "levelScore": level_score[level] if level is not None else None,
            "need": need if need_state == "known" else None,
            "needScore": need_score[need] if need_state == "known" else None,
            "priority": None,
            "priorityRank": None,
            "target": None,
            "progress": derived["progress"] if derived else None,
            "uncertain": derived["uncertain"] if derived else [],
            "complete": way == "quick" or bool(derived and derived["complete"]),
            "missing": [],
            "actions": [],
            "status": "open",
        }
        if level_state == "known":
            scored += 1
            total_score += result["levelScore"]
            if need_state == "known":
                priority = rules["matrix"][level][need]
                result["priority"] = priority
                result["priorityRank"] = rank[priority]
            current = level_ids.index(level)
            if current == top:
                result["actions"] = [a["id"] for a in domain["levels"][level]["actions"]]
            else:
                target = answer.get("target")
                wanted = (
                    level_ids.index(target)
                    if isinstance(target, str) and target in level_ids
                    else current + 1
                )
                wanted = max(wanted, current + 1)
                result["target"] = level_ids[wanted]
                result["missing"] = [
                    st["id"]
                    for lid in level_ids[current + 1 : wanted + 1]
                    for st in domain["levels"][lid]["statements"]
                    if way == "quick" or statements.get(st["id"]) != yes
                ]
                missing = set(result["missing"])
                result["actions"] = [
                    a["id"]
                    for lid in level_ids[:wanted]  # keep-it actions of the target stay out
                    for a in domain["levels"][lid]["actions"]
                    if missing.intersection(a["meets"])
                ]
        result["status"] = _status(result)
        if result["status"] in ("done", "uncertain"):
            answered += 1
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
            "max": top,
            "basis": scored,
        },
        "domains": domains,
        "plan": [d["id"] for d in planned],
    }
