"""The editors' report as a page of the site: built in every language, linked from nowhere, found by no search.

It shows the topics of reports/editors.py (the same as `make report`), each entry linked to its page and,
when the repository is known, to its file for editing.
"""

from __future__ import annotations

from datetime import date

from ..reports.editors import Task, Topic
from . import formatting
from .builder import PageBuilder
from .elements import Block, EntryList, Inline, LeftToRight, Link, ListItem, PageView, Paragraph, Section, Seq, Text

REPORT_PATH = "redaktion/bericht.md"


def editors_report_page(b: PageBuilder, topics: list[Topic], day: date | None) -> PageView:
    """Return the report page: why it exists, as of which day (when known), then every topic, most needed first."""
    _ = b._
    intro = Paragraph(_("Diese Seite ist für die Redaktion: Sie ist nicht verlinkt und wird von keiner Suche "
                        "gefunden. Oben steht, was Lesenden am meisten hilft; innerhalb eines Themas stehen die "
                        "Einträge zuerst, auf die die meisten anderen Einträge verweisen."))
    as_of = [Paragraph(b.fill("Stand: %(date)s", date=formatting.long_date(day.isoformat(), b.language)))
             ] if day else []
    return b.finish(Text(_("Bericht für die Redaktion")), [intro, *as_of, *[_topic(b, t) for t in topics]],
                    hide=("navigation",), unlisted=True)


def _topic(b: PageBuilder, topic: Topic) -> Section:
    title = topic.title.translate(b._)
    if topic.counted:
        title = f"{title} ({formatting.number(len(topic.tasks), b.language)})"
    blocks: list[Block] = [Paragraph(topic.why.translate(b._))]
    if topic.link:
        blocks.append(Paragraph(Link(topic.link, b._("Offene Meldungen im Repository"))))
    if topic.counted:
        blocks.append(EntryList(tuple(_item(b, task) for task in topic.tasks), b._("Nichts zu tun.")))
    return Section(b.heading(2, title, topic.code), tuple(blocks))


def _item(b: PageBuilder, task: Task) -> ListItem:
    edit = b.site.repository.edit_url(task.entry.file)
    file: Inline = Link(edit, task.entry.file, ltr=True) if edit else LeftToRight(task.entry.file)
    meta = Seq((task.detail.translate(b._), " ", file)) if task.detail else file
    return ListItem(b.link(task.entry), meta)
