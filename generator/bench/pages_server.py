"""A local web server for a built site that answers like GitHub Pages does for a project site.

Lighthouse scores what travels over the wire, so the site is served the way visitors get it:
below a project subpath (https://org.github.io/repo/), text types compressed with gzip when
the browser accepts it, and a short cache lifetime (GitHub Pages sends max-age=600).
"""

from __future__ import annotations

import gzip
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

SUBPATH = "/open-data-zelfscan/"
COMPRESSED_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
)


@lru_cache(maxsize=512)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    """Compressed once per file version: the server should not be what Lighthouse measures."""
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Files of `directory` below SUBPATH only; gzip for text types, as GitHub Pages does."""

    extensions_map = {  # noqa: RUF012  (the base class declares it as a plain class attribute)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "application/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".webmanifest": "application/manifest+json",
    }

    def _file(self) -> Path | None:
        clean = unquote(urlsplit(self.path).path)
        if not clean.startswith(SUBPATH):
            return None
        relative = clean[len(SUBPATH) :] or "index.html"
        if relative.endswith("/"):
            relative += "index.html"
        root = Path(self.directory).resolve()
        path = (root / relative).resolve()
        return path if path.is_file() and root in path.parents else None

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def _answer(self, *, with_body: bool) -> None:
        path = self._file()
        status = 200
        if path is None:
            status, path = 404, Path(self.directory) / "404.html"
            if not path.is_file():
                self.send_error(404)
                return
        kind = self.guess_type(str(path))
        body = path.read_bytes()
        compress = kind.startswith(COMPRESSED_TYPES) and "gzip" in (
            self.headers.get("Accept-Encoding") or ""
        )
        if compress:
            body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(status)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if "text/" in kind else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_site(site: Path, port: int = 0) -> Iterator[str]:
    """Serve `site` on `port` (default: a free one); yields the site's address (ending in
    SUBPATH)."""

    def handler(*args: object) -> PagesHandler:
        return PagesHandler(*args, directory=str(site))  # type: ignore[arg-type]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{SUBPATH}"
    finally:
        server.shutdown()
        server.server_close()
