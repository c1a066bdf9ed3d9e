"""The `wegweiser` command, for editors and the build: check, report, template, catalogs, root-page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .catalogs import SOURCE_LANGUAGE, compile_catalogs, load_translations
from .editor_template import entry_template
from .reports.editors import editors_report
from .reports.problems import REPORTERS
from .reports.translations import translation_report
from .schema import KINDS
from .site.root_page import write_root_page
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
    report = commands.add_parser("report", help="list what editors still have to fill in")
    report.add_argument("directory", nargs="?", type=Path, default=Path("directory"))
    status = commands.add_parser("translations-report", help="per language: missing, draft and reviewed texts")
    status.add_argument("directory", nargs="?", type=Path, default=Path("directory"))
    status.add_argument("--languages", nargs="+", required=True)
    template = commands.add_parser("template", help="print a fill-in template for a new entry")
    template.add_argument("kind", choices=KINDS)
    root = commands.add_parser("root-page", help="write the language chooser into the built site")
    root.add_argument("site", type=Path)
    root.add_argument("--languages", nargs="+", required=True)
    root.add_argument("--base-url", default="", help="public address of the site, for hreflang links")
    root.add_argument("--file-urls", action="store_true", help="link to index.html files (a copy opened from disk)")
    commands.add_parser("catalogs", help="compile the gettext catalogs (--translations) that changed")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    args = _parser().parse_args(argv)
    if args.command == "catalogs":
        for po_file in compile_catalogs(args.translations):
            print(f"compiled {po_file}")
        return 0
    if args.command == "root-page":
        print(write_root_page(args.site, args.languages, args.base_url, directory_urls=not args.file_urls))
        return 0
    _ = load_translations(args.translations, args.lang).gettext
    if args.command == "template":
        print(entry_template(args.kind, _), end="")
        return 0
    directory, problems = load_directory(args.directory)
    if args.command == "report":
        print(editors_report(directory, _))
        return 0
    if args.command == "translations-report":
        print(translation_report(directory, args.translations, args.languages))
        return 0
    sys.stdout.write(REPORTERS[args.format](problems, _))
    if args.format == "text":
        print(_("{entries} Einträge geprüft, {problems} Fehler gefunden.").format(
            entries=len(directory), problems=len(problems)), file=sys.stderr)
    return 1 if problems else 0
