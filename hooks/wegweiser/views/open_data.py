"""The page that explains the open data: its files, its licence, what is left out and what each field means.

The files are written once per build beside the language folders (wegweiser.open_data); the licence is
the publisher's to state in mkdocs.yml (extra.open_data), and while it is empty the page says so.
"""

from __future__ import annotations

from ..model.web import encode_web_url, is_web_url
from ..open_data import CSV_FOLDER, HSDS_FOLDER, JSON_FILE
from ..open_data.hsds import ORGANIZATION_KIND, SERVICE_KINDS
from ..schema import KINDS, resolve, schema
from .builder import PageBuilder, SiteViews
from .elements import Block, Bullets, LeftToRight, Link, PageView, Paragraph, Section, Seq, Table, Text

OPEN_DATA_PATH = "offene-daten.md"
DATA_FOLDER = "data"  # beside the language folders, at the site's root
LICENSE_KEY = "extra.open_data.license"


def open_data_page(site: SiteViews, settings: dict[str, str]) -> PageView:
    """Return the page about the open data; settings is extra.open_data of mkdocs.yml."""
    b = site.page(OPEN_DATA_PATH)
    _ = b._
    blocks: list[Block] = [
        Paragraph(_("Alle Einträge dieses Wegweisers gibt es auch als offene Daten zum Herunterladen. Die Dateien "
                    "entstehen bei jeder Veröffentlichung neu aus denselben Einträgen wie diese Website.")),
        Section(b.heading(2, _("Dateien"), "files"), (_files(b), Paragraph(_(
            "In den Tabellen steht vor einem Text, der mit =, +, - oder @ beginnt, ein Apostroph ('), damit ein "
            "Tabellenprogramm ihn als Text zeigt und nicht als Formel ausführt. Telefonnummern und Zahlen bleiben, "
            "wie sie sind.")))),
        Section(b.heading(2, _("Lizenz"), "license"), (_license(b, settings),)),
        Section(b.heading(2, _("Ansprechpersonen"), "persons"), (
            Paragraph(_("Namen, Telefonnummern und E-Mail-Adressen von Ansprechpersonen stehen nur in den Daten, "
                        "wenn die Person in die Veröffentlichung als offene Daten eingewilligt hat.")),)),
        Section(b.heading(2, "Open Referral HSDS 3.0", "hsds"), (
            Paragraph(_("Die Dateien im Ordner hsds folgen dem Standard Open Referral Human Services Data "
                        "Specification (HSDS), Version 3.0. Träger sind dort Organisationen (organizations); "
                        "Sprachkurse, Beratungsstellen, Integrationshelfer*innen und Runde Tische sind Angebote "
                        "(services) mit ihren Telefonnummern, Zeiten, Sprachen und den Orten, für die sie da "
                        "sind. Die Texte sind deutsch. Jede Kennung ist eine UUID, die aus Art und Kennung des "
                        "Eintrags berechnet wird und darum gleich bleibt.")),)),
        Section(b.heading(2, _("Felder"), "fields"), tuple(_fields(b, kind) for kind in KINDS)),
    ]
    return b.finish(Text(_("Offene Daten")), blocks)


def _data_link(b: PageBuilder, name: str, label: Text | str) -> Link:
    return Link(b.file_url(f"../{DATA_FOLDER}/{name}"), label)


def _files(b: PageBuilder) -> Bullets:
    _ = b._
    hsds = (ORGANIZATION_KIND, *SERVICE_KINDS)
    return Bullets((
        Seq((_data_link(b, JSON_FILE, LeftToRight(JSON_FILE)), " – ",
             _("alle Einträge mit allen Sprachen, wie sie in den Dateien des Verzeichnisses stehen (JSON)"))),
        Seq((_("Eine Tabelle je Art von Eintrag (CSV, UTF-8), eine Zeile je Eintrag; Texte haben eine Spalte "
               "je Sprache:"), " ",
             b.joined([_data_link(b, f"{CSV_FOLDER}/{kind}.csv", _kind_title(b, kind)) for kind in KINDS]))),
        Seq((_("Open Referral HSDS 3.0 (JSON):"), " ",
             b.joined([_data_link(b, f"{HSDS_FOLDER}/{name}.json", LeftToRight(f"{name}.json"))
                       for name in ("organizations", "services")]),
             " ", b.fill("aus %(kinds)s", kinds=b.joined([_kind_title(b, kind) for kind in hsds])))),
    ))


def _kind_title(b: PageBuilder, kind: str) -> str:
    """The schema's title of a kind in the reader's language (the titles are in the catalog with the schemas)."""
    title = schema(kind)["title"]
    return b._(title)


def _license(b: PageBuilder, settings: dict[str, str]) -> Paragraph:
    name, url = settings.get("license", ""), settings.get("license_url", "")
    if not name:
        return Paragraph(b.fill("Für diese Daten ist noch keine Lizenz angegeben. Die Redaktion trägt sie in "
                                "mkdocs.yml unter %(key)s ein.", key=LeftToRight(LICENSE_KEY)))
    label = LeftToRight(name)
    licence = Link(encode_web_url(url), label) if is_web_url(url) else label
    return Paragraph(b.fill("Die Daten stehen unter der Lizenz %(license)s.", license=licence))


def _fields(b: PageBuilder, kind: str) -> Section:
    """Return the table of a kind's fields: the name of its column(s) and what it holds, from the schema."""
    _ = b._
    rows = []
    for name, prop in schema(kind)["properties"].items():
        description = prop.get("description") or resolve(prop).get("description", "")
        rows.append((LeftToRight(name), _(description) if description else ""))
    return Section(b.heading(3, Seq((_kind_title(b, kind), " (", LeftToRight(f"{CSV_FOLDER}/{kind}.csv"), ")")),
                             f"fields-{kind}"),
                   (Table((_("Feld"), _("Bedeutung")), tuple(rows), row_headers=True),))
