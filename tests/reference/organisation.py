"""Reference implementation of the organisation view (js/combine.js): combine several
respondents' answers and compare two result sets. Parity tests keep both identical."""

from __future__ import annotations

from typing import Any

from reference.scoring import Rules

DISAGREEMENT = 2


def lower_median(values: list[int]) -> int | None:
    """With an even count, the lower of the two middle values: always a real level."""
    if not values:
        return None
    return sorted(values)[(len(values) - 1) // 2]


def _summary(values: list[int]) -> dict[str, int | None]:
    if not values:
        return {"count": 0, "median": None, "min": None, "max": None}
    return {
        "count": len(values),
        "median": lower_median(values),
        "min": min(values),
        "max": max(values),
    }


def combine(rules: Rules, respondents: list[dict[str, Any]]) -> dict[str, Any]:
    """respondents: [{"profile": id or "", "domains": {id: {"level", "need"}}}]."""
    level_score = {x["id"]: i for i, x in enumerate(rules["levels"])}
    need_score = {x["id"]: i for i, x in enumerate(rules["needs"])}
    profiles = [p["id"] for p in rules["profiles"]]
    domains = []
    for domain in rules["domains"]:
        levels: list[int] = []
        needs: list[int] = []
        by_profile: dict[str, list[int]] = {}
        for respondent in respondents:
            answer = (respondent.get("domains") or {}).get(domain["id"])
            if not answer:
                continue
            level, need = answer.get("level"), answer.get("need")
            if isinstance(level, str) and level in level_score:
                levels.append(level_score[level])
                key = respondent.get("profile") if respondent.get("profile") in profiles else ""
                by_profile.setdefault(key, []).append(level_score[level])
            if isinstance(need, str) and need in need_score:
                needs.append(need_score[need])
        level_summary, need_summary = _summary(levels), _summary(needs)
        spread = (level_summary["max"] or 0) - (level_summary["min"] or 0)
        domains.append(
            {
                "id": domain["id"],
                "respondents": len(levels),
                "level": level_summary,
                "need": need_summary,
                "disagreement": len(levels) > 1 and spread >= DISAGREEMENT,
                "profiles": [
                    {
                        "profile": p,
                        "count": len(by_profile[p]),
                        "median": lower_median(by_profile[p]),
                    }
                    for p in [*profiles, ""]
                    if p in by_profile
                ],
            }
        )
    answers = {}
    for d in domains:
        entry = {}
        if d["level"]["median"] is not None:
            entry["level"] = rules["levels"][d["level"]["median"]]["id"]
        if d["need"]["median"] is not None:
            entry["need"] = rules["needs"][d["need"]["median"]]["id"]
        answers[d["id"]] = entry
    return {"respondents": len(respondents), "domains": domains, "answers": answers}


def compare(earlier: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """Direction of change per domain, the earlier plan's actions done (domains that went up)
    and the domains that went down."""
    domains = []
    for before, now in zip(earlier["domains"], current["domains"], strict=True):
        change = None
        if before["levelScore"] is not None and now["levelScore"] is not None:
            if now["levelScore"] > before["levelScore"]:
                change = "up"
            elif now["levelScore"] < before["levelScore"]:
                change = "down"
            else:
                change = "same"
        domains.append(
            {
                "id": now["id"],
                "earlier": before["levelScore"],
                "current": now["levelScore"],
                "change": change,
            }
        )
    still = {a for d in current["domains"] for a in d["actions"]}
    done = [
        {"domain": d["id"], "action": a}
        for d, change in zip(earlier["domains"], domains, strict=True)
        if change["change"] == "up"  # only a domain that went up reached what they were for
        for a in d["actions"]
        if a not in still
    ]
    dropped = [d["id"] for d in domains if d["change"] == "down"]
    return {"domains": domains, "done": done, "dropped": dropped}
