"""Live reload: from saving a catalogue file to `mkdocs serve` serving the rebuilt page."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from generator.bench.common import ENV, Row, Settings, copy_project, median, missed, spread

TARGET_RELOAD = 2.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Poll `url` every 20 ms until `text` is in it; return the seconds that took."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.02)
    raise RuntimeError(f"{text!r} did not appear at {url} within {timeout} s")


def bench_reload(work: Path, s: Settings) -> Row:
    """Edit a domain title while `mkdocs serve` runs, time until the page shows it."""
    project = copy_project(work / "serve", s.catalog_size)
    domain_file = sorted((project / "catalog" / "domains").glob("*.yml"))[0]
    original = domain_file.read_text(encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}"]
    server = subprocess.Popen(
        command, cwd=project, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    samples = []
    try:
        url = f"http://{command[-1]}/domeinen/{domain_file.stem}.html"
        wait_for(url, "</html>", timeout=120)
        for index in range(s.runs):
            marker = f"Meting{index}x{random.randrange(10**6)}"
            edited = original.replace("\ntitle: ", f"\ntitle: {marker} ", 1)
            start = time.perf_counter()
            domain_file.write_text(edited, encoding="utf-8")
            wait_for(url, marker, timeout=60)
            samples.append(time.perf_counter() - start)
            time.sleep(0.6)  # let the watcher settle before the next edit
    finally:
        server.terminate()
        server.wait(timeout=20)
    met = median(samples) < TARGET_RELOAD
    return Row(
        what="Live reload (`mkdocs serve`)",
        result=spread(samples, 2),
        target=f"< {TARGET_RELOAD:g} s",
        met=met,
        note="From saving to the new text being served. MkDocs polls the files every 0.5 s, then "
        "rebuilds the whole site (without CSP and without the ZIP)."
        + missed(met, "that full rebuild plus the polling delay."),
    )
