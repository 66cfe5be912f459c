"""Shared fixtures: a private copy of the project, and the real site built once per run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, SUBPATH, build_site, copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with --strict, shared read-only by many tests.

    Its site_url has the same project subpath the browser tests serve it under, as on
    GitHub Pages (the 404 page uses absolute links built from site_url).
    """
    project = copy_project(tmp_path_factory.mktemp("real") / "project")
    return build_site(project, project / "site", site_url=f"http://127.0.0.1{SUBPATH}")


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site built by Zensical (`python -m generator build-zensical`), with the same
    site_url as built_site, for the comparison of the two engines."""
    site = tmp_path_factory.mktemp("zensical") / "site"
    relative = os.path.relpath(site, ROOT)  # as `make build-zensical` gives it: relative
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build-zensical", "--site-dir", relative],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"SITE_URL": f"http://127.0.0.1{SUBPATH}"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site
