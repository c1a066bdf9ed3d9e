"""Full builds of every language, measured: the real site and plain mkdocs-material on the same pages.

- real: `wegweiser build`, as `make build` runs it: one process checks the directory, then forks a
  process per language (as many at a time as there are cores), each an `mkdocs build` of mkdocs.yml;
  the hook reads the checked directory (wegweiser.source.cache), makes the views and renders them to
  HTML, MkDocs puts that HTML into the theme (no Markdown), and the hook runs Pagefind. Each language's
  "phases:" log line gives each phase's seconds; MkDocs is the rest of each language's time.
- baseline: the same pages written beforehand as the Markdown a Material author would write (front
  matter, `## Heading {: #anchor }` lines, the rest as HTML blocks), built per language by the same
  configuration without hooks, then indexed by the same Pagefind command. It pays for Python-Markdown and
  its table of contents as a plain site does.

Each run starts from an empty output directory with earlier writes flushed to disk. Measures wall time,
CPU time (user + system of every build process and its children), the largest peak RSS of any one build
process, and the CPU time the rest of the machine used meanwhile (to tell disturbed runs).
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import Files
from mkdocs.utils.yaml import yaml_load  # reads mkdocs.yml's !ENV tags as MkDocs does

from wegweiser.catalogs import compile_catalogs
from wegweiser.html import RenderedPage
from wegweiser.site.build import CHECKED_DIRECTORIES
from wegweiser.site.pages import GeneratedPage, page_meta
from wegweiser.site.search_index import EXCLUDE

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "mkdocs.yml"
LANGUAGES: tuple[str, ...] = tuple(yaml_load(CONFIG.read_text(encoding="utf-8"))["extra"]["languages"])
STALE_CATALOG = "is missing or older than messages.po"
JOBS = os.cpu_count() or 1  # as `make build` runs the languages: one process per core
HOOK_PHASES = ("load and check", "views", "HTML", "contact files")  # then MkDocs (the rest) and Pagefind
PHASES = (*HOOK_PHASES, "MkDocs", "Pagefind")

PHASES_LINE = re.compile(r"wegweiser: phases: (.+)$", re.MULTILINE)
BUILT_LINE = re.compile(r"^INFO +- +wegweiser: [a-z]{2,3}: built in (\d+\.\d+) s$", re.MULTILINE)
CHECKED_LINE = re.compile(r"wegweiser: directory checked in (\d+\.\d+) s$", re.MULTILINE)
PHASE = re.compile(r"([A-Za-z][A-Za-z ]*?) (\d+(?:\.\d+)?) s")
# A heading as the pipeline prints it, on a line of its own; the toc extension adds the permalink again.
HEADING = re.compile(r'<h([1-6]) id="([^"]+)">(.*)<a class="headerlink" href="#\2" title="[^"]*">&para;</a></h\1>')
CONTAINER = re.compile(r"<(section|div)\b[^>]*>")  # a block that opens on a line of its own
TAG = re.compile(r"(<[^>]*>)")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}#])")


@dataclass
class Runs:
    """What the runs of one kind of build measured; phases are summed over the languages' processes."""

    name: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system: steadier than wall on a shared machine
    peak: list[int] = field(default_factory=list)  # largest peak RSS of one build process (or a child), bytes
    phases: list[dict[str, float]] = field(default_factory=list)
    others: list[float] = field(default_factory=list)  # CPU seconds the rest of the machine used meanwhile

    def phase(self, name: str) -> float | None:
        values = [run[name] for run in self.phases if name in run]
        return statistics.median(values) if values else None


@dataclass(frozen=True)
class Output:
    """What one build wrote for the German site."""

    pages: int
    entry_page_bytes: float
    entry_page_gzip: float  # as a server sends it compressed
    output_bytes: int
    permalinks: int  # headings with an anchor link, over all pages


@dataclass(frozen=True)
class Job:
    """One process of a build: its command, environment and log file."""

    command: list[str]
    env: dict[str, str]
    log: Path


@dataclass(frozen=True)
class Finished:
    wall: float
    usage: os.struct_rusage
    log: str


def environment(language: str, site: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_LANGUAGE": language,
            "SITE_DIR": str(site / language), "SITE_URL": f"http://127.0.0.1:8000/{language}/", **extra}


def mkdocs_command(config: Path, *options: str) -> list[str]:
    # Not --quiet: both builds log at INFO, as the real one does for its phases (wegweiser build --verbose).
    return [sys.executable, "-m", "mkdocs", "build", *options, "--config-file", str(config)]


def pagefind_command(site: Path) -> list[str]:
    """The command wegweiser.site.search_index.index_site runs after the real build."""
    return [sys.executable, "-m", "pagefind", "--site", str(site), "--exclude-selectors", EXCLUDE, "--silent"]


def run_jobs(jobs: list[Job]) -> tuple[float, list[Finished]]:
    """Run jobs, JOBS at a time; return the wall time of all and each job's time, resource usage and output.

    os.wait4 gives each process's own usage: its CPU plus that of the children it waited for (Pagefind),
    and the larger peak RSS of the two.
    """
    start = time.perf_counter()
    waiting, running, done, retries = list(jobs), {}, [], 3
    while waiting or running:
        while waiting and len(running) < JOBS:
            job = waiting.pop(0)
            with job.log.open("wb") as output:
                process = subprocess.Popen(job.command, cwd=ROOT, env=job.env, stdout=output, stderr=subprocess.STDOUT)
            # Kept until reaped here: a Popen object dropped while its process runs is reaped by the next Popen.
            running[process.pid] = (job, time.perf_counter(), process)
        pid, status, usage = os.wait4(-1, 0)
        job, started, process = running.pop(pid)
        process.returncode = os.waitstatus_to_exitcode(status)
        text = job.log.read_text(encoding="utf-8", errors="replace")
        if os.waitstatus_to_exitcode(status) and STALE_CATALOG in text and retries:
            retries -= 1  # a catalog was edited meanwhile (the tree is shared): compile it, build again
            compile_catalogs(ROOT / "translations")
            waiting.append(job)
            continue
        if os.waitstatus_to_exitcode(status):
            for other in running:  # no process left writing into the output when it is deleted
                os.kill(other, signal.SIGTERM)
                os.waitpid(other, 0)
            raise SystemExit(f"failed: {' '.join(job.command)}\n{text}")
        done.append(Finished(time.perf_counter() - started, usage, text))
    return time.perf_counter() - start, done


def run_real(runs: Runs, directory: Path, site: Path) -> None:
    """Build every language once with the hook; read the phases from the log.

    No checked directory is kept from before, as after a change to the sources.
    """
    settle(site)
    shutil.rmtree(ROOT / CHECKED_DIRECTORIES, ignore_errors=True)
    busy = machine_busy()
    command = [sys.executable, "-m", "wegweiser", "build", str(site), "--languages", *LANGUAGES,
               "--base-url", "http://127.0.0.1:8000/", "--jobs", str(JOBS), "--verbose"]
    wall, (finished,) = run_jobs([Job(command, {**os.environ, "NO_MKDOCS_2_WARNING": "1",
                                                 "WEGWEISER_DIRECTORY": str(directory)},
                                      site.with_name(f"{site.name}.log"))])
    walls, checked = BUILT_LINE.findall(finished.log), CHECKED_LINE.search(finished.log)
    if len(walls) != len(LANGUAGES) or not checked:
        raise SystemExit(f"not every language's build was logged:\n{finished.log}")
    phases = hook_phases(finished.log)
    phases["MkDocs"] = sum(map(float, walls)) - sum(phases.values())
    phases["load and check"] = phases.get("load and check", 0.0) + float(checked.group(1))
    record(runs, wall, [finished.usage], phases, machine_busy() - busy)


def run_baseline(runs: Runs, configs: dict[str, Path], site: Path) -> None:
    """Build every language's Markdown pages, then index each with Pagefind as the hook would."""
    settle(site)
    busy = machine_busy()
    builds = [Job(mkdocs_command(config, "--no-strict"), environment(code, site),
                  site.with_name(f"{site.name}-{code}.log")) for code, config in configs.items()]
    mkdocs_wall, built = run_jobs(builds)
    indexes = [Job(pagefind_command(site / code), environment(code, site),
                   site.with_name(f"{site.name}-{code}-pagefind.log")) for code in configs]
    pagefind_wall, indexed = run_jobs(indexes)
    phases = {"MkDocs": sum(process.wall for process in built), "Pagefind": sum(process.wall for process in indexed)}
    record(runs, mkdocs_wall + pagefind_wall, [process.usage for process in built + indexed], phases,
           machine_busy() - busy)


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
    runs.peak.append(max(usage.ru_maxrss for usage in usages) * 1024)  # Linux reports kilobytes
    runs.phases.append(phases)


def machine_busy() -> float:
    """Return the CPU seconds all cores have been busy since boot (/proc/stat), for telling disturbed runs."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def hook_phases(log: str) -> dict[str, float]:
    """Sum the seconds of each phase over the hook's "phases:" lines (one per language)."""
    lines = PHASES_LINE.findall(log)
    if not lines:
        raise SystemExit(f"no 'wegweiser: phases:' line in the build's log:\n{log}")
    phases: dict[str, float] = {}
    for line in lines:
        for name, seconds in PHASE.findall(line):
            phases[name] = phases.get(name, 0.0) + float(seconds)
    return phases


def baseline_projects(directory: Path, work: Path) -> dict[str, Path]:
    """Write each language's generated pages as Markdown into a project of its own; return their configs."""
    return {code: baseline_project(generated_pages(directory, code), work / code) for code in LANGUAGES}


def generated_pages(directory: Path, language: str) -> list[RenderedPage]:
    """Return the pages the hook adds to a build of directory in language, made by the hook itself."""
    variables = {"SITE_LANGUAGE": language, "WEGWEISER_DIRECTORY": str(directory)}
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)  # mkdocs.yml reads them with !ENV
    try:
        config = load_config(str(CONFIG))  # loads the hook as MkDocs does; its events make the pages
        config.plugins.on_startup(command="build", dirty=False)
        config = config.plugins.on_config(config)
        files = config.plugins.on_files(Files([]), config=config)
    finally:
        for name, value in saved.items():
            if value is None:
                del os.environ[name]
            else:
                os.environ[name] = value
    return [file.page.rendered for file in files if isinstance(file.page, GeneratedPage)]


def baseline_project(pages: list[RenderedPage], work: Path) -> Path:
    """Write one language's pages as Markdown beside a copy of docs/ and a hook-free config; return the config."""
    config_text = CONFIG.read_text(encoding="utf-8")
    config = yaml_load(config_text)
    docs = work / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for page in pages:
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page_markdown(page), encoding="utf-8")
    # custom_dir is relative to the config file, so the theme overrides are linked in beside it.
    (work / "overrides").symlink_to(ROOT / "overrides", target_is_directory=True)
    # A plain multilingual mkdocs-material site lists its languages in extra.alternate (links to each
    # language's start page); the real build links each page to itself in the other languages instead.
    # href: the absolute address the theme override prints in hreflang links.
    root = config["site_url"].removesuffix("de/")
    alternates = "".join(f"\n    - {{name: {code}, link: /{code}/, lang: {code}, href: '{root}{code}/'}}"
                         for code in LANGUAGES)
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
    """Count the pages (directory URLs: one index.html each), entry page sizes, output size and permalinks."""
    files = [path for path in site.rglob("*") if path.is_file()]
    pages = [path for path in files if path.name == "index.html"]
    entries = [path.read_bytes() for path in site.glob("courses/*/index.html")]
    return Output(
        pages=len(pages),
        entry_page_bytes=statistics.mean(map(len, entries)) if entries else 0.0,
        entry_page_gzip=statistics.mean(len(gzip.compress(page, mtime=0)) for page in entries) if entries else 0.0,
        output_bytes=sum(path.stat().st_size for path in files),
        permalinks=sum(path.read_text(encoding="utf-8").count('class="headerlink"') for path in pages),
    )
