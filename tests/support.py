"""Helpers shared by the tests: the project root, a private project copy, a real build."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUBPATH = "/open-data-zelfscan/"  # served like a GitHub Pages project site
PROJECT_PARTS = ["catalog", "content", "js", "site_overrides", "mkdocs.yml"]

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def copy_project(target: Path) -> Path:
    """Copy what a build needs into `target` (so a test can break it freely)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


def build_site(project: Path, site_dir: Path, *, strict: bool = True, **overrides: object) -> Path:
    """A real MkDocs build (the same code path as `mkdocs build --strict`)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(
        config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=strict, **overrides
    )
    build(config)
    return site_dir


def run_node(*args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        ["node", *args], input=stdin, capture_output=True, text=True, check=False, cwd=ROOT
    )
    if result.returncode != 0:
        raise AssertionError(f"node failed: {result.stderr}")
    return result.stdout
