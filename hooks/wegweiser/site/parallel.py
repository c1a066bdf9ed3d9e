"""Build every language of the site, as many at a time as asked, each in a process of its own.

Each language is a build of its own (mkdocs.yml with SITE_LANGUAGE), one per process. Started one by
one, each process would import MkDocs, the theme and the pipeline again and check the directory again.
Here one process does that once and then forks a process per language, which starts right at its
build: the same build as `mkdocs build` of that language. A directory with problems is reported once,
before any language is built.
"""

from __future__ import annotations

import gettext
import logging
import os
import sys
import time
import traceback
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import get_plugin_logger

from ..source.cache import load_checked
from .build import CHECKED_DIRECTORIES, directory_problems, directory_root

log = get_plugin_logger("wegweiser")  # as the hook logs: "wegweiser: …"
FORMAT = "%(levelname)-8s-  {language}%(message)s"


def build_languages(config_file: Path, languages: list[str], output: Path, base_url: str, jobs: int,
                    level: int = logging.WARNING) -> bool:
    """Build each language into output/<language> at base_url/<language>/; return whether all were built."""
    handler = _log_to_stderr(level)
    try:
        load_config(str(config_file))  # imports the hook with the pipeline, and the theme, before forking
    except MkDocsException as error:
        log.error("%s", error)
        return False
    started = time.perf_counter()
    if not _directory_is_valid(config_file):
        return False
    log.info("directory checked in %.3f s", time.perf_counter() - started)
    running: dict[int, tuple[str, float]] = {}
    waiting, failed = list(languages), []
    while running or (waiting and not failed):
        while waiting and not failed and len(running) < jobs:
            language = waiting.pop(0)
            running[_fork(config_file, language, output, base_url, handler)] = (language, time.perf_counter())
        pid, status = os.wait()
        language, started = running.pop(pid)
        log.info("%s: built in %.2f s", language, time.perf_counter() - started)
        if os.waitstatus_to_exitcode(status):
            failed.append(language)
    if failed:
        log.error("Not built: %s", ", ".join(failed + waiting))
    return not failed


def _directory_is_valid(config_file: Path) -> bool:
    """Check the directory once (kept for the languages' builds, see source.cache); report its problems."""
    project = config_file.resolve().parent
    _, problems = load_checked(directory_root(project), project / CHECKED_DIRECTORIES)
    if problems:
        print(directory_problems(problems, gettext.NullTranslations().gettext), file=sys.stderr)
    return not problems


def _log_to_stderr(level: int) -> logging.Handler:
    """Show MkDocs' messages as `mkdocs build` does: its level and the message."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT.format(language="")))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return handler


def _fork(config_file: Path, language: str, output: Path, base_url: str, handler: logging.Handler) -> int:
    """Start building language in a child process; return its process id."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        handler.setFormatter(logging.Formatter(FORMAT.format(language=f"{language}: ")))
        code = _build(config_file, language, output, base_url)
    except BaseException:  # noqa: BLE001 - whatever happens, the child ends here, never in the parent's loop
        traceback.print_exc()
    finally:
        logging.shutdown()
        sys.stderr.flush()
        os._exit(code)


def _build(config_file: Path, language: str, output: Path, base_url: str) -> int:
    """Build one language as `mkdocs build` does; return its exit code."""
    os.environ.update(SITE_LANGUAGE=language, SITE_DIR=str(output / language), SITE_URL=f"{base_url}{language}/")
    try:
        config = load_config(str(config_file))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except MkDocsException as error:  # the build has logged what went wrong; this says that it stopped
        log.error("%s", error)
        return 1
    return 0
