"""Compare the hooked site build with plain mkdocs-material on the same pages: python bench/bench.py 500 2000.

For each size a synthetic directory is generated, then the German site is built RUNS times
each way, alternating:

- real: `mkdocs build` of mkdocs.yml; the hook loads and checks the directory, makes the
  views and renders them to HTML, MkDocs puts that HTML into the theme (no Markdown),
  and the hook runs Pagefind. The hook's "phases:" log line gives each phase's seconds;
  MkDocs is the rest of the wall time (start-up, theme, navigation, writing the files).
- baseline: the same pages written beforehand as the Markdown a Material author would write
  (front matter, `## Heading {: #anchor }` lines, the rest as HTML blocks), built by the same
  configuration without hooks, then indexed by the same Pagefind command. It pays for
  Python-Markdown and its table of contents as a plain site does.

Each run starts from an empty output directory with earlier writes flushed to disk. Measures
wall time, CPU time (user + system of the build and its children), peak RSS and the CPU time
the rest of the machine used meanwhile (to tell disturbed runs), checks that both builds made
the same pages, and prints figures only: no pass or fail.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load  # reads mkdocs.yml's !ENV tags as MkDocs does

from wegweiser.catalogs import load_translations
from wegweiser.html import RenderedPage, render_pages
from wegweiser.site.pages import page_meta
from wegweiser.site.search_index import EXCLUDE
from wegweiser.source import load_directory
from wegweiser.synthetic import generate
from wegweiser.views import build_views

ROOT = Path(__file__).resolve().parents[1]
LANGUAGE = "de"
RUNS = 3
MB = 1024 * 1024
HOOK_PHASES = ("load and check", "views", "HTML")  # then MkDocs (the rest) and Pagefind
PHASES = (*HOOK_PHASES, "MkDocs", "Pagefind")
SIMILAR_PERCENT = 10  # entry pages differ in their language links only (each page's own, or the start pages)

PHASES_LINE = re.compile(r"wegweiser: phases: (.+)$", re.MULTILINE)
PHASE = re.compile(r"([A-Za-z][A-Za-z ]*?) (\d+(?:\.\d+)?) s")
# A heading as the pipeline prints it, on a line of its own; the toc extension adds the permalink again.
HEADING = re.compile(r'<h([1-6]) id="([^"]+)">(.*)<a class="headerlink" href="#\2" title="[^"]*">&para;</a></h\1>')
CONTAINER = re.compile(r"<(section|div)\b[^>]*>")  # a block that opens on a line of its own
TAG = re.compile(r"(<[^>]*>)")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#])")


@dataclass
class Runs:
    """What the runs of one kind of build measured."""

    name: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system: steadier than wall on a shared machine
    user: list[float] = field(default_factory=list)  # user alone: system time here is mostly writing files
    peak: list[int] = field(default_factory=list)  # peak RSS of the build process or a child of it, bytes
    phases: list[dict[str, float]] = field(default_factory=list)
    others: list[float] = field(default_factory=list)  # CPU seconds the rest of the machine used meanwhile

    def phase(self, name: str) -> float | None:
        values = [run[name] for run in self.phases if name in run]
        return statistics.median(values) if values else None


@dataclass(frozen=True)
class Output:
    """What one build wrote."""

    pages: int
    entry_page_bytes: float
    output_bytes: int
    permalinks: int  # headings with an anchor link, over all pages


@dataclass(frozen=True)
class SizeResult:
    size: int
    real: Runs
    baseline: Runs
    real_output: Output
    baseline_output: Output


def main(argv: list[str] | None = None) -> int:
    """Benchmark every size given; print the machine, a table per size and the ratios."""
    parser = argparse.ArgumentParser(prog="python bench/bench.py", description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="numbers of entry files, e.g. 500 2000")
    args = parser.parse_args(argv)
    print(machine())
    results = []
    for size in args.sizes:
        result = bench_size(size)
        print_size(result)
        results.append(result)
    print()
    for result in results:
        print(ratio_line(result))
    return 0


def machine() -> str:
    """Describe the machine and the versions measured."""
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown CPU")
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    versions = ", ".join(f"{name} {version(name)}" for name in ("mkdocs", "mkdocs-material", "pagefind"))
    return (f"machine: {os.cpu_count()} cores ({model}), {ram:.0f} GiB RAM; Python {platform.python_version()}, "
            f"{versions}; {RUNS} runs per build, alternating")


def bench_size(size: int) -> SizeResult:
    """Generate size entries, then build them the real way and the baseline way, RUNS times each."""
    directory = ROOT / "synthetic" / str(size)
    generate(directory, size)
    with tempfile.TemporaryDirectory(prefix="wegweiser-bench-") as temp:
        work = Path(temp)
        baseline_config = baseline_project(directory, work / "baseline")
        real_site, baseline_site = work / "site-real", work / "site-baseline"
        real, baseline = Runs("real (hook)"), Runs("baseline (Markdown)")
        # Alternating the two spreads any drift of the machine evenly over both.
        for _ in range(RUNS):
            run_real(real, directory, real_site)
            run_baseline(baseline, baseline_config, baseline_site)
        return SizeResult(size, real, baseline, measure_output(real_site), measure_output(baseline_site))


def build_env(site: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGE": LANGUAGE, "SITE_DIR": str(site),
            **(extra or {})}


def mkdocs_command(config: Path) -> list[str]:
    # Not --quiet: the hook logs its phases at INFO. Both builds log alike.
    return [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config)]


def pagefind_command(site: Path) -> list[str]:
    """The command wegweiser.site.search_index.index_site runs after the real build."""
    return [sys.executable, "-m", "pagefind", "--site", str(site), "--exclude-selectors", EXCLUDE, "--silent"]


def run_real(runs: Runs, directory: Path, site: Path) -> None:
    """Build once with the hook; read its phases from the log, MkDocs being the rest of the wall time."""
    env = build_env(site, {"WEGWEISER_DIRECTORY": str(directory)})
    settle(site)
    busy = machine_busy()
    wall, usage, log = measure(mkdocs_command(ROOT / "mkdocs.yml"), env, site.with_suffix(".log"))
    phases = hook_phases(log)
    phases["MkDocs"] = wall - sum(phases.values())
    record(runs, wall, [usage], phases, machine_busy() - busy)


def run_baseline(runs: Runs, config: Path, site: Path) -> None:
    """Build the Markdown pages once, then index them with Pagefind as the hook would."""
    env = build_env(site)
    settle(site)
    busy = machine_busy()
    mkdocs_wall, mkdocs_usage, _log = measure(mkdocs_command(config), env, site.with_suffix(".log"))
    pagefind_wall, pagefind_usage, _log = measure(pagefind_command(site), env, site.with_suffix(".pagefind.log"))
    record(runs, mkdocs_wall + pagefind_wall, [mkdocs_usage, pagefind_usage],
           {"MkDocs": mkdocs_wall, "Pagefind": pagefind_wall}, machine_busy() - busy)


def settle(site: Path) -> None:
    """Start each run alike: no earlier output to delete (as `make build` starts), nothing left to write out."""
    shutil.rmtree(site, ignore_errors=True)
    os.sync()


def record(runs: Runs, wall: float, usages: list[os.struct_rusage], phases: dict[str, float], busy: float) -> None:
    """Keep one run's figures; busy is the CPU time the whole machine spent meanwhile."""
    cpu = sum(usage.ru_utime + usage.ru_stime for usage in usages)
    runs.others.append(max(0.0, busy - cpu))
    runs.wall.append(wall)
    runs.cpu.append(cpu)
    runs.user.append(sum(usage.ru_utime for usage in usages))
    runs.peak.append(max(usage.ru_maxrss for usage in usages) * 1024)  # Linux reports kilobytes
    runs.phases.append(phases)


def machine_busy() -> float:
    """Return the CPU seconds all cores have been busy since boot (/proc/stat), for telling disturbed runs."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def measure(command: list[str], env: dict[str, str], log: Path) -> tuple[float, os.struct_rusage, str]:
    """Run command; return its wall time, its resource usage (with the children it waited for) and its output."""
    start = time.perf_counter()
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
        # wait4 gives this process's rusage: its own CPU plus its children's (Pagefind), and the larger
        # peak RSS of the two. RUSAGE_CHILDREN instead would keep the largest peak of all earlier builds.
        _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    text = log.read_text(encoding="utf-8", errors="replace")
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(command)}\n{text}")
    return wall, usage, text


def hook_phases(log: str) -> dict[str, float]:
    """Read the seconds of each phase from the hook's last "phases:" line."""
    lines = PHASES_LINE.findall(log)
    if not lines:
        raise SystemExit(f"no 'wegweiser: phases:' line in the build's log:\n{log}")
    return {name: float(seconds) for name, seconds in PHASE.findall(lines[-1])}


def baseline_project(directory: Path, work: Path) -> Path:
    """Write the generated pages as Markdown beside a copy of docs/ and a hook-free config; return the config."""
    config_text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml_load(config_text)
    languages = tuple(config["extra"]["languages"])
    loaded, problems = load_directory(directory)
    if problems:
        raise SystemExit("\n".join(str(problem) for problem in problems))
    # The same arguments as the hook's, so that both builds get the same pages.
    views = build_views(loaded, LANGUAGE, load_translations(ROOT / "translations", LANGUAGE), languages)
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for page in render_pages(views):
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page_markdown(page), encoding="utf-8")
    # custom_dir is relative to the config file, so the theme overrides are linked in beside it.
    (work / "overrides").symlink_to(ROOT / "overrides", target_is_directory=True)
    # A plain multilingual mkdocs-material site lists its languages in extra.alternate (links to each
    # language's start page); the real build links each page to itself in the other languages instead.
    # href: the absolute address the theme override prints in hreflang links.
    root = config["site_url"].removesuffix(f"{LANGUAGE}/")
    alternates = "".join(f"\n    - {{name: {code}, link: /{code}/, lang: {code}, href: '{root}{code}/'}}"
                         for code in languages)
    plain = _without_keys(config_text, ("hooks", "watch"))
    plain = plain.replace("\nextra:\n", f"\nextra:\n  alternate:{alternates}\n", 1)
    plain_config = work / "mkdocs.yml"
    plain_config.write_text(plain, encoding="utf-8")
    return plain_config


def page_markdown(page: RenderedPage) -> str:
    """Return the page as a Material author would write it: front matter, then the body as Markdown."""
    meta = yaml.safe_dump(page_meta(page), allow_unicode=True, sort_keys=False)
    return f"---\n{meta}---\n\n{body_markdown(page.html)}\n"


def body_markdown(html: str) -> str:
    """Turn each heading into a Markdown heading with its anchor; leave the rest as the HTML blocks it is.

    A block that holds a heading (a section of a list page) is marked `markdown` (md_in_html),
    so that Python-Markdown reads the heading inside it.
    """
    out: list[str] = []
    open_blocks: list[tuple[int, str]] = []  # (index in out, tag) of blocks opened and not yet closed
    for line in html.split("\n"):
        heading = HEADING.fullmatch(line)
        if heading:
            level, anchor, content = heading.groups()
            for index, _tag in open_blocks:
                if not out[index].endswith(" markdown>"):
                    out[index] = out[index][:-1] + " markdown>"
            out += ["", f"{'#' * int(level)} {_markdown_text(content)} {{: #{anchor} }}", ""]
            continue
        container = CONTAINER.fullmatch(line)
        if container:
            open_blocks.append((len(out), container.group(1)))
        elif open_blocks and line == f"</{open_blocks[-1][1]}>":
            open_blocks.pop()
        out.append(line)
    return "\n".join(out)


def _markdown_text(html: str) -> str:
    """Escape what Markdown would read as markup (e.g. the * of Integrationshelfer*innen) outside tags."""
    return "".join(part if part.startswith("<") else MARKDOWN_SPECIAL.sub(r"\\\1", part) for part in TAG.split(html))


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


def measure_output(site: Path) -> Output:
    """Count the pages (directory URLs: one index.html each), entry page size, output size and permalinks."""
    files = [path for path in site.rglob("*") if path.is_file()]
    pages = [path for path in files if path.name == "index.html"]
    entries = list(site.glob("courses/*/index.html"))
    return Output(
        pages=len(pages),
        entry_page_bytes=statistics.mean(path.stat().st_size for path in entries) if entries else 0.0,
        output_bytes=sum(path.stat().st_size for path in files),
        permalinks=sum(path.read_text(encoding="utf-8").count('class="headerlink"') for path in pages),
    )


def print_size(result: SizeResult) -> None:
    """Print one size's table (medians over the runs) and whether both builds made the same pages."""
    header = ("build", "wall s", "CPU s", "user s", "peak MB", "pages", "B/entry page", "output MB", *PHASES)
    rows = [header]
    for runs, output in ((result.real, result.real_output), (result.baseline, result.baseline_output)):
        phases = ("-" if value is None else f"{value:.2f}" for value in map(runs.phase, PHASES))
        times = (f"{statistics.median(values):.2f}" for values in (runs.wall, runs.cpu, runs.user))
        rows.append((runs.name, *times, f"{max(runs.peak) / MB:.0f}", str(output.pages),
                     f"{output.entry_page_bytes:,.0f}", f"{output.output_bytes / MB:.1f}", *phases))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    print(f"\n{result.size} entries (medians of {RUNS} runs; CPU = user + system; phases in seconds, "
          "MkDocs = wall - the others; peak: largest RSS, MB = 2^20 bytes)")
    for row in rows:
        print("  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                        for i, (cell, width) in enumerate(zip(row, widths, strict=True))))
    for runs in (result.real, result.baseline):
        print(f"runs of {runs.name}, in order: wall {_seconds(runs.wall)}; CPU {_seconds(runs.cpu)}; "
              f"rest of the machine meanwhile: CPU {_seconds(runs.others)}")
    print(same_pages_line(result.real_output, result.baseline_output))


def _seconds(values: list[float]) -> str:
    return " ".join(f"{value:.2f}" for value in values) + " s"


def same_pages_line(real: Output, baseline: Output) -> str:
    change = (baseline.entry_page_bytes / real.entry_page_bytes - 1) * 100 if real.entry_page_bytes else 0.0
    alike = (real.pages, real.permalinks) == (baseline.pages, baseline.permalinks) and abs(change) <= SIMILAR_PERCENT
    same = "same" if alike else "DIFFERENT"
    return (f"check: {same} pages: {real.pages} vs {baseline.pages} pages, {real.permalinks} vs "
            f"{baseline.permalinks} headings with anchors; entry page {real.entry_page_bytes:,.0f} vs "
            f"{baseline.entry_page_bytes:,.0f} B ({change:+.1f} %), output {real.output_bytes / MB:.1f} vs "
            f"{baseline.output_bytes / MB:.1f} MB (real vs baseline)")


def ratio_line(result: SizeResult) -> str:
    """The figures the target is about: real / baseline, medians of wall and CPU time."""
    real, baseline = result.real, result.baseline
    wall = statistics.median(real.wall) / statistics.median(baseline.wall)
    cpu = statistics.median(real.cpu) / statistics.median(baseline.cpu)
    return f"ratio {result.size} entries: wall {wall:.2f}, cpu {cpu:.2f}"


if __name__ == "__main__":
    sys.exit(main())
