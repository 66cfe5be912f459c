"""`mkdocs serve` rebuilds when a catalogue file changes, and shows the change."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.bench.serve import free_port, wait_for


def test_serve_rebuilds_on_catalogue_change(project: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        url = f"http://127.0.0.1:{port}/domeinen/kennis.html"
        wait_for(url, "</html>", timeout=60)
        path = project / "catalog" / "domains" / "kennis.yml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\ntitle: ", "\ntitle: Bijgewerkt ", 1), encoding="utf-8")
        wait_for(url, "Bijgewerkt ", timeout=30)
    finally:
        server.terminate()
        server.wait(timeout=10)
