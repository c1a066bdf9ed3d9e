"""Builds repeat byte for byte: the same sources give the same files on any day, also when the languages
build in parallel. The clock of the second build is moved on with libfaketime (Debian's faketime), which
every process of the build reads, Pagefind included.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from conftest import ROOT, build_site
from wegweiser.site.sitemap import rewrite_sitemap, source_date

LATER = "+400d"  # a later day and another time of day: libfaketime's offset, the clock keeps running
EPOCH = "1767225600"  # 2026-01-01 00:00:00 UTC
URL = "http://127.0.0.1:8000/"
LASTMOD = re.compile(r"\s*<lastmod>[^<]*</lastmod>")


@pytest.fixture(scope="module")
def later() -> dict[str, str]:
    """The environment that moves a process's clock on (what the faketime command sets)."""
    libraries = sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))
    assert libraries, "libfaketime is missing: `make test` installs Debian's faketime package"
    return {"LD_PRELOAD": str(libraries[0]), "FAKETIME": LATER}


@pytest.fixture(autouse=True)
def no_source_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each build gets its source date from the test (make test exports one)."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def files(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def differences(one: dict[str, bytes], other: dict[str, bytes]) -> list[str]:
    """Name each file that is in one tree only or differs between the two."""
    return sorted(name for name in one.keys() | other.keys() if one.get(name) != other.get(name))


def build(site: Path, language: str, **variables: str) -> Path:
    result = build_site(site, language, URL, **variables)
    assert result.returncode == 0, result.stderr
    return site / language


def test_source_date_is_the_day_of_the_epoch() -> None:
    assert source_date({"SOURCE_DATE_EPOCH": EPOCH}) == date(2026, 1, 1)
    assert source_date({"SOURCE_DATE_EPOCH": "1767311999"}) == date(2026, 1, 1)  # 23:59:59 UTC
    assert source_date({}) is None
    assert source_date({"SOURCE_DATE_EPOCH": ""}) is None


def test_source_date_that_is_no_time() -> None:
    with pytest.raises(ValueError) as error:
        source_date({"SOURCE_DATE_EPOCH": "2026-01-01"})
    assert str(error.value) == ("SOURCE_DATE_EPOCH must be a time in seconds since 1970-01-01 UTC, such as the output "
                                "of `git log -1 --format=%ct`; received '2026-01-01'")


SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url>
         <loc>https://example.org/de/</loc>
         <lastmod>2031-05-17</lastmod>
    </url>
    <url>
         <loc>https://example.org/de/courses/</loc>
         <lastmod>2031-05-17</lastmod>
    </url>
</urlset>"""


@pytest.mark.parametrize(("day", "lastmod"), [(date(2026, 1, 1), "2026-01-01"), (None, None)])
def test_sitemap_is_dated_by_the_sources(tmp_path: Path, day: date | None, lastmod: str | None) -> None:
    (tmp_path / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(SITEMAP.encode(), mtime=1_900_000_000))
    rewrite_sitemap(tmp_path, day)
    text = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    expected = SITEMAP.replace("2031-05-17", lastmod) if lastmod else LASTMOD.sub("", SITEMAP)
    assert text == expected
    packed = (tmp_path / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(packed).decode() == expected
    assert packed[4:8] == b"\0\0\0\0"  # no time stamp in the gzip header


def test_same_site_on_another_day(tmp_path: Path, later: dict[str, str]) -> None:
    """Built today and on a later day, the German site is the same; the source date is its only date."""
    today = files(build(tmp_path / "today", "de", SOURCE_DATE_EPOCH=EPOCH))
    moved = files(build(tmp_path / "later", "de", SOURCE_DATE_EPOCH=EPOCH, **later))
    undated = files(build(tmp_path / "undated", "de", **later))
    assert len(today) > 100
    assert differences(today, moved) == []
    sitemap = today["sitemap.xml"].decode()
    assert sitemap.count("<lastmod>2026-01-01</lastmod>") == sitemap.count("<url>") > 100
    # The editors' report judges verifications against the source date; without one it says less.
    assert differences(today, undated) == ["redaktion/bericht/index.html", "sitemap.xml", "sitemap.xml.gz"]
    assert undated["sitemap.xml"].decode() == LASTMOD.sub("", sitemap)


def newest_commit_day() -> str | None:
    """The day `make build` dates the sitemap with: the newest commit's, if git can tell."""
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    seconds = result.stdout.strip()
    return datetime.fromtimestamp(int(seconds), UTC).date().isoformat() if seconds else None


def test_parallel_make_build_repeats(tmp_path: Path, later: dict[str, str]) -> None:
    """`make build` builds the languages in parallel processes; two runs on different days write the same files."""
    runs = []
    for name, variables in (("one", {}), ("two", later)):
        output = tmp_path / name
        subprocess.run(["make", "--no-print-directory", "build", "LANGUAGES=de ar", f"OUTPUT={output}"],
                       cwd=ROOT, env={**os.environ, **variables}, check=True, capture_output=True, timeout=900)
        runs.append(files(output))
    one, two = runs
    assert {name.split("/")[0] for name in one} == {"de", "ar", "index.html", "404.html", "favicon.svg", "data",
                                                    "admin"}
    assert differences(one, two) == []
    day = newest_commit_day()
    for language in ("de", "ar"):
        sitemap = one[f"{language}/sitemap.xml"].decode()
        dates = set(re.findall(r"<lastmod>([^<]*)</lastmod>", sitemap))
        assert dates == ({day} if day else set())
