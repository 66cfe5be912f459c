"""Helpers shared by the tests: the project root, a private project copy, a real build."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from generator.bench.common import ROOT, copy_project

__all__ = ["ROOT", "SUBPATH", "build_site", "copy_project", "run_node"]

SUBPATH = "/open-data-zelfscan/"  # served like a GitHub Pages project site

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


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
