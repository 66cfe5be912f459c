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

from generator.catalog.checks import Validated, check_all
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
)
from generator.catalog.quality import check_quality
from generator.diagnostics import CatalogError, Diagnostic, display_path

M = TypeVar("M", bound=BaseModel)

SINGLE_FILES: dict[str, type[BaseModel]] = {
    "model.yml": ModelFile,
    "principles.yml": PrinciplesFile,
    "profiles.yml": ProfilesFile,
    "resources.yml": ResourcesFile,
    "process_tool.yml": ProcessToolFile,
    "changelog.yml": ChangelogFile,
}
DOMAINS_DIR = "domains"


@dataclass(frozen=True)
class Catalog:
    """The whole validated model. Domains are sorted by their `order`."""

    model: ModelFile
    principles_file: PrinciplesFile
    profiles: tuple[Profile, ...]
    resources: tuple[Resource, ...]
    process_tool: ProcessToolFile
    domains: tuple[Domain, ...]
    changelog: ChangelogFile
    version: str = field(default="")

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

    def actions(self) -> list[tuple[Domain, Level, Action]]:
        """Every action with its domain and the level it is listed under, in model order."""
        return [
            (domain, level, action)
            for domain in self.domains
            for level in self.maturity_levels
            for action in domain.levels[level.id].actions
        ]

    def dump(self) -> dict[str, object]:
        """The model as plain JSON-ready data (used for the version hash and the open data).

        The changelog is left out: writing down what changed does not change the model.
        """
        return {
            "model": self.model.model_dump(mode="json"),
            "principles": self.principles_file.model_dump(mode="json"),
            "profiles": [x.model_dump(mode="json") for x in self.profiles],
            "resources": [x.model_dump(mode="json") for x in self.resources],
            "process_tool": self.process_tool.model_dump(mode="json"),
            "domains": [x.model_dump(mode="json") for x in self.domains],
        }


def _validate(source: LoadedFile, model: type[M]) -> tuple[M | None, list[Diagnostic]]:
    if source.data is None:
        return None, []
    try:
        return model.model_validate(source.data), []
    except ValidationError as error:
        return None, diagnostics_from(error, source, model)


def catalog_files(catalog_dir: Path) -> list[Path]:
    """Every file the catalogue is made of (what `mkdocs serve` watches and the hash covers)."""
    singles = [catalog_dir / name for name in SINGLE_FILES]
    return singles + sorted((catalog_dir / DOMAINS_DIR).glob("*.yml"))


def load_catalog(catalog_dir: Path, project_root: Path | None = None) -> Catalog:
    """Load every catalogue file; raise CatalogError with all problems, or return the Catalog."""
    with gc_paused():
        return _load_catalog(catalog_dir, project_root or catalog_dir.parent)


def _load_catalog(catalog_dir: Path, root: Path) -> Catalog:
    problems: list[Diagnostic] = []
    singles: dict[str, tuple[LoadedFile, BaseModel]] = {}

    for name, model in SINGLE_FILES.items():
        path = catalog_dir / name
        display = display_path(path, root)
        if not path.is_file():
            problems.append(Diagnostic(display, 1, 1, "", "file is missing"))
            continue
        source, found = load_yaml(path, display)
        problems += found
        validated, found = _validate(source, model)
        problems += found
        if validated is not None and not found:
            singles[name] = (source, validated)

    domains: list[tuple[LoadedFile, Domain]] = []
    all_domains_valid = True
    domain_paths = sorted((catalog_dir / DOMAINS_DIR).glob("*.yml"))
    if not domain_paths:
        where = display_path(catalog_dir / DOMAINS_DIR, root)
        problems.append(Diagnostic(where, 1, 1, "", "no domain files (*.yml) found"))
    for path in domain_paths:
        source, found = load_yaml(path, display_path(path, root))
        problems += found
        validated, found = _validate(source, Domain)
        problems += found
        if validated is not None:
            domains.append((source, validated))
        else:
            all_domains_valid = False

    if len(singles) == len(SINGLE_FILES):
        files = Validated(
            model=singles["model.yml"],  # type: ignore[arg-type]
            principles=singles["principles.yml"],  # type: ignore[arg-type]
            profiles=singles["profiles.yml"],  # type: ignore[arg-type]
            resources=singles["resources.yml"],  # type: ignore[arg-type]
            process_tool=singles["process_tool.yml"],  # type: ignore[arg-type]
            changelog=singles["changelog.yml"],  # type: ignore[arg-type]
            domains=tuple(domains),
            all_domains_valid=all_domains_valid,
        )
        problems += check_all(files)
        problems += check_quality(files)
    if problems:
        raise CatalogError(problems)

    catalog = Catalog(
        model=files.model[1],
        principles_file=files.principles[1],
        profiles=tuple(files.profiles[1].profiles),
        resources=tuple(files.resources[1].resources),
        process_tool=files.process_tool[1],
        domains=tuple(sorted((d for _, d in domains), key=lambda d: d.order)),
        changelog=files.changelog[1],
    )
    digest = hashlib.sha256(
        json.dumps(catalog.dump(), sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()
    return replace(catalog, version=digest[:12])
