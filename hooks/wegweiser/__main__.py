"""Command line for editors and the build: python -m wegweiser <command>."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .directory import load_directory
from .editor_template import entry_template
from .i18n import SOURCE_LANGUAGE, load_translations
from .languages import write_root_page
from .report import editors_report
from .schema import KINDS
from .translation_report import translation_report


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m wegweiser")
    parser.add_argument("--lang", default=SOURCE_LANGUAGE, help="language of the messages (de, en)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check every entry file and list all problems")
    check.add_argument("directory", nargs="?", type=Path, default=Path("directory"))
    check.add_argument("--format", choices=("text", "json", "github"), default="text")
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
    args = parser.parse_args(argv)
    if args.command == "template":
        print(entry_template(args.kind, load_translations(args.lang).gettext), end="")
        return 0
    if args.command == "root-page":
        print(write_root_page(args.site, args.languages))
        return 0

    _ = load_translations(args.lang).gettext
    directory, problems = load_directory(args.directory, _)
    if args.command == "report":
        print(editors_report(directory, _))
    elif args.command == "translations-report":
        print(translation_report(directory, args.languages))
        return 0
    elif args.format == "json":
        print(json.dumps([problem.__dict__ for problem in problems], ensure_ascii=False, indent=2))
    elif args.format == "github":  # annotations on the pull request's changed lines
        for p in problems:
            where = f"file={p.file},line={p.line or 1},col={p.column or 1}"
            print(f"::error {where}::{p.field}: {p.message} {p.hint or ''}")
    else:
        for problem in problems:
            print(problem)
        count = sum(len(kind) for kind in directory.entries.values())
        print(_("{entries} Einträge geprüft, {problems} Fehler gefunden.").format(
            entries=count, problems=len(problems)), file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
