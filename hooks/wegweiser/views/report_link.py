"""'Etwas falsch? Kennen Sie den Kontakt?': a prefilled report about an entry, on every entry page.

The report goes where the site's configuration says: an issue form of the repository (`repo_url`,
.github/ISSUE_TEMPLATE/meldung.yml, its fields prefilled from the address) or an e-mail to the editors
(`extra.editors_email`). With neither configured there is no link: the site publishes no address that
nobody gave it.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from ..catalogs import SOURCE_LANGUAGE
from ..model.entries import Entry
from ..model.text import localize
from ..model.web import mailto_uri
from ..repository import Repository
from .builder import PageBuilder
from .elements import Link, Paragraph, Seq

ISSUE_FORM = "meldung.yml"  # .github/ISSUE_TEMPLATE/meldung.yml; its field ids are the keys below


def report_url(entry: Entry, language: str, repository: Repository, editors_email: str) -> str | None:
    """Return where a reader reports a mistake or a missing contact of entry, the repository first."""
    subject = f"Meldung zu „{localize(entry.get('name'), SOURCE_LANGUAGE).text}“"
    fields = {"eintrag": f"{entry.kind}/{entry.id}", "datei": entry.file, "sprache": language}
    return report_address(subject, fields, repository, editors_email)


def report_address(subject: str, fields: dict[str, str], repository: Repository, editors_email: str) -> str | None:
    """Return the issue form or the e-mail to the editors, prefilled with subject and fields; None if neither is set."""
    if repository:
        query = urlencode({"template": ISSUE_FORM, "title": subject, **fields}, quote_via=quote)
        return f"{repository.url.rstrip('/')}/issues/new?{query}"
    if editors_email:
        body = "".join(f"{name}: {value}\n" for name, value in fields.items()) + "\nWas ist falsch oder fehlt?\n"
        return f"{mailto_uri(editors_email)}?{urlencode({'subject': subject, 'body': body}, quote_via=quote)}"
    return None


def report_line(b: PageBuilder, entry: Entry) -> list[Paragraph]:
    """Return the line that asks readers to report a mistake or a contact, where a report can go."""
    url = report_url(entry, b.language, b.site.repository, b.site.editors_email)
    if url is None:
        return []
    return [Paragraph(Seq((b._("Etwas falsch? Kennen Sie den Kontakt?"), " ",
                           Link(url, b._("Sagen Sie es der Redaktion."), rel="noopener"))), "ww-report")]
