"""The `wegweiser` command, for editors and the build: check, report, new, template, links, catalogs, build,
root-page, posters, open-data."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path

from .catalogs import SOURCE_LANGUAGE, compile_catalogs, load_translations
from .cms.admin import LOCAL_BACKEND, write_admin
from .editor_template import NewEntryError, entry_template, new_entry
from .messages import Translator
from .open_data import write_open_data
from .reports.editors import editors_report, editors_topics
from .reports.problems import REPORTERS
from .reports.translations import translation_report
from .repository import Repository
from .schema import KINDS
from .site.build import DIRECTORY_VARIABLE
from .site.links import broken_links
from .site.posters import write_posters
from .site.root_page import write_root_page
from .site.sitemap import source_date
from .source import load_directory


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wegweiser")
    parser.add_argument("--lang", default=SOURCE_LANGUAGE, help="language of the messages (de, en)")
    parser.add_argument("--translations", type=Path, default=Path("translations"),
                        help="folder of the gettext catalogs (default: translations)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every entry file and list all problems")
    check.add_argument("directory", nargs="?", type=Path, default=Path("directory"))
    check.add_argument("--format", choices=tuple(REPORTERS), default="text")
    report = commands.add_parser("report", help="list what editors should fix first")
    report.add_argument("directory", nargs="?", type=Path, default=Path("directory"))
    report.add_argument("--languages", nargs="+", default=[], help="the site's languages, for draft translations")
    report.add_argument("--limit", type=int, help="list at most this many entries per topic")
    new = commands.add_parser("new", help="write the skeleton of a new entry, directory/<kind>/<id>.yml")
    new.add_argument("kind", help="folder name of the kind (courses) or its singular (course)")
    new.add_argument("id", help="the new entry's id, which is its file name")
    new.add_argument("--directory", type=Path, default=Path("directory"))
    links = commands.add_parser("links", help="check every link between the built pages and to their anchors")
    links.add_argument("site", type=Path)
    status = commands.add_parser("translations-report", help="per language: missing, draft and reviewed texts")
    status.add_argument("directory", nargs="?", type=Path, default=Path("directory"))
    status.add_argument("--languages", nargs="+", required=True)
    template = commands.add_parser("template", help="print a fill-in template for a new entry")
    template.add_argument("kind", choices=KINDS)
    site = commands.add_parser("build", help="build every language of the site, several at a time")
    site.add_argument("site", type=Path, help="folder to build into: one folder per language")
    site.add_argument("--languages", nargs="+", required=True)
    site.add_argument("--base-url", required=True, help="address of the site, for canonical and hreflang links")
    site.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="languages built at a time")
    site.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    site.add_argument("--verbose", action="store_true", help="show MkDocs' and each phase's progress")
    root = commands.add_parser("root-page", help="write the language chooser into the built site")
    root.add_argument("site", type=Path)
    root.add_argument("--languages", nargs="+", required=True)
    root.add_argument("--base-url", default="", help="public address of the site, for hreflang links")
    root.add_argument("--file-urls", action="store_true", help="link to index.html files (a copy opened from disk)")
    data = commands.add_parser("open-data", help="write the directory as JSON, CSV and HSDS into a folder")
    data.add_argument("out", type=Path)
    data.add_argument("--directory", type=Path, default=Path(os.environ.get(DIRECTORY_VARIABLE) or "directory"))
    data.add_argument("--languages", nargs="+", required=True)
    data.set_defaults(format="text")  # a directory with problems gets the check's report instead
    admin = commands.add_parser("admin", help="write the editors' form (Decap CMS) into the built site")
    admin.add_argument("out", type=Path, help="e.g. site/admin")
    admin.add_argument("--languages", nargs="+", required=True)
    admin.add_argument("--repo-url", default="", help="the GitHub repository the form saves to (pull requests)")
    admin.add_argument("--local-backend", default=LOCAL_BACKEND, help="decap-server's API, for use on this computer")
    admin.add_argument("--node-modules", type=Path, default=Path("node_modules"))
    commands.add_parser("catalogs", help="compile the gettext catalogs (--translations) that changed")
    poster = commands.add_parser("posters", help="write a waiting-room notice per municipality and provider")
    poster.add_argument("out", type=Path, help="folder to write them to, e.g. site/posters")
    poster.add_argument("--directory", type=Path, default=Path("directory"))
    poster.add_argument("--languages", nargs="+", required=True, help="the site's languages, German first")
    poster.add_argument("--base-url", required=True, help="public address of the site, for the QR codes")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = _parser().parse_args(argv)
    if args.command == "catalogs":
        for po_file in compile_catalogs(args.translations):
            print(f"compiled {po_file}")
        return 0
    if args.command == "admin":
        write_admin(args.out, args.languages, args.node_modules, repo_url=args.repo_url,
                    local_backend=args.local_backend)
        print(args.out / "index.html")
        return 0
    if args.command == "build":
        from .site.parallel import build_languages  # imports MkDocs, which no other command needs

        built = build_languages(args.config_file, args.languages, args.site, args.base_url, args.jobs,
                                logging.INFO if args.verbose else logging.WARNING)
        return 0 if built else 1
    if args.command == "root-page":
        print(write_root_page(args.site, args.languages, args.base_url, directory_urls=not args.file_urls))
        return 0
    _ = load_translations(args.translations, args.lang).gettext
    if args.command == "template":
        print(entry_template(args.kind, _), end="")
        return 0
    if args.command == "new":
        return _new(args, _)
    if args.command == "links":
        return _links(args.site, _)
    if args.command == "posters":
        return _posters(args, _)
    directory, problems = load_directory(args.directory)
    if args.command == "open-data" and not problems:
        for path in write_open_data(directory, args.out, args.languages):
            print(path)
        return 0
    if args.command == "report":
        today = source_date() or date.today()
        languages = tuple(language for language in args.languages if language != SOURCE_LANGUAGE)
        repository = Repository(os.environ.get("REPO_URL", ""))
        print(editors_report(editors_topics(directory, today, languages, repository), _, args.limit))
        return 0
    if args.command == "translations-report":
        print(translation_report(directory, args.translations, args.languages))
        return 0
    sys.stdout.write(REPORTERS[args.format](problems, _))
    if args.format == "text":
        print(_("{entries} Einträge geprüft, {problems} Fehler gefunden.").format(
            entries=len(directory), problems=len(problems)), file=sys.stderr)
    return 1 if problems else 0


def _new(args: argparse.Namespace, _: Translator) -> int:
    try:
        path = new_entry(args.directory, args.kind, args.id, _)
    except NewEntryError as error:
        print(error.message.translate(_), file=sys.stderr)
        return 1
    print(_("Angelegt: {path}. Füllen Sie die leeren Felder aus und prüfen Sie mit make check.").format(
        path=path.as_posix()))
    return 0


def _links(site: Path, _: Translator) -> int:
    broken = broken_links(site)
    for link in broken:
        print(link.describe(_))
    print(_("{count} defekte Links gefunden.").format(count=len(broken)), file=sys.stderr)
    return 1 if broken else 0


def _posters(args: argparse.Namespace, _: Translator) -> int:
    """Write the waiting-room notices of a directory without problems; list the problems otherwise."""
    directory, problems = load_directory(args.directory)
    if problems:
        sys.stdout.write(REPORTERS["text"](problems, _))
        return 1
    written = write_posters(args.out, directory, args.translations, args.languages, args.base_url, source_date())
    print(_("{count} Aushänge in {folder} geschrieben.").format(count=len(written) - 1, folder=args.out))
    return 0
