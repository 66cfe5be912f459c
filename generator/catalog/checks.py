"""Checks that span fields or files: unique ids, references that resolve, complete ladders.

Each check returns diagnostics placed on the offending YAML node; none raises.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.catalog.diagnostics import Diagnostic
from generator.catalog.loader import LoadedFile, Path_
from generator.catalog.models import (
    Action,
    ChangelogFile,
    Domain,
    ModelFile,
    PrinciplesFile,
    ProcessToolFile,
    ProfilesFile,
    ResourcesFile,
    SurveyFile,
)


@dataclass(frozen=True)
class Validated:
    """The catalogue files that passed their own model validation; None for one that did not.

    A check runs when the files it needs are here, so that one broken file hides no problem
    elsewhere, and skips what depends on a broken file, so that one mistake is not reported
    again for every reference to it.
    """

    model: tuple[LoadedFile, ModelFile] | None
    principles: tuple[LoadedFile, PrinciplesFile] | None
    profiles: tuple[LoadedFile, ProfilesFile] | None
    resources: tuple[LoadedFile, ResourcesFile] | None
    process_tool: tuple[LoadedFile, ProcessToolFile] | None
    changelog: tuple[LoadedFile, ChangelogFile] | None
    survey: tuple[LoadedFile, SurveyFile] | None
    domains: tuple[tuple[LoadedFile, Domain], ...]
    all_domains_valid: bool = True
    """False when a domain file failed on its own: cross-file id checks would then cascade."""


Occurrence = tuple[str, LoadedFile, Path_]


def unique(occurrences: Iterable[Occurrence], what: str) -> list[Diagnostic]:
    """A diagnostic for every repeat of an id, naming where it was first used."""
    first: dict[str, Occurrence] = {}
    found: list[Diagnostic] = []
    for value, source, where in occurrences:
        if value in first:
            _, first_source, first_where = first[value]
            line, _ = first_source.position(first_where)
            found.append(
                source.diagnostic(
                    where,
                    f"duplicate {what} '{value}' (already used in {first_source.display}:{line})",
                )
            )
        else:
            first[value] = (value, source, where)
    return found


def resolve(
    ids: Iterable[str], known: Iterable[str] | None, source: LoadedFile, where: Path_, what: str
) -> list[Diagnostic]:
    """A diagnostic for every id in `ids` that is not one of `known` (None: not checkable)."""
    if known is None:
        return []
    known_list = list(dict.fromkeys(known))
    found = []
    for index, value in enumerate(ids):
        if value not in known_list:
            options = ", ".join(known_list[:8]) + (" ..." if len(known_list) > 8 else "")
            found.append(
                source.diagnostic((*where, index), f"unknown {what} '{value}' (known: {options})")
            )
    return found


def check_model(source: LoadedFile, model: ModelFile) -> list[Diagnostic]:
    found = []
    for field in ("maturity_levels", "need_levels", "priorities", "action_statuses"):
        items = getattr(model, field)
        found += unique(((x.id, source, (field, i, "id")) for i, x in enumerate(items)), "id")
    maturity = [x.id for x in model.maturity_levels]
    needs = [x.id for x in model.need_levels]
    unknown = model.unknown_answer.id
    if unknown in maturity or unknown in needs:
        found.append(
            source.diagnostic(
                ("unknown_answer", "id"), f"'{unknown}' is already a level id; pick another id"
            )
        )
    answers = model.statement_answers
    if len({answers.holds.id, answers.does_not_hold.id, unknown}) < 3:
        found.append(
            source.diagnostic(
                ("statement_answers",),
                "holds, does_not_hold and unknown_answer need three different ids",
            )
        )
    priorities = [x.id for x in model.priorities]
    matrix = model.priority_matrix
    for level in maturity:
        if level not in matrix:
            found.append(
                source.diagnostic(("priority_matrix",), f"no row for maturity level '{level}'")
            )
            continue
        for need in needs:
            if need not in matrix[level]:
                found.append(
                    source.diagnostic(
                        ("priority_matrix", level), f"no priority for need level '{need}'"
                    )
                )
    for level, row in matrix.items():
        if level not in maturity:
            found.append(
                source.diagnostic(
                    ("priority_matrix", level), f"unknown maturity level '{level}'", key=True
                )
            )
            continue
        for need, priority in row.items():
            if need not in needs:
                found.append(
                    source.diagnostic(
                        ("priority_matrix", level, need), f"unknown need level '{need}'", key=True
                    )
                )
            elif priority not in priorities:
                found.append(
                    source.diagnostic(
                        ("priority_matrix", level, need),
                        f"unknown priority '{priority}' (known: {', '.join(priorities)})",
                    )
                )
    return found


def check_lists(files: Validated) -> list[Diagnostic]:
    """Unique ids inside the principles, profiles, resources and process-tool files."""
    found: list[Diagnostic] = []
    if files.principles:
        src, principles = files.principles
        found += unique(
            ((p.id, src, ("principles", i, "id")) for i, p in enumerate(principles.principles)),
            "id",
        )
        found += unique(
            (
                (str(p.number), src, ("principles", i, "number"))
                for i, p in enumerate(principles.principles)
            ),
            "number",
        )
        charter = principles.charter
        if charter.stand_in and not charter.stand_in_note:
            found.append(
                src.diagnostic(
                    ("charter", "stand_in"),
                    "add 'stand_in_note:' saying which charter the model means and why this "
                    "one stands in for it",
                )
            )
    if files.profiles:
        src, profiles = files.profiles
        found += unique(
            ((p.id, src, ("profiles", i, "id")) for i, p in enumerate(profiles.profiles)), "id"
        )
        found += check_knowledge(src, profiles)
        found += check_perspectives(src, profiles)
    if files.resources:
        src, resources = files.resources
        found += unique(
            ((r.id, src, ("resources", i, "id")) for i, r in enumerate(resources.resources)),
            "id",
        )
    if files.process_tool:
        src, tool = files.process_tool
        for field in ("phases", "aspects", "ambition_levels"):
            items = getattr(tool, field)
            found += unique(((x.id, src, (field, i, "id")) for i, x in enumerate(items)), "id")
    return found


def check_knowledge(source: LoadedFile, profiles: ProfilesFile) -> list[Diagnostic]:
    """Every profile rates every knowledge dimension, and only those (a complete table)."""
    dimensions = [d.id for d in profiles.knowledge_dimensions]
    found = unique(
        (
            (d.id, source, ("knowledge_dimensions", i, "id"))
            for i, d in enumerate(profiles.knowledge_dimensions)
        ),
        "id",
    )
    for index, profile in enumerate(profiles.profiles):
        where = ("profiles", index)
        for key in profile.knowledge:
            if key not in dimensions:
                known = ", ".join(dimensions) or "none: add knowledge_dimensions first"
                found.append(
                    source.diagnostic(
                        (*where, "knowledge", key),
                        f"unknown knowledge dimension '{key}' (known: {known})",
                        key=True,
                    )
                )
        missing = [d for d in dimensions if d not in profile.knowledge]
        if missing:
            field = "knowledge" if profile.knowledge else "id"
            found.append(
                source.diagnostic(
                    (*where, field),
                    f"no knowledge rating for {', '.join(repr(m) for m in missing)} "
                    "(laag, gemiddeld or hoog)",
                    key=field == "knowledge",
                )
            )
    return found


def check_perspectives(source: LoadedFile, profiles: ProfilesFile) -> list[Diagnostic]:
    """Two perspectives or none, and then every profile in exactly one of them."""
    ids = [p.id for p in profiles.perspectives]
    found = unique(
        ((p.id, source, ("perspectives", i, "id")) for i, p in enumerate(profiles.perspectives)),
        "id",
    )
    if ids and len(ids) != 2:
        found.append(
            source.diagnostic(
                ("perspectives",),
                f"give exactly two perspectives (those who steer, then those who do the "
                f"hands-on work), or none; found {len(ids)}",
            )
        )
    for index, profile in enumerate(profiles.profiles):
        where = ("profiles", index)
        if profile.perspective is None:
            if ids:
                found.append(
                    source.diagnostic(
                        (*where, "id"), f"no perspective: add 'perspective:' ({', '.join(ids)})"
                    )
                )
        elif profile.perspective not in ids:
            known = ", ".join(ids) or "none: add perspectives first"
            found.append(
                source.diagnostic(
                    (*where, "perspective"),
                    f"unknown perspective '{profile.perspective}' (known: {known})",
                )
            )
    return found


def known_ids(files: Validated) -> dict[str, list[str] | None]:
    """The ids domains may refer to, per kind; None where that file is broken."""
    return {
        "level": [x.id for x in files.model[1].maturity_levels] if files.model else None,
        "principle": [p.id for p in files.principles[1].principles] if files.principles else None,
        "profile": [p.id for p in files.profiles[1].profiles] if files.profiles else None,
        "resource": [r.id for r in files.resources[1].resources] if files.resources else None,
    }


def check_domains(files: Validated) -> list[Diagnostic]:
    """Domain ids, orders, level ladders and every reference inside domains."""
    known = known_ids(files)
    levels, principles = known["level"], known["principle"]
    profiles, resources = known["profile"], known["resource"]
    found = unique(((d.id, src, ("id",)) for src, d in files.domains), "domain id")
    found += unique(((str(d.order), src, ("order",)) for src, d in files.domains), "domain order")
    found += unique(
        (
            (action.id, src, ("levels", level, "actions", i, "id"))
            for src, domain in files.domains
            for level, entry in domain.levels.items()
            for i, action in enumerate(entry.actions)
        ),
        "action id",
    )
    # with a broken domain file its actions are unknown here: do not call links to them wrong
    action_ids = (
        {
            action.id
            for _, domain in files.domains
            for entry in domain.levels.values()
            for action in entry.actions
        }
        if files.all_domains_valid
        else None
    )
    for src, domain in files.domains:
        if domain.id != src.path.stem:
            found.append(
                src.diagnostic(
                    ("id",), f"the id '{domain.id}' must equal the file name '{src.path.stem}'"
                )
            )
        found += resolve(domain.principles, principles, src, ("principles",), "principle")
        found += resolve(domain.profiles, profiles, src, ("profiles",), "profile")
        found += resolve(domain.resources, resources, src, ("resources",), "resource")
        for level in levels or []:
            if level not in domain.levels:
                found.append(
                    src.diagnostic(("levels",), f"no descriptor for maturity level '{level}'")
                )
        for level, entry in domain.levels.items():
            if levels is not None and level not in levels:
                found.append(
                    src.diagnostic(
                        ("levels", level),
                        f"unknown maturity level '{level}' (known: {', '.join(levels)})",
                        key=True,
                    )
                )
            for i, action in enumerate(entry.actions):
                where = ("levels", level, "actions", i)
                found += resolve(action.profiles, profiles, src, (*where, "profiles"), "profile")
                found += resolve(
                    action.principles, principles, src, (*where, "principles"), "principle"
                )
                found += resolve(
                    action.resources, resources, src, (*where, "resources"), "resource"
                )
                found += see_also(action, action_ids, src, where)
    return found


def see_also(
    action: Action, action_ids: set[str] | None, source: LoadedFile, where: Path_
) -> list[Diagnostic]:
    """A see-also link names another existing action: a link to itself or to nothing would
    send the reader round in a circle or to a missing anchor (None: ids not checkable)."""
    found = []
    for index, target in enumerate(action.see_also):
        place = (*where, "see_also", index)
        if target == action.id:
            found.append(source.diagnostic(place, "an action cannot refer to itself"))
        elif action_ids is not None and target not in action_ids:
            found.append(
                source.diagnostic(
                    place, f"unknown action '{target}' (see_also takes ids of existing actions)"
                )
            )
    return found


def check_changelog(files: Validated) -> list[Diagnostic]:
    """Newest entry first; ids of added or changed things exist, removed ones are gone."""
    if not files.changelog:
        return []
    src, changelog = files.changelog
    found = []
    dates = [entry.date for entry in changelog.entries]
    for index in range(1, len(dates)):
        if dates[index] > dates[index - 1]:
            found.append(
                src.diagnostic(("entries", index, "date"), "entries must be ordered newest first")
            )
    for index, entry in enumerate(changelog.entries[1:], start=1):
        if not entry.catalog_version:
            found.append(
                src.diagnostic(
                    ("entries", index, "title"),
                    "add 'catalog_version:' with the version this entry produced (12 "
                    "characters; 'check' printed it, and Over > Wijzigingen showed it, before "
                    "the newer entry was added)",
                    key=True,
                )
            )
    if not files.all_domains_valid or not files.resources:
        return found
    known = {d.id for _, d in files.domains}
    known |= {a.id for _, d in files.domains for e in d.levels.values() for a in e.actions}
    known |= {s.id for _, d in files.domains for e in d.levels.values() for s in e.statements}
    known |= {r.id for r in files.resources[1].resources}
    newest = changelog.entries[0]
    for c_index, change in enumerate(newest.changes):
        for i_index, item in enumerate(change.ids):
            where = ("entries", 0, "changes", c_index, "ids", i_index)
            if change.kind != "verwijderd" and item not in known:
                found.append(
                    src.diagnostic(where, f"no domain, statement, action or resource '{item}'")
                )
            if change.kind == "verwijderd" and item in known:
                found.append(src.diagnostic(where, f"'{item}' is marked removed but still exists"))
    return found


def check_newest_version(
    source: LoadedFile, changelog: ChangelogFile, version: str
) -> list[Diagnostic]:
    """The newest entry describes the catalogue as it is now: a version written there must be
    the current one (the site shows the current version there when none is written)."""
    written = changelog.entries[0].catalog_version
    if written is None or written == version:
        return []
    return [
        source.diagnostic(
            ("entries", 0, "catalog_version"),
            f"the catalogue is now version {version}, not {written}: correct it, or leave the "
            "line out while this is the newest entry",
        )
    ]


def check_all(files: Validated) -> list[Diagnostic]:
    from generator.catalog.statement_checks import check_statements  # it builds on this module

    return (
        (check_model(*files.model) if files.model else [])
        + check_lists(files)
        + check_domains(files)
        + check_changelog(files)
        + check_statements(files)
    )
