"""Report problems found by the check: as text for people, as JSON for tools, as GitHub annotations and as
the Markdown of a pull request's job summary.

The check only collects problems (wegweiser.source); each reporter translates them
into the reader's language when it writes them out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from ..messages import Translator
from ..source.problems import Problem


def location(problem: Problem) -> str:
    """Return file:line:column, leaving out what is not known."""
    return ":".join([problem.file] + [str(n) for n in (problem.line, problem.column) if n is not None])


def text_line(problem: Problem, _: Translator) -> str:
    """Return one problem as a line of text: where, which field, what is wrong, how to fix it."""
    text = f"{location(problem)} {problem.field}: " if problem.field else f"{location(problem)}: "
    text += problem.message.translate(_)
    return f"{text} {problem.hint.translate(_)}" if problem.hint else text


def text_report(problems: Iterable[Problem], _: Translator) -> str:
    """Return every problem, one per line."""
    return "".join(text_line(problem, _) + "\n" for problem in problems)


def json_report(problems: Iterable[Problem], _: Translator) -> str:
    """Return the problems as a JSON list: place, code, translated texts and the untranslated message."""
    return json.dumps([{
        "file": p.file, "line": p.line, "column": p.column, "field": p.field, "code": p.code,
        "message": p.message.translate(_), "hint": p.hint.translate(_) if p.hint else None,
        "message_id": p.message.id, "params": {k: str(v) for k, v in p.message.params.items()},
    } for p in problems], ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    # GitHub's workflow command syntax: %, CR and LF in the message must be encoded.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(problems: Iterable[Problem], _: Translator) -> str:
    """Return one error annotation per problem, shown by GitHub on the changed line of the pull request."""
    lines = []
    for p in problems:
        where = f"file={_escape_property(p.file)},line={p.line or 1},col={p.column or 1}"
        title = f",title={_escape_property(p.field)}" if p.field else ""
        body = p.message.translate(_) + (f" {p.hint.translate(_)}" if p.hint else "")
        lines.append(f"::error {where}{title}::{_escape_data(body)}\n")
    return "".join(lines)


# Characters that Markdown would read as markup (or a cell's end) inside a table cell; a backslash keeps each as
# typed. Others (#, -, +) are markup only at the start of a line, which a cell never is.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~])")


def _cell(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))


def summary_report(problems: Iterable[Problem], _: Translator) -> str:
    """Return the problems as Markdown for the job summary of a pull request: one table per file, in plain German."""
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.file, []).append(problem)
    if not by_file:
        return "## " + _("Prüfung der Einträge: alles in Ordnung") + "\n\n" + _("Keine Fehler gefunden.") + "\n"
    count = sum(len(found) for found in by_file.values())
    lines = ["## " + _("Prüfung der Einträge: {count} Fehler in {files} Datei(en)").format(count=count,
                                                                                        files=len(by_file)), "",
             _("Beheben Sie jeden Fehler in der genannten Datei und Zeile; danach läuft die Prüfung von selbst neu."),
             ""]
    for file, found in by_file.items():
        lines += [f"### {_cell(file)}", "", "| " + " | ".join((_("Zeile"), _("Feld"), _("Was nicht stimmt"),
                                                                 _("So beheben Sie es"))) + " |",
                  "| --- | --- | --- | --- |"]
        lines += [f"| {p.line or ''} | {_cell(p.field)} | {_cell(p.message.translate(_))} | "
                  f"{_cell(p.hint.translate(_)) if p.hint else ''} |" for p in found]
        lines.append("")
    return "\n".join(lines)


REPORTERS = {"text": text_report, "json": json_report, "github": github_report, "summary": summary_report}
