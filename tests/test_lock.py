"""requirements.lock still fits pyproject.toml, and the environment is what the lock says.

`make lock` is easy to forget after editing a range in pyproject.toml; then a fresh machine
would install something the ranges no longer allow, or miss a new dependency. Both checks
work offline.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version
from support import ROOT

LOCK = ROOT / "requirements.lock"
_PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)(?:\s*;\s*([^\\]+?))?\s*\\?$")


def locked() -> dict[str, str]:
    """{name: version} of the pins that apply to this Python and platform."""
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if not match:
            continue
        name, pinned, marker = match.groups()
        if marker and not Requirement(f"x; {marker}").marker.evaluate(default_environment()):
            continue
        pins[canonicalize_name(name)] = pinned
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in [*project["dependencies"], *extras["test"], *extras["dev"]]]


def test_every_declared_requirement_is_locked_within_its_range() -> None:
    pins = locked()
    assert len(pins) > 20
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in the lock: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"lock has {name}=={pins[name]}, pyproject.toml asks {requirement}: run `make lock`"
        )


def test_every_lock_entry_has_hashes() -> None:
    text = LOCK.read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    for entry in entries:
        if "==" in entry:
            assert "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_environment_is_the_locked_one() -> None:
    different = {}
    for name, pinned in locked().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "missing"
        if installed == "missing" or Version(installed) != Version(pinned):
            different[name] = f"{installed} installed, {pinned} locked"
    assert different == {}, "run `make setup`"
