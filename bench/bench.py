"""Measure the site as readers and editors meet it: python bench/bench.py [--sizes 500 1000 2000 10000].

For each size a synthetic directory is generated and every language is built, once the real way and
once as plain mkdocs-material on the same pages (bench/builds.py says how), alternating if --runs is
more than one. Then, at the smallest size, how long `make serve` takes from saving an entry to serving
its page (bench/serve_latency.py); at the largest, what a first search downloads (bench/search_transfer.py);
and on the real directory, in German and Arabic, what a first visit on a phone downloads and the Lighthouse
scores (bench/browser.py). Prints figures only, no pass or fail; --results writes them to a Markdown file.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from browser import TARGETS, Scores, Visit, measure_browser
from builds import (
    LANGUAGES,
    PHASES,
    Output,
    Runs,
    baseline_projects,
    measure_output,
    run_baseline,
    run_real,
)
from search_transfer import SearchTransfer, measure_search, search_lines
from serve_latency import latency_line, serve_latency

from wegweiser.catalogs import compile_catalogs
from wegweiser.synthetic import generate

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
SIZES = (500, 1000, 2000, 10_000)
BROWSER_LANGUAGES = ("de", "ar")
RATIO_TARGET = 0.8
GROWTH_TARGET = 11  # time(10,000) / time(1,000): no worse than linear, with some room
FIRST_VISIT_TARGET_KB = 150


@dataclass(frozen=True)
class SizeResult:
    size: int
    real: Runs
    baseline: Runs
    real_output: Output
    baseline_output: Output

    def ratio(self, figure: str) -> float:
        return statistics.median(getattr(self.real, figure)) / statistics.median(getattr(self.baseline, figure))


def main(argv: list[str] | None = None) -> int:
    """Run every measurement; print the figures and, with --results, write them to a Markdown file."""
    parser = argparse.ArgumentParser(prog="python bench/bench.py", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=list(SIZES), help="numbers of entry files")
    parser.add_argument("--runs", type=int, default=1, help="builds of each kind per size (medians are shown)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse (about half a minute a page)")
    parser.add_argument("--results", type=Path, help="write the figures to this Markdown file")
    args = parser.parse_args(argv)
    lines = [machine(args.runs)]
    print(lines[0], flush=True)

    def out(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    sizes = sorted(args.sizes)
    results = [bench_size(size, args.runs, sizes[-1], out) for size in sizes]
    out("")
    for result in results:
        out(ratio_line(result))
    out(growth_line(results))
    out(latency_line(serve_latency(ROOT / "synthetic" / str(sizes[0])), sizes[0]))
    visits, scores = measure_browser(BROWSER_LANGUAGES, with_lighthouse=not args.no_lighthouse)
    for line in first_visit_lines(visits) + lighthouse_lines(scores):
        out(line)
    if args.results:
        args.results.write_text(results_markdown(argv_text(argv), lines), encoding="utf-8")
    return 0


def argv_text(argv: list[str] | None) -> str:
    return " ".join(["python bench/bench.py", *(sys.argv[1:] if argv is None else argv)])


def machine(runs: int) -> str:
    """Describe the machine and the versions measured."""
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown CPU")
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    versions = ", ".join(f"{name} {version(name)}" for name in ("mkdocs", "mkdocs-material", "pagefind"))
    return (f"machine: {os.cpu_count()} cores ({model}), {ram:.0f} GiB RAM; Python {platform.python_version()}, "
            f"{versions}; {len(LANGUAGES)} languages per build, {os.cpu_count()} at a time; {runs} run(s) per "
            "build, alternating")


def bench_size(size: int, runs: int, largest: int, out: Callable[[str], None]) -> SizeResult:
    """Generate size entries, build them the real way and the baseline way; search the largest once."""
    directory = ROOT / "synthetic" / str(size)
    generate(directory, size)
    compile_catalogs(ROOT / "translations")  # again: a catalog edited meanwhile would stop the builds
    with tempfile.TemporaryDirectory(prefix="wegweiser-bench-") as temp:
        work = Path(temp)
        configs = baseline_projects(directory, work / "baseline")
        real_site, baseline_site = work / "site-real", work / "site-baseline"
        real, baseline = Runs("real (hook)"), Runs("baseline (Markdown)")
        for _ in range(runs):  # alternating spreads any drift of the machine evenly over both
            run_real(real, directory, real_site)
            run_baseline(baseline, configs, baseline_site)
        result = SizeResult(size, real, baseline, measure_output(real_site / "de"),
                            measure_output(baseline_site / "de"))
        for line in size_lines(result):
            out(line)
        if size == largest:
            transfer: SearchTransfer = measure_search(real_site)
            for line in search_lines(size, transfer):
                out(line)
    return result


def size_lines(result: SizeResult) -> list[str]:
    """One size's table (medians over the runs), the runs in order, and whether both builds made the same pages."""
    header = ("build", "wall s", "CPU s", "peak MB", "pages (de)", "B/entry page", "gzip B", "output MB (de)",
              *PHASES)
    rows = [header]
    for runs, output in ((result.real, result.real_output), (result.baseline, result.baseline_output)):
        phases = ("-" if value is None else f"{value:.1f}" for value in map(runs.phase, PHASES))
        rows.append((runs.name, f"{statistics.median(runs.wall):.1f}", f"{statistics.median(runs.cpu):.1f}",
                     f"{max(runs.peak) / MB:.0f}", str(output.pages), f"{output.entry_page_bytes:,.0f}",
                     f"{output.entry_page_gzip:,.0f}", f"{output.output_bytes / MB:.1f}", *phases))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["", f"{result.size} entries, {len(LANGUAGES)} languages (medians; CPU = user + system of all build "
             "processes; peak: largest RSS of one process, MB = 2^20 bytes; phases: seconds summed over the "
             "languages' processes, MkDocs = the rest of each process's time; pages and bytes: the German site)"]
    lines += ["  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                        for i, (cell, width) in enumerate(zip(row, widths, strict=True))) for row in rows]
    for runs in (result.real, result.baseline):
        lines.append(f"runs of {runs.name}, in order: wall {_seconds(runs.wall)}; CPU {_seconds(runs.cpu)}; "
                     f"rest of the machine meanwhile: CPU {_seconds(runs.others)}")
    lines.append(same_pages_line(result.real_output, result.baseline_output))
    return lines


def _seconds(values: list[float]) -> str:
    return " ".join(f"{value:.1f}" for value in values) + " s"


def same_pages_line(real: Output, baseline: Output) -> str:
    change = (baseline.entry_page_bytes / real.entry_page_bytes - 1) * 100 if real.entry_page_bytes else 0.0
    same = "same" if (real.pages, real.permalinks) == (baseline.pages, baseline.permalinks) else "DIFFERENT"
    return (f"check: {same} pages: {real.pages} vs {baseline.pages} pages, {real.permalinks} vs "
            f"{baseline.permalinks} headings with anchors; entry page {real.entry_page_bytes:,.0f} vs "
            f"{baseline.entry_page_bytes:,.0f} B ({change:+.1f} %) (real vs baseline)")


def ratio_line(result: SizeResult) -> str:
    """The figures the target is about: real / baseline, medians of wall and CPU time."""
    wall = result.ratio("wall")
    return (f"ratio real / plain mkdocs-material, {result.size} entries: wall {wall:.2f}, CPU "
            f"{result.ratio('cpu'):.2f}   target <= {RATIO_TARGET}: {'met' if wall <= RATIO_TARGET else 'not met'}")


def growth_line(results: list[SizeResult]) -> str:
    by_size = {result.size: statistics.median(result.real.wall) for result in results}
    if not {1000, 10_000} <= by_size.keys():
        return "growth time(10,000) / time(1,000): not measured (needs both sizes)"
    growth = by_size[10_000] / by_size[1000]
    return (f"growth of the real build, time(10,000) / time(1,000): {growth:.1f}   target <= {GROWTH_TARGET}: "
            f"{'met' if growth <= GROWTH_TARGET else 'not met'}")


def first_visit_lines(visits: list[Visit]) -> list[str]:
    kinds = sorted({kind for visit in visits for kind in visit.by_kind})
    lines = ["", "first visit on a phone (fresh browser, 412 x 823; the real directory; KB transferred gzipped, "
             "uncompressed in brackets)"]
    for visit in visits:
        parts = ", ".join(f"{kind} {visit.by_kind[kind][0] / 1024:.1f} ({visit.by_kind[kind][1] / 1024:.0f})"
                          for kind in kinds if kind in visit.by_kind)
        verdict = "met" if visit.transferred / 1024 <= FIRST_VISIT_TARGET_KB else "not met"
        lines.append(f"  {visit.language} {visit.page:<6} {visit.transferred / 1024:6.1f} KB: {parts}   target <= "
                     f"{FIRST_VISIT_TARGET_KB} KB: {verdict}")
    return lines


def lighthouse_lines(scores: list[Scores]) -> list[str]:
    if not scores:
        return ["", "Lighthouse: not run (--no-lighthouse)"]
    names = tuple(TARGETS)
    lines = ["", f"Lighthouse mobile scores (targets: {', '.join(f'{n} >= {t}' for n, t in TARGETS.items())})",
             f"  {'page':<10}" + "".join(f"{name:>16}" for name in names) + "   audits that cost points"]
    for score in scores:
        marks = "".join(f"{score.scores[name]:>15}{' ' if score.scores[name] >= TARGETS[name] else '!'}"
                        for name in names)
        lines.append(f"  {score.language} {score.page:<7}{marks}   {', '.join(score.failing) or '-'}")
    return lines


def results_markdown(command: str, lines: list[str]) -> str:
    """The results file: when, what and where it ran, then the figures as printed."""
    commit = subprocess.run(["git", "log", "-1", "--format=%h"], cwd=ROOT, capture_output=True, text=True).stdout
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (f"# Benchmark results\n\nWhat `make bench` printed, written by `{command}`. `bench/bench.py` and the "
            "modules beside it say what each figure means. Figures are printed, never asserted; this machine is "
            "shared, so single builds vary by 15-20 % (see the CPU time the rest of the machine used meanwhile).\n\n"
            f"- Date: {now}\n- Code: commit {commit.strip() or 'unknown'}\n\n```\n" + "\n".join(lines) + "\n```\n")


if __name__ == "__main__":
    sys.exit(main())
