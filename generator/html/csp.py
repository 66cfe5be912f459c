"""A Content-Security-Policy for every page: scripts only from the site itself, and inline
scripts only those that the theme's templates write.

The theme writes a few small inline scripts (page scope, palette); rather than allow every
inline script, each page's own inline scripts are allowed by their SHA-256 hash. Hashing
whatever inline script a built page holds would also allow one that catalogue text smuggled
in, so the list of allowed scripts is decided before any page is filled with catalogue text:
from the theme's template files (the project's custom_dir and mkdocs-material's templates).

Every `<script>` without `src` in those templates becomes a pattern: its text exactly, where
each `{{ ... }}` may only stand for a path-like value (letters, digits and `. / _ ~ : -`,
never a quote, bracket, parenthesis or space). That is what the theme puts there: the base
URL of the page ("." or ".."), which is why one hash per template would not do. A template
script that holds `{% ... %}` is not allowed at all (what it renders to cannot be known). A
data block (`<script type="application/json">`, not run by the browser) must carry an id
that a template's data block has, once per page: the theme reads its settings from the first
`#__config`, so another one before it would change them.

We chose the templates over rendering the theme once on an empty page: the templates are
plain files that any engine ships, the check needs no theme rendering machinery, and a
theme update that adds a script is picked up without a list to maintain. An inline script on
a built page that matches no pattern stops the build (UnknownScript) with the page and the
start of the script; browser code of the project lives in js/ and loads with `src`.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from generator.engines.build_errors import BuildError

_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.I | re.S)
_SRC = re.compile(r"(?:^|\s)src\s*=", re.I)
_TYPE = re.compile(r"""(?:^|\s)type\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.I)
_ID = re.compile(r"""(?:^|\s)id\s*=\s*["']?(?P<id>[^"'\s>]+)""", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}
_EXPRESSION = re.compile(r"(\s*)\{\{(-?)(?:.*?)(-?)\}\}(\s*)", re.S)
_PATH_LIKE = r"[A-Za-z0-9._~/:-]*"
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_SNIPPET = 80

BASE_POLICY = [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
]


class UnknownScript(BuildError):
    """A built page holds an inline script that no template writes."""

    def __init__(self, page: str, script: str) -> None:
        start = " ".join(script.split())[:_SNIPPET]
        super().__init__(
            f"{page}: an inline script that no template writes: {start!r}. Browser code "
            "belongs in js/ (loaded with src); catalogue text is always escaped, so this may "
            "be text that was not"
        )
        self.page = page
        self.script = script


@dataclass(frozen=True)
class AllowedScripts:
    """What the templates write: inline script patterns and ids of data blocks."""

    patterns: list[re.Pattern[str]] = field(default_factory=list)
    data_ids: frozenset[str] = frozenset()

    def allows(self, body: str) -> bool:
        return any(pattern.fullmatch(body) for pattern in self.patterns)


def _is_code(attrs: str) -> bool:
    match = _TYPE.search(attrs)
    return (match.group("type").lower() if match else "") in _JS_TYPES


def _pattern(body: str) -> re.Pattern[str] | None:
    """The rendered forms of one template script, or None if they cannot be known."""
    if "{%" in body or "{#" in body:
        return None
    parts: list[str] = []
    done = 0
    for match in _EXPRESSION.finditer(body):
        before, trim_left, trim_right, after = match.groups()
        parts.append(re.escape(body[done : match.start()]))
        parts.append(r"\s*" if trim_left else re.escape(before))
        parts.append(_PATH_LIKE)
        parts.append(r"\s*" if trim_right else re.escape(after))
        done = match.end()
    parts.append(re.escape(body[done:]))
    return re.compile("".join(parts), re.S)


def _template_files(folders: Iterable[Path]) -> Iterable[Path]:
    for folder in folders:
        for path, subfolders, names in os.walk(folder):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))  # .icons
            yield from (Path(path, name) for name in sorted(names) if name.endswith(".html"))


@cache
def _allowed_scripts(folders: tuple[Path, ...]) -> AllowedScripts:
    patterns: dict[str, re.Pattern[str]] = {}
    data_ids: set[str] = set()
    for path in _template_files(folders):
        for match in _SCRIPT.finditer(path.read_text(encoding="utf-8")):
            attrs, body = match.group("attrs"), match.group("body")
            if _SRC.search(attrs):
                continue
            if not _is_code(attrs):
                found = _ID.search(attrs)
                if found:
                    data_ids.add(found.group("id"))
            elif (pattern := _pattern(body)) is not None:
                patterns.setdefault(pattern.pattern, pattern)
    return AllowedScripts(list(patterns.values()), frozenset(data_ids))


def allowed_scripts(template_folders: Iterable[Path]) -> AllowedScripts:
    """The inline scripts and data blocks that the templates in these folders may write."""
    return _allowed_scripts(tuple(Path(folder).resolve() for folder in template_folders))


def inline_script_hashes(html: str, allowed: AllowedScripts, page: str) -> list[str]:
    """The CSP hashes of the page's inline scripts; UnknownScript if one is not allowed."""
    hashes = set()
    data_seen: set[str] = set()
    for match in _SCRIPT.finditer(html):
        attrs, body = match.group("attrs"), match.group("body")
        if _SRC.search(attrs):
            continue  # from the site itself ('self'), or refused by the policy
        if not _is_code(attrs):
            found = _ID.search(attrs)
            data_id = found.group("id") if found else ""
            if data_id not in allowed.data_ids or data_id in data_seen:
                raise UnknownScript(page, match.group(0))
            data_seen.add(data_id)
            continue
        if not allowed.allows(body):
            raise UnknownScript(page, match.group(0))
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(hashes)


def policy_for(html: str, allowed: AllowedScripts, page: str) -> str:
    scripts = " ".join(["script-src 'self'", *inline_script_hashes(html, allowed, page)])
    return "; ".join([*BASE_POLICY[:1], scripts, *BASE_POLICY[1:]])


def add_policy(html: str, allowed: AllowedScripts, page: str) -> str:
    """Insert the CSP meta tag as the first element of <head>, before any script."""
    match = _HEAD.search(html)
    if not match:
        return html
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html, allowed, page)}">'
    return html[: match.end()] + "\n    " + tag + html[match.end() :]
