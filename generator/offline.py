"""The downloadable ZIP of the whole built site, for PCs that work offline (file://)."""

from __future__ import annotations

import zipfile
from pathlib import Path

OFFLINE_ZIP = "open-data-zelfscan-offline.zip"
FOLDER_IN_ZIP = "open-data-zelfscan"


def zip_site(site_dir: Path, name: str = OFFLINE_ZIP) -> Path:
    """Zip `site_dir` (without the ZIP itself) into `site_dir/name`.

    Everything sits in one folder inside the ZIP, so unpacking never scatters files; the
    fastest deflate level keeps the build quick, the text files still shrink well.
    """
    target = site_dir / name
    temporary = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file() and path not in (target, temporary):
                archive.write(path, f"{FOLDER_IN_ZIP}/{path.relative_to(site_dir).as_posix()}")
    temporary.replace(target)
    return target
