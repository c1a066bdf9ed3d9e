"""The sitemap, written the same way by every build of the same sources.

MkDocs dates every page in sitemap.xml with the day of the build and stamps sitemap.xml.gz with that
time, so two builds of the same sources differ on different days. A page's lastmod should say when it
changed, which is the time of the sources: `make build` passes the newest commit's time in
SOURCE_DATE_EPOCH, the convention of reproducible builds (https://reproducible-builds.org/specs/source-date-epoch/).
Without it no date is known, and the sitemap gives none (lastmod is optional in the sitemap protocol).
"""

from __future__ import annotations

import gzip
import os
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"
SITEMAP = "sitemap.xml"
_LASTMOD = re.compile(r"(\s*)<lastmod>[^<]*</lastmod>")


def source_date(environ: Mapping[str, str] = os.environ) -> date | None:
    """Return the day (UTC) of SOURCE_DATE_EPOCH, or None when it is not set."""
    value = environ.get(EPOCH_VARIABLE, "")
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), UTC).date()
    except (ValueError, OverflowError, OSError) as error:
        raise ValueError(f"{EPOCH_VARIABLE} must be a time in seconds since 1970-01-01 UTC, such as the output of "
                         f"`git log -1 --format=%ct`; received {value!r}") from error


def rewrite_sitemap(site_dir: Path, day: date | None, unlisted: Iterable[str] = ()) -> None:
    """Date every page of MkDocs' sitemap with day (or with nothing), leave out the unlisted pages (by their
    address), and gzip it without a time stamp."""
    path = site_dir / SITEMAP
    if not path.is_file():  # MkDocs skips an empty sitemap
        return
    text = _LASTMOD.sub(rf"\g<1><lastmod>{day.isoformat()}</lastmod>" if day else "", path.read_text("utf-8"))
    for url in unlisted:
        text = re.sub(rf"\s*<url>\s*<loc>{re.escape(escape(url))}</loc>.*?</url>", "", text, flags=re.S)
    data = text.encode("utf-8")
    path.write_bytes(data)
    path.with_name(f"{SITEMAP}.gz").write_bytes(gzip.compress(data, mtime=0))
