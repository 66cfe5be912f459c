"""Load, validate and cross-check the catalogue: YAML files in, one immutable Catalog out.

`load_catalog` is the single entry point. It collects every problem of every file and raises
one `CatalogError` holding all of them, or returns a `Catalog` that later steps can trust.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from generator.catalog.checks import Validated, check_all, check_newest_version
from generator.catalog.diagnostics import CatalogError, Diagnostic, display_path
from generator.catalog.loader import LoadedFile, gc_paused, load_yaml
from generator.catalog.locate import diagnostics_from
from generator.catalog.models import (
    Action,
    ChangelogFile,
    Domain,
    Level,
    ModelFile,
    Principle,
    PrinciplesFile,
    ProcessToolFile,
    Profile,
    ProfilesFile,
    Resource,
    ResourcesFile,
    SurveyFile,
)
from generator.catalog.quality import check_quality
from generator.catalog.survey_checks import check_survey

M = TypeVar("M", bound=BaseModel)

SINGLE_FILES: dict[str, type[BaseModel]] = {
    "model.yml": ModelFile,
    "principles.yml": PrinciplesFile,
    "profiles.yml": ProfilesFile,
    "resources.yml": ResourcesFile,
    "process_tool.yml": ProcessToolFile,
    "changelog.yml": ChangelogFile,
    "survey.yml": SurveyFile,
}
DOMAINS_DIR = "domains"


@dataclass(frozen=True)
class Catalog:
    """The whole validated model. Domains are sorted by their `order`."""

    model: ModelFile
    principles_file: PrinciplesFile
    profiles_file: ProfilesFile
    profiles: tuple[Profile, ...]
    resources: tuple[Resource, ...]
    process_tool: ProcessToolFile
    domains: tuple[Domain, ...]
    changelog: ChangelogFile
    survey: SurveyFile
    """The staff survey's question bank (not part of the version hash: it scores nothing)."""
    version: str = field(default="")
    _dumped: dict[str, object] | None = field(default=None, repr=False, compare=False)

    @property
    def maturity_levels(self) -> list[Level]:
        return self.model.maturity_levels

    @property
    def need_levels(self) -> list[Level]:
        return self.model.need_levels

    @property
    def principles(self) -> list[Principle]:
        return self.principles_file.principles

    @cached_property
    def by_id(self) -> dict[str, dict[str, BaseModel]]:
        """Lookup tables: by_id['principle']['open-by-default'] and so on."""
        return {
            "level": {x.id: x for x in self.maturity_levels},
            "need": {x.id: x for x in self.need_levels},
            "priority": {x.id: x for x in self.model.priorities},
            "principle": {x.id: x for x in self.principles},
            "profile": {x.id: x for x in self.profiles},
            "resource": {x.id: x for x in self.resources},
            "domain": {x.id: x for x in self.domains},
        }

    def actions(self) -> tuple[tuple[Domain, Level, Action], ...]:
        """Every action with its domain and the level it is listed under, in model order."""
        return self._actions

    @cached_property
    def _actions(self) -> tuple[tuple[Domain, Level, Action], ...]:
        levels = self.maturity_levels
        return tuple(
            (domain, level, action)
            for domain in self.domains
            for level in levels
            for action in domain.levels[level.id].actions
        )

    def dump(self) -> dict[str, object]:
        """The model as plain JSON-ready data (used for the version hash and the open data).

        The changelog is left out: writing down what changed does not change the model.
        Made once, when the version is computed; treat it as read-only.
        """
        return self._dumped if self._dumped is not None else self._dump()

    def _dump(self) -> dict[str, object]:
        return {
            "model": self.model.model_dump(mode="json"),
            "principles": self.principles_file.model_dump(mode="json"),
            "profiles": [x.model_dump(mode="json") for x in self.profiles],
            "profile_knowledge": self.profiles_file.model_dump(
                mode="json", include={"knowledge_dimensions", "knowledge_note"}
            ),
            "resources": [x.model_dump(mode="json") for x in self.resources],
            "process_tool": self.process_tool.model_dump(mode="json"),
            "domains": [x.model_dump(mode="json") for x in self.domains],
        }


def _validate(source: LoadedFile, model: type[M]) -> tuple[M | None, list[Diagnostic]]:
    if source.data is None:  # unreadable, empty or broken: load_yaml has said why
        return None, []
    try:
        return model.model_validate(source.data), []
    except ValidationError as error:
        return None, diagnostics_from(error, source, model)


def _load_file(
    path: Path, root: Path, model: type[M]
) -> tuple[tuple[LoadedFile, M] | None, list[Diagnostic]]:
    """One catalogue file, validated on its own: (source, model) or None, and its problems."""
    display = display_path(path, root)
    if not path.is_file():
        return None, [Diagnostic(display, 1, 1, "", "file is missing")]
    source, problems = load_yaml(path, display)
    validated, found = _validate(source, model)
    problems += found
    return ((source, validated) if validated is not None and not problems else None), problems


def load_catalog(catalog_dir: Path, project_root: Path | None = None) -> Catalog:
    """Load every catalogue file; raise CatalogError with all problems, or return the Catalog."""
    root = project_root or catalog_dir.parent
    if not catalog_dir.is_dir():
        where = display_path(catalog_dir, root)
        raise CatalogError(
            [
                Diagnostic(
                    where,
                    1,
                    1,
                    "",
                    "no catalogue folder here: run the command in the project folder "
                    "(where mkdocs.yml is) or pass --catalog FOLDER",
                )
            ]
        )
    with gc_paused():
        return _load_catalog(catalog_dir, root)


def _load_domains(
    catalog_dir: Path, root: Path
) -> tuple[list[tuple[LoadedFile, Domain]], bool, list[Diagnostic]]:
    """Every domain file: the valid ones, whether all were valid, and the problems."""
    folder = catalog_dir / DOMAINS_DIR
    problems: list[Diagnostic] = []
    for path in sorted(folder.glob("*.yaml")):
        problems.append(
            Diagnostic(
                display_path(path, root),
                1,
                1,
                "",
                f"domain files end in .yml: rename it to '{path.stem}.yml', or it is left out",
            )
        )
    paths = sorted(folder.glob("*.yml"))
    if not paths:
        problems.append(
            Diagnostic(display_path(folder, root), 1, 1, "", "no domain files (*.yml) found")
        )
    domains: list[tuple[LoadedFile, Domain]] = []
    for path in paths:
        loaded, found = _load_file(path, root, Domain)
        problems += found
        if loaded is not None:
            domains.append(loaded)
    return domains, len(domains) == len(paths), problems


def _load_catalog(catalog_dir: Path, root: Path) -> Catalog:
    problems: list[Diagnostic] = []

    def load(model: type[M]) -> tuple[LoadedFile, M] | None:
        name = next(name for name, kind in SINGLE_FILES.items() if kind is model)
        loaded, found = _load_file(catalog_dir / name, root, model)
        problems.extend(found)
        return loaded

    model = load(ModelFile)
    principles = load(PrinciplesFile)
    profiles = load(ProfilesFile)
    resources = load(ResourcesFile)
    process_tool = load(ProcessToolFile)
    changelog = load(ChangelogFile)
    survey = load(SurveyFile)
    domains, all_domains_valid, found = _load_domains(catalog_dir, root)
    problems += found

    # Every check whose files are valid runs, so one broken file hides no other problem.
    files = Validated(
        model=model,
        principles=principles,
        profiles=profiles,
        resources=resources,
        process_tool=process_tool,
        changelog=changelog,
        survey=survey,
        domains=tuple(domains),
        all_domains_valid=all_domains_valid,
    )
    problems += check_all(files)
    problems += check_survey(files)
    problems += check_quality(files)
    if (
        problems
        or model is None
        or principles is None
        or profiles is None
        or resources is None
        or process_tool is None
        or changelog is None
        or survey is None
    ):
        raise CatalogError(problems)

    catalog = Catalog(
        model=model[1],
        principles_file=principles[1],
        profiles_file=profiles[1],
        profiles=tuple(profiles[1].profiles),
        resources=tuple(resources[1].resources),
        process_tool=process_tool[1],
        domains=tuple(sorted((d for _, d in domains), key=lambda d: d.order)),
        changelog=changelog[1],
        survey=survey[1],
    )
    dumped = catalog.dump()
    digest = hashlib.sha256(
        json.dumps(dumped, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
    problems = check_newest_version(changelog[0], changelog[1], digest[:12])
    if problems:
        raise CatalogError(problems)
    return replace(catalog, version=digest[:12], _dumped=dumped)
