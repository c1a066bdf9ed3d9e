"""The page "Über die Übersetzungen": what a draft translation is, that the German text counts, how to report
a mistake. Every page that is not fully translated and checked links to it (views/translation_notice.py)."""

from __future__ import annotations

from .builder import PageBuilder
from .elements import Link, PageView, Paragraph, Section, Seq, Text
from .legal import IMPRINT_PATH
from .report_link import report_address


def translations_page(b: PageBuilder) -> PageView:
    """Return the page that explains draft translations and how to report a mistake in one."""
    _ = b._
    blocks = [
        Paragraph(_("Diese Website wird auf Deutsch geschrieben. Die anderen Sprachfassungen sind übersetzt.")),
        Section(b.heading(2, Text(_("Was ist eine Entwurfsübersetzung?")), "draft"), (
            Paragraph(_("Eine Entwurfsübersetzung hat noch keine Person geprüft, die beide Sprachen gut kennt. "
                        "Sie kann Fehler enthalten.")),
            Paragraph(_("Maßgeblich ist immer die deutsche Fassung. Über das Sprachmenü oben kommen Sie zu "
                        "derselben Seite auf Deutsch.")),
            Paragraph(_("Texte, die es noch nicht in Ihrer Sprache gibt, stehen auf Deutsch. Namen von Trägern, "
                        "Städten und Gemeinden bleiben in jeder Sprache deutsch: So stehen sie auch auf Schildern "
                        "und Briefen.")),
        )),
        Section(b.heading(2, Text(_("Einen Fehler melden")), "report"), (_report(b),)),
    ]
    return b.finish(Text(_("Über die Übersetzungen")), blocks, hide=("toc",))


def _report(b: PageBuilder) -> Paragraph:
    """Ask for reports where the site's configuration sends them, else to the publisher named in the Impressum."""
    _ = b._
    url = report_address("Fehler in einer Übersetzung", {"sprache": b.language}, b.site.repository,
                         b.site.editors_email)
    if url is None:
        return Paragraph(Seq((_("Haben Sie einen Fehler gefunden? Schreiben Sie dem Herausgeber dieser Website."),
                              " ", Link(b.url(IMPRINT_PATH), _("Zum Impressum")))))
    return Paragraph(Seq((_("Haben Sie einen Fehler gefunden?"), " ",
                          Link(url, _("Sagen Sie es der Redaktion."), rel="noopener"))))
