"""A Content-Security-Policy for every page: scripts only from the site itself.

The theme writes a few small inline scripts (page scope, palette); rather than allow every
inline script, each page's own inline scripts are allowed by their SHA-256 hash. Any script
that an attacker manages to inject (for example through an imported file) has another hash
and does not run.
"""

from __future__ import annotations

import base64
import hashlib
import re

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_DATA_TYPES = ("application/json", "application/ld+json")

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


def inline_script_hashes(html: str) -> list[str]:
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if "src=" in attrs or any(kind in attrs for kind in _DATA_TYPES):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(set(hashes))


def policy_for(html: str) -> str:
    scripts = " ".join(["script-src 'self'", *inline_script_hashes(html)])
    return "; ".join([*BASE_POLICY[:1], scripts, *BASE_POLICY[1:]])


def add_policy(html: str) -> str:
    """Insert the CSP meta tag as the first element of <head>, before any script."""
    match = _HEAD.search(html)
    if not match:
        return html
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    return html[: match.end()] + "\n    " + tag + html[match.end() :]
