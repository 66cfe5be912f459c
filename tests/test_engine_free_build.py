"""The build without MkDocs plugins: `export` (a buildable project), `build-zensical`, and the
post-build steps over a site folder (generator/html/postbuild.py), with their messages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from support import ROOT, edit, run_python

from generator.catalog import load_catalog
from generator.engines.build_errors import BuildError
from generator.html.csp import UnknownScript
from generator.html.postbuild import finish_site

CATALOG = load_catalog(ROOT / "catalog", ROOT)
TEMPLATES = [ROOT / "site_overrides"]
OWN = "http://127.0.0.1/open-data-zelfscan/"


def test_export_writes_a_project_that_needs_no_plugin(tmp_path: Path) -> None:
    target = tmp_path / "out"
    result = run_python(ROOT, "generator", "export", str(target))
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    assert "zelfscan" not in str(config["plugins"])
    assert (config["docs_dir"], config["theme"]["custom_dir"]) == ("docs", "overrides")
    assert (target / "overrides" / "zelfscan.html").is_file()
    (domains,) = [item["Domeinen"] for item in config["nav"] if "Domeinen" in item]
    assert domains[1:] == [
        {d.title.replace("&", "&amp;"): f"domeinen/{d.id}.md"} for d in CATALOG.domains
    ]
    home = (target / "docs" / "index.md").read_text(encoding="utf-8")
    assert "{{" not in home and "uses_catalog" not in home
    assert f"{len(CATALOG.domains)} domeinen" in home
    privacy = (ROOT / "content" / "over" / "privacy.md").read_bytes()  # no model facts: as is
    assert (target / "docs" / "over" / "privacy.md").read_bytes() == privacy
    assert (target / "docs" / "zelfscan.md").is_file()
    again = run_python(ROOT, "generator", "export", str(target))  # an earlier export: replaced
    assert again.returncode == 0, again.stderr


def test_export_never_writes_into_a_folder_of_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_python(ROOT, "generator", "export", str(tmp_path))
    assert result.returncode == 1
    assert "not empty and not an earlier export" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_export_names_a_mistake_on_a_page_and_a_file_the_catalogue_makes(
    project: Path, tmp_path: Path
) -> None:
    (project / "content" / "domeinen").mkdir()
    (project / "content" / "domeinen" / "kennis.md").write_text("# Kennis\n", encoding="utf-8")
    result = run_python(project, "generator", "export", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "'domeinen/kennis.md' is generated from the catalogue; remove it from content" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    (project / "content" / "domeinen" / "kennis.md").unlink()
    edit(project, "content/index.md", "{{ catalog.domains | length }}", "{{ catalog.nothing + 1 }}")
    result = run_python(project, "generator", "export", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "content/index.md: in a {{ ... }}:" in result.stderr and "nothing" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_zensical_reports_a_broken_link_by_page(project: Path, tmp_path: Path) -> None:
    path = project / "content" / "over" / "index.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n[weg](bestaat-niet.md)\n", "utf-8")
    site = tmp_path / "site"
    result = run_python(project, "generator", "build-zensical", "--site-dir", str(site))
    assert result.returncode == 1
    assert "over/index.md" in result.stderr and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr and "\x1b[" not in result.stderr
    assert not site.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".zensical")] == []


def test_build_zensical_never_replaces_the_project_itself(project: Path) -> None:
    result = run_python(project, "generator", "build-zensical", "--site-dir", str(project))
    assert result.returncode == 1
    assert "cannot hold the project itself" in result.stderr
    assert (project / "mkdocs.yml").is_file()


PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<link rel="canonical" href="https://elders.example/index.html">
<link rel="stylesheet" href="http://127.0.0.1/open-data-zelfscan/assets/site.css">
{extra}</head>
<body><nav><a href="x.html"><span class="md-ellipsis">Gidsen</span></a>
<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="0"></label></nav></body>
</html>
"""


def _site(tmp_path: Path, extra: str = "") -> Path:
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    (site / "index.html").write_text(PAGE.format(extra=""), encoding="utf-8")
    (site / "sub" / "page.html").write_text(PAGE.format(extra=extra), encoding="utf-8")
    return site


def test_finish_site_repairs_protects_and_zips_every_page(tmp_path: Path) -> None:
    site = _site(tmp_path)
    count = finish_site(site, TEMPLATES, site_url=OWN)
    assert count == 2
    for page in ("index.html", "sub/page.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert '<head>\n    <meta http-equiv="Content-Security-Policy"' in html
        assert '<span class="zs-visually-hidden">Gidsen</span></label>' in html
    assert (site / "open-data-zelfscan-offline.zip").is_file()


def test_a_preview_gets_the_repairs_but_no_policy_and_no_zip(tmp_path: Path) -> None:
    site = _site(tmp_path)
    finish_site(site, TEMPLATES, site_url=OWN, policy=False, offline_zip=None)
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" not in html
    assert '<span class="zs-visually-hidden">Gidsen</span></label>' in html
    assert not (site / "open-data-zelfscan-offline.zip").exists()


@pytest.mark.parametrize(
    "extra",
    [
        '<script src="https://unpkg.com/iframe-worker/shim"></script>',  # the offline plugins'
        '<link rel="preload stylesheet" href="//fonts.example/font.css">',
        "<img src=http://127.0.0.2/logo.png>",
    ],
)
def test_a_page_that_loads_from_another_host_stops_the_build(tmp_path: Path, extra: str) -> None:
    site = _site(tmp_path, extra)
    before = {p: p.read_bytes() for p in site.rglob("*.html")}
    with pytest.raises(BuildError, match=r"^sub/page\.html: loads .* from another host"):
        finish_site(site, TEMPLATES, site_url=OWN)
    assert {p: p.read_bytes() for p in site.rglob("*.html")} == before  # nothing written
    assert not (site / "open-data-zelfscan-offline.zip").exists()


def test_an_inline_script_no_template_writes_stops_the_build(tmp_path: Path) -> None:
    site = _site(tmp_path, "<script>alert(1)</script>")
    with pytest.raises(UnknownScript, match=r"^sub/page\.html: an inline script"):
        finish_site(site, TEMPLATES, site_url=OWN)
    assert "Content-Security-Policy" not in (site / "index.html").read_text(encoding="utf-8")


def test_build_zensical_refuses_what_zensical_would_skip(project: Path, tmp_path: Path) -> None:
    """Zensical ignores plugins it does not re-implement and hooks, without a word."""
    edit(project, "mkdocs.yml", "  - zelfscan\n", "  - zelfscan\n  - macros\nhooks: [hooks.py]\n")
    result = run_python(project, "generator", "build-zensical", "--site-dir", str(tmp_path / "s"))
    assert result.returncode == 1
    assert "mkdocs.yml: macros, hooks: not known to work under Zensical" in result.stderr
