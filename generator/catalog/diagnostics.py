"""One problem found in the catalogue, and how it is shown to a maintainer.

Diagnostics are collected, never raised one at a time, so that a maintainer sees every
problem of a run at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A problem at a position in a catalogue file (line and column count from 1)."""

    file: str
    line: int
    column: int
    field: str
    message: str

    def text(self) -> str:
        """The plain format: `file:line:col: field: message`."""
        where = f"{self.file}:{self.line}:{self.column}"
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )

    def github(self) -> str:
        """A GitHub Actions workflow command that annotates the offending line."""
        message = f"{self.field}: {self.message}" if self.field else self.message
        message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.file},line={self.line},col={self.column}::{message}"


class CatalogError(Exception):
    """Raised once, at the end of loading, with every diagnostic of the run."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        super().__init__(self.report())

    def report(self, fmt: str = "text") -> str:
        lines = [d.github() if fmt == "github" else d.text() for d in self.diagnostics]
        return "\n".join(lines)


def display_path(path: Path, root: Path) -> str:
    """Path as a maintainer types it: relative to the project root when possible.

    Catalogue paths are made from the root, so a plain comparison of the names usually
    answers; only otherwise are both resolved (symbolic links, `..`, relative against
    absolute), which costs a system call per part of the path and a file (40 ms for 1,100).
    """
    if ".." not in path.parts and path.is_absolute() == root.is_absolute():
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
