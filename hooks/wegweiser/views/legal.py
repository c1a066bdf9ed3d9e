"""The publisher's pages: Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit.

Their text is German in every language (the German wording is the one that counts); headings are
translated, and pages in other languages say that the text is shown in German. The publisher's details
come from mkdocs.yml (model/publisher.py); while some are missing, the pages say so where they would stand.
"""

from __future__ import annotations

from ..model import phone
from ..model.publisher import FIELDS, Publisher
from ..model.web import mailto_uri
from .builder import PageBuilder, SiteViews
from .elements import (
    Address,
    Block,
    Box,
    Bullets,
    Fact,
    Facts,
    Inline,
    LeftToRight,
    Link,
    PageView,
    Paragraph,
    Section,
    Seq,
    Text,
)

IMPRINT_PATH = "impressum.md"
PRIVACY_PATH = "datenschutz.md"
ACCESSIBILITY_PATH = "barrierefreiheit.md"
EASY_LANGUAGE_PATH = "leichte-sprache.md"  # written by hand in docs/

# The enforcement procedure of Lower Saxony for public bodies' websites, as confirmed on 2 December 2026:
# § 9b NBGG (contents of the statement) and the Schlichtungsstelle nach § 9d NBGG.
NBGG_9B = "https://voris.wolterskluwer-online.de/browse/document/cite/c07c0612-5d78-3ec8-aeb7-b6edf8bd9268"
SCHLICHTUNGSSTELLE = ("https://www.behindertenbeauftragte-niedersachsen.de/DE/Schlichtungsstelle/"
                      "Schlichtungsverfahren/Aufgabe/Aufgabe_node.html")
CONFIRMED = "2. Dezember 2026"


def legal_pages(site: SiteViews, publisher: Publisher) -> list[PageView]:
    """Return the three pages of the publisher."""
    return [imprint_page(site.page(IMPRINT_PATH), publisher),
            privacy_page(site.page(PRIVACY_PATH), publisher),
            accessibility_page(site.page(ACCESSIBILITY_PATH), publisher)]


def imprint_page(b: PageBuilder, publisher: Publisher) -> PageView:
    """Return the Impressum: who publishes the site and who answers for its content."""
    keys = ("name", "address", "represented_by", "email", "phone", "supervisory_authority",
            "responsible_for_content")
    blocks = [
        *_missing(b, publisher, keys),
        _details(b, publisher, keys),
        Paragraph(Seq((b.text("Die Einträge dieses Wegweisers stammen aus dem Integrationskonzept des Landkreises "
                              "Hildesheim (2021); jeder Eintrag nennt den Abschnitt, aus dem er stammt."),
                       " ", Link(b.url("concept/index.md"), b._("Zum Integrationskonzept"))))),
    ]
    return b.finish(Text(b._("Impressum")), blocks, hide=("toc",))


def privacy_page(b: PageBuilder, publisher: Publisher) -> PageView:
    """Return the privacy policy: what the site does with its readers' data (very little), stated plainly."""
    _ = b._
    blocks = [
        *_missing(b, publisher, ("name", "address", "email", "data_protection_officer", "hosting", "server_logs",
                                 "data_protection_authority")),
        Section(b.heading(2, _("Verantwortlich"), "responsible"), (
            _details(b, publisher, ("name", "address", "email", "data_protection_officer")),)),
        Section(b.heading(2, _("Was diese Website speichert"), "storage"), (
            _german(b, "Diese Website besteht aus festen Seiten. Sie hat keine Anmeldung und kein "
                       "Kontaktformular."),
            _german(b, "Sie setzt keine Cookies und speichert nichts in Ihrem Browser. Sie enthält keine Werbung, "
                       "kein Tracking und keine Besucherstatistik."),
            _german(b, "Alle Schriften, Bilder, Skripte und Suchdaten kommen von diesem Server. Ihr Browser "
                       "ruft beim Lesen keine anderen Server auf; eine Sicherheitsrichtlinie "
                       "(Content-Security-Policy) auf jeder Seite verbietet es ihm."),
        )),
        Section(b.heading(2, _("Suche und Filter"), "search"), (
            _german(b, "Die Suche läuft in Ihrem Browser: Er lädt von diesem Server die Teile des Suchverzeichnisses, "
                       "die zu Ihren Suchwörtern passen, und sucht darin selbst. Welche Teile geladen werden, hängt "
                       "von den Suchwörtern ab und steht in den Server-Protokollen."),
            _german(b, "Wenn Sie über das Suchfeld der Startseite suchen, steht Ihr Suchwort in der Adresse der "
                       "Suchseite (…/search/?q=…) und damit auch in den Server-Protokollen."),
            _german(b, "Die Filter der Listen stehen in der Adresse der Seite, damit man einen Link weitergeben kann. "
                       "Der Server erfährt sie nur, wenn Sie die Seite mit dieser Adresse neu laden oder öffnen."),
        )),
        Section(b.heading(2, _("Server-Protokolle"), "logs"), (
            _german(b, "Wenn Ihr Browser eine Seite abruft, übermittelt er dem Server technisch notwendige Daten, "
                       "zum Beispiel Ihre IP-Adresse, den Zeitpunkt, die abgerufene Adresse und die Kennung Ihres "
                       "Browsers."),
            _details(b, publisher, ("hosting", "server_logs")),
        )),
        Section(b.heading(2, _("Links zu anderen Websites"), "links"), (
            _german(b, "Links zu Trägern, Behörden und Beratungsstellen führen auf deren Websites. Dort gilt deren "
                       "Datenschutzerklärung. Telefon- und E-Mail-Links öffnen die Programme Ihres Geräts."),
        )),
        Section(b.heading(2, _("Ihre Rechte"), "rights"), (
            _german(b, "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung "
                       "(Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Widerspruch "
                       "(Art. 21 DSGVO). Sie können sich bei einer Aufsichtsbehörde für den Datenschutz "
                       "beschweren (Art. 77 DSGVO)."),
            _details(b, publisher, ("data_protection_authority",)),
        )),
    ]
    return b.finish(Text(_("Datenschutzerklärung")), blocks)


def accessibility_page(b: PageBuilder, publisher: Publisher) -> PageView:
    """Return the accessibility statement as § 9b NBGG asks for it: state, known gaps, feedback, enforcement."""
    _ = b._
    gaps = Bullets(tuple(b.text(gap) for gap in (
        "Das Integrationskonzept gibt es nur auf Deutsch. In den anderen Sprachfassungen wird es auf Deutsch "
        "angezeigt.",
        "Die Übersetzungen der Oberfläche und vieler Einträge sind Entwürfe, die noch keine Person geprüft hat. "
        "Jede betroffene Seite sagt das.",
        "In Leichter Sprache gibt es bisher nur die Erklärung dieser Website, nicht die Einträge und nicht das "
        "Integrationskonzept.",
        "Es gibt keine Videos in Deutscher Gebärdensprache.",
    )))
    blocks = [
        *_missing(b, publisher, ("name", "accessibility_contact", "accessibility_statement_date")),
        _german(b, "Öffentliche Stellen in Niedersachsen gestalten ihre Websites barrierefrei und erklären, wie "
                   "weit das gelungen ist (§§ 9a und 9b NBGG). Dies ist die Erklärung für diese Website."),
        _details(b, publisher, ("name", "accessibility_statement_date")),
        Section(b.heading(2, _("Stand der Barrierefreiheit"), "state"), (
            _german(b, "Diese Website ist teilweise barrierefrei. Die unten genannten Inhalte sind nicht oder nicht "
                       "vollständig barrierefrei."),
            _german(b, "Grundlage ist eine Selbstbewertung: Automatische Tests prüfen jede Art von Seite in allen "
                       "Sprachen im Browser, unter anderem mit axe-core nach den Regeln der WCAG 2.1, Stufe AA. Eine "
                       "Prüfung durch eine Prüfstelle oder durch Menschen mit Behinderungen hat noch nicht "
                       "stattgefunden."),
        )),
        Section(b.heading(2, _("Was noch nicht barrierefrei ist"), "gaps"), (
            gaps,
            _german(b, "Der Grund: Übersetzungen, ihre Prüfung und Texte in Leichter Sprache entstehen nach und nach. "
                       "Bis dahin hilft die Kontaktstelle unten weiter und schickt Inhalte auf Wunsch in einer für "
                       "Sie zugänglichen Form."),
            Paragraph(Link(b.url(EASY_LANGUAGE_PATH), _("Diese Website in Leichter Sprache erklärt"))),
        )),
        Section(b.heading(2, _("Barrieren melden"), "feedback"), (
            _german(b, "Sind Sie auf eine Barriere gestoßen, oder brauchen Sie einen Inhalt in einer anderen Form? "
                       "Schreiben Sie uns:"),
            _details(b, publisher, ("accessibility_contact",)),
        )),
        Section(b.heading(2, _("Schlichtungsverfahren"), "enforcement"), (
            _german(b, "Wenn Sie auf Ihre Meldung keine oder keine zufriedenstellende Antwort bekommen, können Sie "
                       "sich an die Schlichtungsstelle nach § 9d NBGG wenden. Sie ist die Stelle für das "
                       "Durchsetzungsverfahren in Niedersachsen; ihre schlichtenden Personen bestellt die oder der "
                       "Landesbeauftragte für Menschen mit Behinderungen."),
            Paragraph(Link(SCHLICHTUNGSSTELLE, b.text("Schlichtungsstelle nach § 9d NBGG"), rel="external")),
            Paragraph(Seq((b.text(f"Quellen, eingesehen am {CONFIRMED}:"), " ",
                           Link(NBGG_9B, b.text("§ 9b NBGG"), rel="external"), "; ",
                           Link(SCHLICHTUNGSSTELLE, b.text("Website der Schlichtungsstelle"), rel="external"))),
                      "ww-source"),
        )),
    ]
    return b.finish(Text(_("Erklärung zur Barrierefreiheit")), blocks)


def _german(b: PageBuilder, text: str) -> Paragraph:
    """Return a paragraph of the German text; on pages in other languages it is marked as German."""
    return Paragraph(b.text(text))


def _details(b: PageBuilder, publisher: Publisher, keys: tuple[str, ...]) -> Facts:
    """Return the publisher's details under keys, each labelled; a missing one says so."""
    return Facts(tuple(Fact(b._(FIELDS[key]), _value(b, key, publisher.get(key))) for key in keys))


def _value(b: PageBuilder, key: str, value: str) -> Inline:
    if not value:
        return b._("fehlt noch")
    if key in ("email", "accessibility_contact") and "@" in value and " " not in value:
        return Link(mailto_uri(value), value, ltr=True)
    if key == "phone":
        return Link(phone.tel_uri(value), phone.display(value, b.language), ltr=True) if phone.is_phone(value) \
            else LeftToRight(value)
    if key == "address":
        return Address(tuple(line.strip() for line in value.splitlines() if line.strip()))
    return b.text(value)


def _missing(b: PageBuilder, publisher: Publisher, keys: tuple[str, ...]) -> list[Block]:
    """Return the notice that some of the details this page shows are not given yet, or nothing."""
    missing = [key for key in keys if key in publisher.missing]
    if not missing:
        return []
    return [Box("ww-missing", (
        Paragraph(b._("Angaben des Herausgebers fehlen noch. Diese Vorschau zeigt, wo sie stehen werden; "
                      "öffentlich gebaut wird die Website erst, wenn sie in mkdocs.yml (extra.publisher) "
                      "eingetragen sind.")),
        Bullets(tuple(b._(FIELDS[key]) for key in missing)),
    ))]
