"""What the plugin adds to `mkdocs build`, and what the self-scan page weighs.

The baseline is the same site without our code: the generated files written into the docs
folder beforehand, the plugin taken out of mkdocs.yml and its nav spelled out. Building both
the same way (a fresh `mkdocs build` process each) leaves only the plugin's share as the
difference.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from generator.bench.common import (
    LANGS,
    Row,
    Settings,
    both,
    copy_project,
    kb,
    median,
    num,
    run,
    say,
    spread,
    timed,
)

TARGET_RATIO = 1.10
TARGET_OWN_GZIP = 30 * 1024
PARTS = {
    "import": ("imports (pydantic, modellen)", "imports (pydantic, models)"),
    "load": ("catalogus laden en controleren", "loading and checking the catalogue"),
    "generate": ("pagina's, regels en open data maken", "making pages, rules and open data"),
    "csp": ("CSP en navigatienamen per pagina", "CSP and navigation names per page"),
    "zip": ("offline-ZIP", "offline ZIP"),
}


def baseline_config(text: str, catalog: Any) -> str:
    """mkdocs.yml without the zelfscan plugin, with the nav the plugin would have made."""
    import yaml

    from generator.mkdocs_plugin import expand_domain_nav

    lines = text.splitlines(keepends=True)
    kept = [line for line in lines if not re.match(r"\s*-\s*zelfscan\s*(#.*)?$", line)]
    if len(kept) != len(lines) - 1:
        raise RuntimeError("mkdocs.yml should list the plugin once, as '- zelfscan'")
    start = next(i for i, line in enumerate(kept) if line.startswith("nav:"))
    end = next(
        (i for i in range(start + 1, len(kept)) if kept[i][:1] not in ("", " ", "\n", "#")),
        len(kept),
    )
    nav = yaml.safe_load("".join(kept[start:end]))["nav"]
    expand_domain_nav(nav, catalog)
    nav = json.loads(json.dumps(nav))  # plain str titles: YAML cannot write Markup
    nav_text = yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
    return "".join(kept[:start]) + nav_text + "".join(kept[end:])


def make_baseline(target: Path, catalog_size: int | None) -> Path:
    from generator.catalog import load_catalog
    from generator.site_files import site_files, write_files

    project = copy_project(target, catalog_size)
    catalog = load_catalog(project / "catalog")
    write_files(site_files(catalog, project), project / "content")
    config = project / "mkdocs.yml"
    config.write_text(baseline_config(config.read_text(encoding="utf-8"), catalog), "utf-8")
    return project


def mkdocs_build(project: Path) -> float:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", "site"]
    return timed(lambda: run(command, cwd=project))


def pages_of(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def plugin_parts(project: Path) -> dict[str, float]:
    """Cost of each part of the plugin, cold as in a fresh build (run in its own process)."""
    import mkdocs.commands.build  # noqa: F401  (a build has MkDocs loaded before our plugin)
    from mkdocs.config import load_config

    start = time.perf_counter()
    from generator import mkdocs_plugin  # noqa: F401
    from generator.catalog import load_catalog
    from generator.csp import add_policy, allowed_scripts
    from generator.offline import _CSP_META, zip_site
    from generator.site_files import site_files
    from generator.theme_fixes import name_section_toggles

    times = {"import": time.perf_counter() - start}
    start = time.perf_counter()
    catalog = load_catalog(project / "catalog")
    times["load"] = time.perf_counter() - start
    times["generate"] = timed(lambda: site_files(catalog, project))
    site = project / "site"
    pages = {
        p.relative_to(site).as_posix(): _CSP_META.sub(b"", p.read_bytes()).decode()
        for p in sorted(site.rglob("*.html"))
    }
    folders = load_config(str(project / "mkdocs.yml")).theme.dirs  # where the theme's scripts are
    times["csp"] = timed(
        lambda: [
            add_policy(name_section_toggles(page), allowed_scripts(folders), name)
            for name, page in pages.items()
        ]
    )
    times["zip"] = timed(lambda: zip_site(site))
    return times


def bench_build(work: Path, s: Settings) -> tuple[Row, Path]:
    """Build with and without the plugin in turns; return the row and the plugin's project."""
    plugin = copy_project(work / "plugin", s.catalog_size)
    baseline = make_baseline(work / "baseline", s.catalog_size)
    if not s.quick:  # warm the file cache and the bytecode of both
        mkdocs_build(baseline)
        mkdocs_build(plugin)
    pairs = [(mkdocs_build(baseline), mkdocs_build(plugin)) for _ in range(s.runs)]
    without, with_ = [b for b, _ in pairs], [p for _, p in pairs]
    ratios = [p / b for b, p in pairs]
    pages = pages_of(plugin / "site")
    if pages != pages_of(baseline / "site"):
        raise RuntimeError("the baseline does not build the same pages as the plugin")
    command = [sys.executable, "-m", "generator.bench", "--parts", str(plugin)]
    measured = [json.loads(run(command)) for _ in range(s.runs)]
    parts = {key: median([m[key] for m in measured]) for key in PARTS}
    overhead = median([p - b for b, p in pairs])
    largest = max(parts, key=parts.__getitem__)
    met = median(ratios) <= TARGET_RATIO

    def note(lang: str) -> str:
        names = {key: value[LANGS.index(lang)] for key, value in PARTS.items()}
        listed = ", ".join(f"{names[k]} {num(1000 * v, 0, lang)} ms" for k, v in parts.items())
        text = say(
            lang,
            f"Beide bouwen dezelfde {len(pages)} pagina's. De plugin voegt "
            f"{num(overhead, 2, lang)} s toe; los gemeten: {listed}.",
            f"Both build the same {len(pages)} pages. The plugin adds "
            f"{num(overhead, 2, lang)} s; measured separately: {listed}.",
        )
        if met:
            return text
        fixed = largest == "import"
        return text + say(
            lang,
            f" Niet gehaald: het grootste deel is {names[largest]}"
            + (", een vaste kost die niet van de catalogus afhangt." if fixed else "."),
            f" Missed: the largest part is {names[largest]}"
            + (", a fixed cost that does not depend on the catalogue." if fixed else "."),
        )

    row = Row(
        what={"nl": "Bouwen van de site (`mkdocs build`)", "en": "Site build (`mkdocs build`)"},
        result=both(
            lambda lang: (
                say(lang, "met plugin ", "with plugin ")
                + f"{spread(with_, 2, lang)}; {say(lang, 'zonder', 'without')} "
                + f"{spread(without, 2, lang)}; {say(lang, 'verhouding', 'ratio')} "
                + spread(ratios, 2, lang, unit="×")
            )
        ),
        target=both(
            lambda lang: (
                say(lang, "plugin ≤ 10 % extra", "plugin adds ≤ 10 %")
                + f" (≤ {num(TARGET_RATIO, 2, lang)}×)"
            )
        ),
        met=met,
        note=both(note),
    )
    return row, plugin


class _Assets(HTMLParser):
    """Collects the scripts and stylesheets a page loads."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "script" and attr.get("src"):
            self.found.append(str(attr["src"]))
        elif tag == "link" and "stylesheet" in (attr.get("rel") or "").split() and attr.get("href"):
            self.found.append(str(attr["href"]))


def bench_weight(project: Path) -> Row:
    """Bytes the self-scan page loads: our own scripts and styles, apart from the theme's.

    rules.js is counted apart from our code: it is the catalogue itself (every action's text
    that the plan shows), so it grows with the content, not with the code.
    """
    from generator.site_files import ASSET_DIR

    site = project / "site"
    parser = _Assets()
    parser.feed((site / "zelfscan.html").read_text(encoding="utf-8"))
    sizes: dict[str, tuple[int, int]] = {}
    for url in parser.found:
        path = url.split("?")[0].split("#")[0]
        data = (site / path).read_bytes()
        kind = "JS" if path.endswith(".js") else "CSS"
        if path == f"{ASSET_DIR}/rules.js":
            key = "rules"
        elif path.startswith(f"{ASSET_DIR}/") or (
            kind == "CSS" and (project / "site_overrides" / path).is_file()
        ):
            key = f"own {kind}"
        else:
            key = f"theme {kind}"
        raw, packed = sizes.get(key, (0, 0))
        sizes[key] = (raw + len(data), packed + len(gzip.compress(data, 9)))
    own = sum(packed for key, (_, packed) in sizes.items() if not key.startswith("theme"))
    met = own <= TARGET_OWN_GZIP
    labels = {
        "own JS": ("JS-code", "JS code"),
        "rules": ("catalogusgegevens (rules.js)", "catalogue data (rules.js)"),
        "own CSS": ("CSS", "CSS"),
        "theme JS": ("JS", "JS"),
        "theme CSS": ("CSS", "CSS"),
    }

    def group(keys: list[str], lang: str) -> str:
        return "; ".join(
            f"{labels[k][LANGS.index(lang)]} {kb(sizes[k][0], lang)} → {kb(sizes[k][1], lang)} gzip"
            for k in keys
            if k in sizes
        )

    def note(lang: str) -> str:
        theme = group(["theme JS", "theme CSS"], lang)
        text = say(
            lang,
            "Daarnaast laadt de pagina het thema (mkdocs-material en zijn polyfill): "
            f"{theme}. Gemeten met gzip -9; één meting, want bytes variëren niet.",
            "Besides, the page loads the theme (mkdocs-material and its polyfill): "
            f"{theme}. Measured with gzip -9; one measurement, as bytes do not vary.",
        )
        if met:
            return text
        code = sizes.get("own JS", (0, 0))[1] + sizes.get("own CSS", (0, 0))[1]
        return text + say(
            lang,
            f" Niet gehaald door de catalogusgegevens: de code zelf is {kb(code, lang)} gzip, "
            "rules.js bevat de tekst van elke actie, die het plan toont.",
            f" Missed because of the catalogue data: the code itself is {kb(code, lang)} gzip; "
            "rules.js carries the text of every action, which the plan shows.",
        )

    return Row(
        what={
            "nl": "Gewicht zelfscanpagina: eigen JS en CSS",
            "en": "Self-scan page weight: our own JS and CSS",
        },
        result=both(
            lambda lang: (
                f"{group(['own JS', 'rules', 'own CSS'], lang)}; "
                f"{say(lang, 'samen', 'together')} {kb(own, lang)} gzip"
            )
        ),
        target={"nl": "≤ 30 KB gzip", "en": "≤ 30 KB gzip"},
        met=met,
        note=both(note),
    )
