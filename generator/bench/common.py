"""What every measurement shares: settings, the result row, number formatting, processes."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ["catalog", "content", "js", "site_overrides", "mkdocs.yml"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
LANGS = ("nl", "en")
Text = dict[str, str]
"""The same text in every language of LANGS: the page is Dutch, the README English."""


@dataclass(frozen=True)
class Settings:
    runs: int
    quick: bool
    sizes: tuple[int, int, int]
    scoring_domains: int

    @property
    def catalog_size(self) -> int | None:
        """Quick mode builds a tiny synthetic catalogue instead of the real one."""
        return 2 if self.quick else None


@dataclass(frozen=True)
class Row:
    what: Text
    result: Text
    target: Text
    met: bool
    note: Text


def both(make: Callable[[str], str]) -> Text:
    return {lang: make(lang) for lang in LANGS}


def say(lang: str, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def num(value: float, digits: int, lang: str) -> str:
    """`1,234.5` in English, `1.234,5` in Dutch."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if lang == "nl" else text


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def spread(samples: list[float], digits: int, lang: str, unit: str = " s") -> str:
    """`1.85 s (1.80–1.91)`: the median, then the range of all runs."""
    low, high = num(min(samples), digits, lang), num(max(samples), digits, lang)
    return f"{num(median(samples), digits, lang)}{unit} ({low}–{high})"


def kb(size: int, lang: str) -> str:
    return f"{num(size / 1024, 1, lang)} KB"


def run(command: list[str], cwd: Path = ROOT) -> str:
    result = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr}")
    return result.stdout


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def copy_project(target: Path, catalog_size: int | None = None) -> Path:
    """What a build needs, in a private folder; with a synthetic catalogue if a size is given."""
    from generator.synthetic import write_synthetic_catalog

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
