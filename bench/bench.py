"""Compare the hooked site build with plain mkdocs-material on the same pages: python bench/bench.py 500 2000.

For each size a synthetic directory is generated, then built twice over: by the real
configuration (the hook reads, checks and renders the directory) and, as the baseline,
as static Markdown by the same configuration without hooks, followed by the same Pagefind
indexing the hook runs and the theme's usual language selector, so that the ratio shows what
generating the pages costs. Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.yaml import yaml_load  # reads mkdocs.yml's !ENV tags as MkDocs does

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from wegweiser.directory import load_directory  # noqa: E402 - needs the path above
from wegweiser.i18n import load_translations  # noqa: E402
from wegweiser.pages import build_pages  # noqa: E402
from wegweiser.search_index import EXCLUDE  # noqa: E402
from wegweiser.synthetic import generate  # noqa: E402

LANGUAGE = "de"
RUNS = 3
TARGET_RATIO = 1.25
MB = 1024 * 1024


@dataclass(frozen=True)
class Result:
    """Figures of one kind of build at one size."""

    name: str
    seconds: float  # median wall time of the runs
    cpu_seconds: float  # median CPU time (user + system) of the runs: steadier on a shared machine
    peak_bytes: int  # largest peak RSS of the build process (or a child of it) over the runs
    pages: int
    entry_page_bytes: float
    output_bytes: int


def main(argv: list[str] | None = None) -> int:
    """Benchmark every size given and print one table."""
    parser = argparse.ArgumentParser(prog="python bench/bench.py", description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="numbers of entry files, e.g. 500 2000")
    args = parser.parse_args(argv)
    results = {size: bench_size(size) for size in args.sizes}
    print_table(results)
    return 0


def bench_size(size: int) -> tuple[Result, Result]:
    """Generate size entries, then build them the real way and the baseline way, RUNS times each."""
    directory = ROOT / "synthetic" / str(size)
    generate(directory, size)
    with tempfile.TemporaryDirectory(prefix="wegweiser-bench-") as temp:
        work = Path(temp)
        baseline_config = _baseline_project(directory, work / "baseline")
        real = _Build("real (hook)", ROOT / "mkdocs.yml", work / "site-real", {"WEGWEISER_DIRECTORY": str(directory)})
        baseline = _Build("baseline (static)", baseline_config, work / "site-baseline", {}, index_after=True)
        # Alternating the two spreads any drift of the machine evenly over both.
        for _ in range(RUNS):
            real.run()
            baseline.run()
        return real.result(), baseline.result()


class _Build:
    """One way of building the site, measured over several runs."""

    def __init__(self, name: str, config: Path, site: Path, env: dict[str, str], *, index_after: bool = False) -> None:
        self.name = name
        self.index_after = index_after  # run Pagefind after the build, as the hook does inside it
        self.config = config
        self.site = site
        self.env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT / "hooks"),
                    "SITE_LANGUAGE": LANGUAGE, "SITE_DIR": str(site), **env}
        self.seconds: list[float] = []
        self.cpu_seconds: list[float] = []
        self.peaks: list[int] = []

    def run(self) -> None:
        """Build once, recording wall time and the build process's own peak memory."""
        commands = [[sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(self.config)]]
        if self.index_after:
            commands.append([sys.executable, "-m", "pagefind", "--site", str(self.site), "--exclude-selectors",
                             EXCLUDE, "--silent"])
        start = time.perf_counter()
        usages = [self._measure(command) for command in commands]
        self.seconds.append(time.perf_counter() - start)
        self.cpu_seconds.append(sum(usage.ru_utime + usage.ru_stime for usage in usages))
        self.peaks.append(max(usage.ru_maxrss for usage in usages) * 1024)  # Linux reports kilobytes

    def _measure(self, command: list[str]) -> os.struct_rusage:  # type: ignore[name-defined]
        """Run command; return its resource usage (including the children it ran)."""
        log = self.site.with_suffix(".log")
        with log.open("wb") as output:
            process = subprocess.Popen(command, cwd=self.config.parent, env=self.env, stdout=output,
                                       stderr=subprocess.STDOUT)
            # wait4 gives this process's rusage: the larger peak of it and of children it ran (Pagefind).
            # RUSAGE_CHILDREN instead would keep the largest peak of all earlier builds.
            _pid, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status):
            raise SystemExit(f"{self.name} failed ({command[2]}):\n{log.read_text(errors='replace')}")
        return usage

    def result(self) -> Result:
        """Return the median time, the largest peak and the size of the last output."""
        files = [path for path in self.site.rglob("*") if path.is_file()]
        entries = list(self.site.glob("courses/*/index.html"))
        return Result(
            name=self.name,
            seconds=statistics.median(self.seconds),
            cpu_seconds=statistics.median(self.cpu_seconds),
            peak_bytes=max(self.peaks),
            pages=sum(1 for path in files if path.name == "index.html"),  # directory URLs: one per page
            entry_page_bytes=statistics.mean(path.stat().st_size for path in entries) if entries else 0.0,
            output_bytes=sum(path.stat().st_size for path in files),
        )


def _baseline_project(directory: Path, work: Path) -> Path:
    """Write the generated pages as Markdown beside a copy of docs/ and a hook-free config; return the config."""
    config_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    translations = load_translations(LANGUAGE)
    loaded, problems = load_directory(directory, translations.gettext)
    if problems:
        raise SystemExit("\n".join(str(problem) for problem in problems))
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs)
    # The same arguments as the hook's on_files, so that both builds get the same Markdown.
    site_languages = tuple(yaml_load(config_text)["extra"]["languages"])
    for page in build_pages(loaded, LANGUAGE, translations, site_languages):
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
    # custom_dir is relative to the config file, so the theme overrides are linked in beside it.
    (work / "overrides").symlink_to(ROOT / "overrides", target_is_directory=True)
    config = work / "mkdocs.yml"
    # A plain multilingual mkdocs-material site lists its languages in extra.alternate (links to each
    # language's start page); the real build links each page to itself in the other languages instead.
    alternates = "".join(f"\n    - {{name: {code}, link: /{code}/, lang: {code}}}" for code in site_languages)
    plain = _without_keys(config_text, ("hooks", "watch"))
    plain = plain.replace("\nextra:\n", f"\nextra:\n  alternate:{alternates}\n", 1)
    config.write_text(plain, encoding="utf-8")
    return config


def _without_keys(config: str, keys: tuple[str, ...]) -> str:
    """Drop top-level keys and their indented or listed values from YAML text, keeping everything else as written."""
    kept: list[str] = []
    dropping = False
    for line in config.splitlines(keepends=True):
        top_level = bool(line.strip()) and not line[0].isspace() and not line.startswith("-")
        if top_level:
            dropping = line.split(":", 1)[0] in keys
        if not dropping:
            kept.append(line)
    return "".join(kept)


def print_table(results: dict[int, tuple[Result, Result]]) -> None:
    """Print the figures of every size, then whether the real build stays within the target ratio."""
    header = ("entries", "build", "pages", "seconds", "s/page", "CPU s", "peak MB", "entry page B", "output MB",
              "ratio", "CPU ratio")
    rows = []
    for size, (real, baseline) in results.items():
        for result in (real, baseline):
            rows.append((str(size), result.name, str(result.pages), f"{result.seconds:.2f}",
                         f"{result.seconds / result.pages:.4f}", f"{result.cpu_seconds:.2f}",
                         f"{result.peak_bytes / MB:.0f}", f"{result.entry_page_bytes:,.0f}",
                         f"{result.output_bytes / MB:.1f}",
                         f"{real.seconds / baseline.seconds:.2f}" if result is real else "",
                         f"{real.cpu_seconds / baseline.cpu_seconds:.2f}" if result is real else ""))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) if i < 2 else cell.rjust(width) for i, (cell, width) in
                        enumerate(zip(row, widths, strict=True))))
    print(f"\nseconds: median wall time of {RUNS} runs; CPU s: median user + system time; peak MB: largest peak "
          "RSS of the build process (MB = 2^20 bytes); ratios: real / baseline")
    for size, (real, baseline) in results.items():
        ratios = {"wall": real.seconds / baseline.seconds, "CPU": real.cpu_seconds / baseline.cpu_seconds}
        for name, ratio in ratios.items():
            verdict = "met" if ratio <= TARGET_RATIO else "not met"
            print(f"{size} entries, {name} time: target ratio <= {TARGET_RATIO}: {verdict} ({ratio:.3f})")


if __name__ == "__main__":
    sys.exit(main())
