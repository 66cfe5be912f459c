"""The downloadable ZIP of the whole built site, for PCs that work offline (file://)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

OFFLINE_ZIP = "open-data-zelfscan-offline.zip"
FOLDER_IN_ZIP = "open-data-zelfscan"
_CSP_META = re.compile(rb'\s*<meta http-equiv="Content-Security-Policy"[^>]*>')


def zip_site(site_dir: Path, name: str = OFFLINE_ZIP) -> Path:
    """Zip `site_dir` (without the ZIP itself) into `site_dir/name`.

    Everything sits in one folder inside the ZIP, so unpacking never scatters files; the
    fastest deflate level keeps the build quick, the text files still shrink well. The theme's
    source maps (*.map, a fifth of the site's bytes) stay out: only a developer's debugger
    reads them, and leaving them out makes the ZIP a quarter smaller and faster to write.

    The pages in the ZIP carry no Content-Security-Policy. The ZIP is for any PC and any
    browser, and a policy of 'self' on file:// addresses is only tested here in Chromium
    (where the site folder opened from disk works with it, search included: see
    tests/browser/test_search.py); without it nothing depends on how another browser reads
    'self' for files. Its pages are the site's pages, checked by the same build, whose
    catalogue text is escaped; the published site keeps its policy.
    """
    target = site_dir / name
    temporary = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for path in sorted(site_dir.rglob("*")):
            if not path.is_file() or path in (target, temporary) or path.suffix == ".map":
                continue
            name = f"{FOLDER_IN_ZIP}/{path.relative_to(site_dir).as_posix()}"
            if path.suffix == ".html":
                archive.writestr(name, _CSP_META.sub(b"", path.read_bytes(), count=1))
            else:
                archive.write(path, name)
    temporary.replace(target)
    return target
