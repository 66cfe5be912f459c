"""`python -m generator export DIR`: a project folder that any engine reading mkdocs.yml can
build without our plugin.

DIR/docs/       content/ with `uses_catalog` pages rendered, plus every generated file
DIR/overrides/  a copy of the theme overrides (site_overrides/)
DIR/mkdocs.yml  the project's mkdocs.yml pointing at those, with the full nav (engine_config)

Build it (`zensical build -f DIR/mkdocs.yml`, or plain `mkdocs build`), then finish the built
folder with generator/html/postbuild.py: finish_site, as `build-zensical` does.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.catalog import Catalog
from generator.engines.build_errors import BuildError
from generator.engines.engine_config import (
    GENERATED_MARK,
    engine_config,
    load_project_config,
    plugin_options,
    write_config,
)
from generator.outputs.docs_folder import docs_files
from generator.outputs.site_files import write_files

DOCS_DIR = "docs"
OVERRIDES_DIR = "overrides"
SITE_DIR = "site"
CONFIG_FILE = "mkdocs.yml"


@dataclass(frozen=True)
class ExportedProject:
    """What an export wrote, and what the post-build steps need to know about it."""

    config_file: Path
    site_dir: Path
    files: int
    config: dict[str, Any]
    """The project's own configuration (mkdocs.yml as read, environment filled in)."""
    template_dir: Path | None
    """The project's theme overrides (site_overrides/), whose inline scripts the CSP allows."""

    @property
    def offline_zip(self) -> str | None:
        return plugin_options(self.config)["offline_zip"] or None


def _prepare(target: Path) -> None:
    """An empty folder, or an earlier export (replaced): never anything else, which the
    export would otherwise mix with or delete."""
    if target.is_dir() and any(target.iterdir()):
        config = target / CONFIG_FILE
        if not (config.is_file() and config.read_text(encoding="utf-8").startswith(GENERATED_MARK)):
            raise BuildError(f"{target}: not empty and not an earlier export; choose a new folder")
        for name in (DOCS_DIR, OVERRIDES_DIR, SITE_DIR):
            shutil.rmtree(target / name, ignore_errors=True)
    target.mkdir(parents=True, exist_ok=True)


def export_project(catalog: Catalog, root: Path, target: Path) -> ExportedProject:
    """Write the buildable project for the project at `root` into `target`."""
    config = load_project_config(root / CONFIG_FILE)
    content_dir = root / str(config.get("docs_dir") or "docs")
    files = docs_files(catalog, root, content_dir)
    _prepare(target)
    written = write_files(files, target / DOCS_DIR)
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    template_dir = root / theme["custom_dir"] if theme.get("custom_dir") else None
    if template_dir is not None:
        shutil.copytree(template_dir, target / OVERRIDES_DIR)
    settings = engine_config(
        config, catalog, docs_dir=DOCS_DIR, custom_dir=OVERRIDES_DIR, site_dir=SITE_DIR
    )
    write_config(settings, target / CONFIG_FILE)
    return ExportedProject(target / CONFIG_FILE, target / SITE_DIR, written, config, template_dir)
