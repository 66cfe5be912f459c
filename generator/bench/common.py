"""What every measurement shares: settings, the result row, number formatting, processes."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ["catalog", "content", "js", "site_overrides", "mkdocs.yml"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@dataclass(frozen=True)
class Settings:
    runs: int
    quick: bool
    sizes: tuple[int, int, int]
    scoring_domains: int
    lighthouse_runs: int
    """Lighthouse runs per page (each takes 10–15 s)."""

    @property
    def catalog_size(self) -> int | None:
        """Quick mode builds a tiny synthetic catalogue instead of the real one."""
        return 2 if self.quick else None


@dataclass(frozen=True)
class Row:
    """One line of the README's table, with the numbered note below it."""

    what: str
    result: str
    target: str
    met: bool
    note: str


def num(value: float, digits: int) -> str:
    """`1,234.5`."""
    return f"{value:,.{digits}f}"


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def spread(samples: list[float], digits: int, unit: str = " s") -> str:
    """`1.85 s (1.80–1.91)`: the median, then the range of all runs."""
    low, high = num(min(samples), digits), num(max(samples), digits)
    return f"{num(median(samples), digits)}{unit} ({low}–{high})"


def kb(size: float) -> str:
    return f"{num(size / 1024, 1)} KB"


def missed(met: bool, reason: str) -> str:
    """The note's ending: why a target was missed, nothing when it was met."""
    return "" if met else f" Missed: {reason}"


def run(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    """Run a command to its end; its output, or an error with what it said on stderr."""
    result = subprocess.run(
        command, cwd=cwd, env={**ENV, **(env or {})}, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


class LoadWatch:
    """Samples the machine's load average while the benchmark runs, to say in the report how
    busy the machine was: with more runnable processes than cores, every timing includes time
    spent waiting for other processes."""

    def __init__(self, every: float = 5.0) -> None:
        self.samples: list[float] = []
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.samples.append(os.getloadavg()[0])
            self._stop.wait(self._every)

    def __enter__(self) -> LoadWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> str:
        cores = os.cpu_count() or 1
        high = max(self.samples, default=0.0)
        text = (
            f"The load average during the run was {num(median(self.samples or [0.0]), 1)} "
            f"(up to {num(high, 1)}) on {cores} cores"
        )
        if high > cores + 1:  # Lighthouse's own Chromium alone keeps about one more busy
            return text + (
                ": more processes wanted the CPU than there are cores, so timings include "
                "waiting for it and are higher and more spread than on a quiet machine; "
                "compare figures within this table only."
            )
        return text + "."


def copy_project(target: Path, catalog_size: int | None = None) -> Path:
    """What a build needs, in a private folder; with a synthetic catalogue if a size is given."""
    from generator.bench.synthetic import write_synthetic_catalog

    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    if catalog_size is not None:
        shutil.rmtree(target / "catalog")
        write_synthetic_catalog(target / "catalog", catalog_size)
    return target
