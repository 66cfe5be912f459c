"""Reference implementation of the organisation view (js/combine.js): combine a round of
respondents' answers, the organisation's answers, the workshop agenda, two rounds compared, and
two result sets compared. Parity tests keep both identical."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Any

from reference.scoring import Rules, score

Answers = dict[str, Any]


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


def _ids(rules: Rules) -> tuple[str, str, str]:
    answers = rules["statementAnswers"]
    return answers["yes"]["id"], answers["no"]["id"], rules["unknown"]["id"]


def _statements(rules: Rules, domain: dict[str, Any]) -> list[str]:
    return [
        s["id"] for level in rules["levels"] for s in domain["levels"][level["id"]]["statements"]
    ]


def people(rules: Rules, respondents: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The name as given, or the profile and a number in that profile ('Beleidsmedewerker 2')."""
    titles = {p["id"]: p["title"] for p in rules["profiles"]}
    seen: dict[str, int] = {}
    out = []
    for r in respondents:
        name = r["name"].strip() if isinstance(r.get("name"), str) else ""
        profile = r.get("profile") if isinstance(r.get("profile"), str) else ""
        profile = profile if profile in titles else ""
        key = f"name:{name}" if name else f"profile:{profile}"
        seen[key] = seen.get(key, 0) + 1
        if name:
            label = name + (f" ({seen[key]})" if seen[key] > 1 else "")
        else:
            label = f"{titles[profile] if profile else 'Collega'} {seen[key]}"
        out.append(
            {"label": label[: rules["limits"]["name"] + 10], "name": name, "profile": profile}
        )
    return out


def effective_statements(
    rules: Rules, domain: dict[str, Any], answer: Answers, result: dict[str, Any]
) -> dict[str, str]:
    """Given statement answers; for a level picked the quick way: yes up to it, no above."""
    yes, no, unknown = _ids(rules)
    out: dict[str, str] = {}
    if result["way"] == "statements":
        given = answer.get("statements")
        given = given if isinstance(given, dict) else {}
        for sid in _statements(rules, domain):
            if given.get(sid) in (yes, no, unknown):
                out[sid] = given[sid]
    elif result["way"] == "quick" and result["levelState"] == "known":
        for index, level in enumerate(rules["levels"]):
            for s in domain["levels"][level["id"]]["statements"]:
                out[s["id"]] = yes if index <= result["levelScore"] else no
    return out


def _statement_summary(rules: Rules, sid: str, count: dict[str, int]) -> dict[str, Any]:
    yes, no, unknown = _ids(rules)
    minority, decided = min(count[yes], count[no]), count[yes] + count[no]
    proposal = None
    if count[yes] > count[no]:
        proposal = yes
    elif count[no] > 0:
        proposal = no
    elif count[unknown] > 0:
        proposal = unknown
    return {
        "id": sid,
        "answers": {yes: count[yes], no: count[no], unknown: count[unknown]},
        "fromLevel": count["fromLevel"],
        "split": minority > 0 and minority * rules["round"]["split"] >= decided,
        "proposal": proposal,
    }


def _gap(rules: Rules, by_perspective: dict[str, list[int]]) -> dict[str, Any] | None:
    if len(rules["perspectives"]) != 2:
        return None
    groups = [
        {
            "perspective": p["id"],
            "count": len(by_perspective.get(p["id"], [])),
            "median": lower_median(by_perspective.get(p["id"], [])),
        }
        for p in rules["perspectives"]
    ]
    if any(g["count"] < rules["round"]["minGroup"] for g in groups):
        return None
    difference = groups[0]["median"] - groups[1]["median"]
    return {
        "groups": groups,
        "difference": difference,
        "flagged": abs(difference) >= rules["round"]["gap"],
    }


def _perspective(rules: Rules, profile: str) -> str:
    return next((p["id"] for p in rules["perspectives"] if profile in p["profiles"]), "")


def _combine_domain(
    rules: Rules,
    domain: dict[str, Any],
    respondents: list[dict[str, Any]],
    scored: list[dict[str, Any]],
    named: list[dict[str, str]],
) -> dict[str, Any]:
    yes, no, unknown = _ids(rules)
    levels: list[int] = []
    needs: list[int] = []
    by_profile: dict[str, list[int]] = {}
    by_perspective: dict[str, list[int]] = {}
    ways = {"statements": 0, "quick": 0}
    counts = {s: {yes: 0, no: 0, unknown: 0, "fromLevel": 0} for s in _statements(rules, domain)}
    notes = []
    for respondent, result_set, person in zip(respondents, scored, named, strict=True):
        domains = respondent.get("domains")
        answer = domains.get(domain["id"]) if isinstance(domains, dict) else None
        if not isinstance(answer, dict):
            continue
        result = next(d for d in result_set["domains"] if d["id"] == domain["id"])
        if result["way"]:
            ways[result["way"]] += 1
        if result["levelState"] == "known" and result["complete"]:
            levels.append(result["levelScore"])
            by_profile.setdefault(person["profile"], []).append(result["levelScore"])
            perspective = _perspective(rules, person["profile"])
            if perspective:
                by_perspective.setdefault(perspective, []).append(result["levelScore"])
        if result["needState"] == "known":
            needs.append(result["needScore"])
        for sid, value in effective_statements(rules, domain, answer, result).items():
            counts[sid][value] += 1
            if result["way"] == "quick":
                counts[sid]["fromLevel"] += 1
        note = answer["note"].strip() if isinstance(answer.get("note"), str) else ""
        if note:
            notes.append({"by": person["label"] if person["name"] else "", "text": note})
    level = _summary(levels)
    minimum = rules["round"]["minGroup"]
    return {
        "id": domain["id"],
        "respondents": level["count"],
        "level": level,
        "need": _summary(needs),
        "disagreement": level["count"] > 1
        and level["max"] - level["min"] >= rules["round"]["disagreement"],
        "profiles": [
            {"profile": p, "count": len(by_profile[p]), "median": lower_median(by_profile[p])}
            for p in [*(x["id"] for x in rules["profiles"]), ""]
            if len(by_profile.get(p, [])) >= minimum
        ],
        "ways": ways,
        "gap": _gap(rules, by_perspective),
        "statements": [_statement_summary(rules, s, c) for s, c in counts.items()],
        "notes": notes,
    }


def combine(rules: Rules, respondents: list[dict[str, Any]]) -> dict[str, Any]:
    """respondents: [{"name", "profile", "domains": {id: {statements, level, need, note}}}]."""
    named = people(rules, respondents)
    scored = [
        score(rules, {"domains": r["domains"] if isinstance(r.get("domains"), dict) else {}})
        for r in respondents
    ]
    domains = [_combine_domain(rules, d, respondents, scored, named) for d in rules["domains"]]
    profile_ids = [*(p["id"] for p in rules["profiles"]), ""]
    groups = [
        {"profile": p, "count": sum(1 for x in named if x["profile"] == p)} for p in profile_ids
    ]
    proposal: dict[str, Answers] = {}
    for d in domains:
        entry: Answers = {}
        statements = {s["id"]: s["proposal"] for s in d["statements"] if s["proposal"] is not None}
        if statements:
            entry["statements"] = statements
        if d["need"]["median"] is not None:
            entry["need"] = rules["needs"][d["need"]["median"]]["id"]
        proposal[d["id"]] = entry
    return {
        "respondents": len(respondents),
        "people": named,
        "groups": [g for g in groups if g["count"] > 0],
        "perspectives": [
            {
                "perspective": p["id"],
                "count": sum(1 for x in named if x["profile"] in p["profiles"]),
            }
            for p in rules["perspectives"]
        ],
        "domains": domains,
        "proposal": proposal,
    }


def organisation_answers(
    rules: Rules, combined: dict[str, Any], agreed: dict[str, Any]
) -> dict[str, Answers]:
    """The proposal with what the workshop agreed put over it."""
    yes, no, unknown = _ids(rules)
    level_values = [x["id"] for x in rules["levels"]] + [unknown]
    need_values = [x["id"] for x in rules["needs"]] + [unknown]
    out = {}
    for domain in rules["domains"]:
        base = combined["proposal"].get(domain["id"], {})
        mine = agreed.get(domain["id"]) if isinstance(agreed, dict) else None
        mine = mine if isinstance(mine, dict) else {}
        statements = dict(base.get("statements", {}))
        own = mine.get("statements") if isinstance(mine.get("statements"), dict) else {}
        for sid in _statements(rules, domain):
            if own.get(sid) in (yes, no, unknown):
                statements[sid] = own[sid]
        entry: Answers = {}
        if statements:
            entry["statements"] = statements
        if mine.get("level") in level_values:
            entry["level"] = mine["level"]
        need = mine["need"] if mine.get("need") in need_values else base.get("need")
        if need:
            entry["need"] = need
        note = mine.get("note")
        if isinstance(note, str) and note.strip():
            entry["note"] = note.strip()[: rules["limits"]["text"]]
        out[domain["id"]] = entry
    return out


def _kinds(rules: Rules, statement: dict[str, Any]) -> int:
    return sum(1 for a in _ids(rules) if statement["answers"][a] > 0)


def agenda(rules: Rules, combined: dict[str, Any]) -> list[dict[str, Any]]:
    """Domains furthest apart first; per domain the statements to discuss first."""
    yes, no, unknown = _ids(rules)

    def first(a: tuple[int, dict[str, Any]], b: tuple[int, dict[str, Any]]) -> int:
        (ia, sa), (ib, sb) = a, b
        if sa["split"] != sb["split"]:
            return -1 if sa["split"] else 1
        da = sa["answers"][yes] + sa["answers"][no]
        db = sb["answers"][yes] + sb["answers"][no]
        share = min(sb["answers"][yes], sb["answers"][no]) * da - (
            min(sa["answers"][yes], sa["answers"][no]) * db
        )
        return share or (sb["answers"][unknown] - sa["answers"][unknown]) or ia - ib

    items = []
    for order, d in enumerate(combined["domains"]):
        discuss = [
            s["id"]
            for _, s in sorted(
                ((i, s) for i, s in enumerate(d["statements"]) if _kinds(rules, s) > 1),
                key=cmp_to_key(first),
            )
        ]
        spread = d["level"]["max"] - d["level"]["min"] if d["level"]["count"] else 0
        key = (
            0 if d["disagreement"] else 1,
            -spread,
            -sum(1 for s in d["statements"] if s["split"]),
            0 if d["gap"] and d["gap"]["flagged"] else 1,
            -sum(1 for s in d["statements"] if s["answers"][unknown] > 0),
            order,
        )
        items.append(
            (
                key,
                {
                    "id": d["id"],
                    "discuss": discuss,
                    "same": [s["id"] for s in d["statements"] if _kinds(rules, s) == 1],
                    "none": [s["id"] for s in d["statements"] if _kinds(rules, s) == 0],
                },
            )
        )
    return [item for _, item in sorted(items, key=lambda x: x[0])]


def _direction(before: int | None, now: int | None) -> str | None:
    if before is None or now is None:
        return None
    return "up" if now > before else "down" if now < before else "same"


def compare_rounds(rules: Rules, earlier: dict[str, Any], current: dict[str, Any]) -> dict:
    """Per domain the organisation's level and the median, per statement a gain or a drop."""
    yes = _ids(rules)[0]
    rounds = (earlier, current)
    answers_of = [r["answers"] if isinstance(r.get("answers"), dict) else {} for r in rounds]
    scores = [score(rules, {"domains": a}) for a in answers_of]
    gains, drops, domains = [], [], []

    def median(round_: dict[str, Any], did: str) -> int | None:
        found = next((d for d in round_.get("domains") or [] if d["id"] == did), None)
        return found["level"]["median"] if found and found.get("level") else None

    for index, domain in enumerate(rules["domains"]):
        results = [s["domains"][index] for s in scores]
        given = []
        for answers, result in zip(answers_of, results, strict=True):
            answer = answers.get(domain["id"])
            answer = answer if isinstance(answer, dict) else {}
            given.append(effective_statements(rules, domain, answer, result))
        statements = []
        for sid in _statements(rules, domain):
            before, now = given[0].get(sid), given[1].get(sid)
            change = None
            if before is not None and now is not None:
                if now == yes and before != yes:
                    change = "gain"
                elif before == yes and now != yes:
                    change = "drop"
                else:
                    change = "same"
            if change == "gain":
                gains.append({"domain": domain["id"], "statement": sid})
            if change == "drop":
                drops.append({"domain": domain["id"], "statement": sid})
            statements.append({"id": sid, "earlier": before, "current": now, "change": change})
        domains.append(
            {
                "id": domain["id"],
                "earlier": results[0]["levelScore"],
                "current": results[1]["levelScore"],
                "change": _direction(results[0]["levelScore"], results[1]["levelScore"]),
                "medianEarlier": median(earlier, domain["id"]),
                "medianCurrent": median(current, domain["id"]),
                "statements": statements,
            }
        )
    return {"domains": domains, "gains": gains, "drops": drops}


def compare(earlier: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """Direction of change per domain, the earlier plan's actions done (domains that went up)
    and the domains that went down."""
    domains = []
    for before, now in zip(earlier["domains"], current["domains"], strict=True):
        domains.append(
            {
                "id": now["id"],
                "earlier": before["levelScore"],
                "current": now["levelScore"],
                "change": _direction(before["levelScore"], now["levelScore"]),
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
