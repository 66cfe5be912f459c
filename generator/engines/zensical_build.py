"""`python -m generator build-zensical`: the same site, built by Zensical instead of MkDocs.

Zensical reads mkdocs.yml but runs no MkDocs plugins, so it builds the exported project
(generator/outputs/project_export.py: the docs folder with every generated page, the full nav), and
the post-build steps run afterwards (generator/html/postbuild.py), exactly as after `mkdocs build`.
The version that works is pinned in pyproject.toml (the `zensical` extra); see the README
for what differs from the MkDocs build today.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from generator.catalog import Catalog
from generator.engines.build_errors import BuildError
from generator.engines.engine_config import PLUGIN, plugin_names
from generator.html.postbuild import finish_site
from generator.outputs.project_export import OVERRIDES_DIR, export_project

MATERIAL_ONLY_OVERRIDES = ["partials/search.html"]
"""Overrides (in site_overrides/) written for mkdocs-material's templates that break Zensical's:
its search is another component (a button that opens a dialog made by its script), so
Material's search form in its place leaves search dead. Zensical gets its own partial."""
ZENSICAL_PLUGINS = {"search", "offline"}
"""Plugins of mkdocs.yml that Zensical re-implements, checked for this site. Zensical skips any
other plugin and `hooks:` without a word, so the build refuses them: check in Zensical's
documentation that a new plugin is one it re-implements, then add it here."""
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
NOT_INSTALLED = (
    "Zensical is not installed here: `make build-zensical` installs the pinned version "
    "(or `pip install -e '.[zensical]'`)"
)


def zensical_theme_dir() -> Path:
    """The folder of Zensical's own templates (its Material-compatible theme)."""
    spec = find_spec("zensical")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError(NOT_INSTALLED)
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def _engine_output(text: str) -> str:
    """Zensical's report without colours and without the Python traceback it ends with."""
    lines = _ANSI.sub("", text).splitlines()
    if "Traceback (most recent call last):" in lines:
        lines = lines[: lines.index("Traceback (most recent call last):")]
    return "\n".join(line for line in lines if line.strip())


def _run_zensical(config_file: Path) -> None:
    command = [sys.executable, "-m", "zensical", "build", "--strict", "-f", str(config_file)]
    result = subprocess.run(
        command,
        cwd=config_file.parent,
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"NO_COLOR": "1"},
    )
    if result.returncode != 0:
        raise BuildError(
            "Zensical could not build the site (paths are inside the exported docs folder: "
            f"content/ for hand-written pages):\n{_engine_output(result.stdout + result.stderr)}"
        )


def _check_nothing_is_skipped(config: dict[str, Any]) -> None:
    skipped = sorted(set(plugin_names(config)) - ZENSICAL_PLUGINS - {PLUGIN})
    if config.get("hooks"):
        skipped.append("hooks")
    if skipped:
        raise BuildError(
            f"mkdocs.yml: {', '.join(skipped)}: not known to work under Zensical, which skips "
            "the plugins it does not re-implement, and hooks, without a word; if it "
            "re-implements one, add it to ZENSICAL_PLUGINS in generator/engines/zensical_build.py"
        )


def _check_site_dir(site_dir: Path, root: Path) -> None:
    """The site folder is replaced as a whole: never the project or a folder holding it."""
    if root.resolve().is_relative_to(site_dir.resolve()):
        raise BuildError(f"{site_dir}: the site folder cannot hold the project itself")


def _drop_material_only_overrides(overrides: Path) -> None:
    for name in MATERIAL_ONLY_OVERRIDES:
        (overrides / name).unlink(missing_ok=True)


def build_with_zensical(catalog: Catalog, root: Path, site_dir: Path) -> int:
    """Build the project at `root` with Zensical into `site_dir` (replaced) and finish it;
    returns the number of pages."""
    theme_dir = zensical_theme_dir()
    site_dir = site_dir.absolute()  # Zensical runs in the stage folder
    _check_site_dir(site_dir, root)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    # next to the target, so that the built folder moves into place in one rename
    stage = Path(tempfile.mkdtemp(prefix=".zensical-build-", dir=site_dir.parent))
    try:
        project = export_project(catalog, root, stage)
        _check_nothing_is_skipped(project.config)
        _drop_material_only_overrides(stage / OVERRIDES_DIR)
        _run_zensical(project.config_file)
        if site_dir.exists():
            shutil.rmtree(site_dir)
        project.site_dir.replace(site_dir)
        return finish_site(
            site_dir,
            [stage / OVERRIDES_DIR, theme_dir],  # the templates this build rendered
            site_url=project.config.get("site_url"),
            offline_zip=project.offline_zip,
        )
    finally:
        shutil.rmtree(stage, ignore_errors=True)
