"""The benchmark's and Lighthouse's local server answers like GitHub Pages for a project site:
below the subpath only, text compressed with gzip when the browser accepts it, images as
they are. Lighthouse's transferred bytes are only honest if this holds."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.bench.pages_server import SUBPATH, serve_site


def get(url: str, encoding: str = "gzip") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_text_is_gzipped_and_images_are_not(built_site: Path) -> None:
    image = next(p for p in built_site.rglob("*.png"))
    with serve_site(built_site) as address:
        assert address.endswith(SUBPATH)
        status, headers, body = get(address + "zelfscan.html")
        assert status == 200 and headers["Content-Encoding"] == "gzip"
        assert headers["Content-Type"].startswith("text/html")
        assert gzip.decompress(body) == (built_site / "zelfscan.html").read_bytes()
        status, headers, body = get(address + "assets/zelfscan/rules.js")
        assert headers["Content-Encoding"] == "gzip"
        assert len(body) < (built_site / "assets/zelfscan/rules.js").stat().st_size / 2
        status, headers, body = get(address + "zelfscan.html", encoding="identity")
        assert "Content-Encoding" not in headers
        assert body == (built_site / "zelfscan.html").read_bytes()
        status, headers, body = get(address + image.relative_to(built_site).as_posix())
        assert status == 200 and "Content-Encoding" not in headers
        assert body == image.read_bytes()


@pytest.mark.parametrize("path", ["/zelfscan.html", f"{SUBPATH}../mkdocs.yml", f"{SUBPATH}nope"])
def test_outside_the_site_is_not_found(built_site: Path, path: str) -> None:
    with serve_site(built_site) as address:
        status, _, body = get(address.removesuffix(SUBPATH) + path)
    assert status == 404
    assert b"Pagina niet gevonden" in gzip.decompress(body)
