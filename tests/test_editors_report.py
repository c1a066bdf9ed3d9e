"""The editors' report: topics in the order that helps readers most, entries most referred to first; the same
rows in `make report` and on the unlisted report page of every language."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from conftest import LANGUAGES
from wegweiser.cli import main
from wegweiser.messages import identity
from wegweiser.model.fallbacks import fallbacks
from wegweiser.reports.editors import Topic, editors_report, editors_topics, reach_counts, year_before
from wegweiser.repository import Repository
from wegweiser.site.sitemap import source_date
from wegweiser.source import load_directory
from wegweiser.views.builder import entry_path, page_url

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 12, 2)
COURSE = """id: {id}
name: {id}
type: kurs-a
provider: {provider}
contact: unknown
source: {{concept_section: "3.6.1"}}
"""


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The valid fixture directory, with two more providers without contact: one that four courses name, one
    that one course names, and one provider that offers nothing."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    monkeypatch.chdir(tmp_path)
    root = Path("directory")
    for provider in ("traeger-viel", "traeger-wenig", "traeger-leer"):
        (root / "providers" / f"{provider}.yml").write_text(
            f"id: {provider}\nname: {provider}\ncategory: education\ncontact: unknown\n"
            f"source: {{concept_section: \"3.6.1\"}}\n", encoding="utf-8")
    for number, provider in enumerate(["traeger-viel"] * 4 + ["traeger-wenig"]):
        (root / "courses" / f"kurs-{number}.yml").write_text(COURSE.format(id=f"kurs-{number}", provider=provider),
                                                             encoding="utf-8")
    return root


def topics(tree: Path, repository: Repository | None = None) -> dict[str, Topic]:
    directory, problems = load_directory(tree)
    assert problems == []
    return {topic.code: topic for topic in editors_topics(directory, TODAY, ("en", "ar"), repository)}


def files(topic: Topic) -> list[str]:
    return [task.entry.file for task in topic.tasks]


def test_topics_stand_in_the_order_that_helps_readers_most(tree: Path) -> None:
    assert list(topics(tree))[:5] == ["reports", "contact", "municipalities", "stages", "verified"]


def test_an_entry_many_others_send_readers_to_comes_first(tree: Path) -> None:
    contact = topics(tree)["contact"]
    order = files(contact)
    assert order.index("directory/providers/traeger-viel.yml") < order.index("directory/providers/traeger-wenig.yml")
    assert [task.reach for task in contact.tasks] == sorted((task.reach for task in contact.tasks), reverse=True)
    viel = next(task for task in contact.tasks if task.entry.id == "traeger-viel")
    assert viel.reach == 4
    assert viel.detail.translate(identity) == "4 andere Einträge verweisen hierher."


def test_reach_counts_the_entries_that_name_someone_to_ask_instead(tree: Path) -> None:
    directory, _ = load_directory(tree)
    counselling = directory.get("counselling", "beratung-beispiel")
    asking = [entry for entry in directory if entry.get("contact") == "unknown"
              and any(f.entry is counselling for f in fallbacks(entry, directory))]
    assert asking
    assert reach_counts(directory)[counselling] >= len(asking)


def test_entries_not_verified_or_not_for_twelve_months(tree: Path) -> None:
    edit = tree / "providers" / "beispiel-traeger.yml"
    edit.write_text(edit.read_text(encoding="utf-8").replace("on: 2026-01-15", "on: 2025-12-01"), encoding="utf-8")
    edit = tree / "counselling" / "beratung-beispiel.yml"
    edit.write_text(edit.read_text(encoding="utf-8").replace("on: 2026-01-15", "on: 2025-12-02"), encoding="utf-8")
    verified = topics(tree)["verified"]
    details = {task.entry.id: task.detail.translate(identity) for task in verified.tasks}
    assert details["beispiel-traeger"] == "Zuletzt geprüft am 2025-12-01."
    assert "beratung-beispiel" not in details  # checked exactly twelve months ago: not yet due
    assert details["helfer-beispielstadt"] == "Noch nie geprüft."
    assert details["traeger-leer"] == "Noch nie geprüft."


def test_a_year_before_a_leap_day() -> None:
    assert year_before(date(2028, 2, 29)) == date(2027, 2, 28)


def test_providers_that_offer_nothing(tree: Path) -> None:
    assert files(topics(tree)["providers"]) == ["directory/providers/traeger-leer.yml"]


def test_municipalities_without_local_help(tree: Path) -> None:
    (tree / "round-tables" / "runder-tisch-beispielstadt.yml").unlink()
    (tree / "networks" / "netzwerk-beispiel.yml").unlink()  # it names the helper
    (tree / "helpers" / "helfer-beispielstadt.yml").unlink()
    gaps = topics(tree)["municipalities"]
    assert [(task.entry.id, task.detail.translate(identity)) for task in gaps.tasks] == [
        ("beispielstadt", "Weder Integrationshelfer*in noch Runder Tisch.")]


def test_facts_that_rest_only_on_the_concept(tree: Path) -> None:
    concept_only = topics(tree)["concept-only"]
    assert "directory/courses/kurs-0.yml" in files(concept_only)
    assert "directory/courses/kurs-a-beispielstadt.yml" not in files(concept_only)  # a public source
    assert concept_only.tasks[0].detail.translate(identity) == "Abschnitt 3.6.1."


def test_draft_translations_per_language(tree: Path) -> None:
    found = topics(tree)
    assert "drafts-ar" in found and "drafts-en" not in found  # the fixture's English is reviewed
    assert files(found["drafts-ar"]) == ["directory/networks/netzwerk-beispiel.yml"]
    assert found["drafts-ar"].tasks[0].detail.translate(identity) == "Felder: name."


def test_consents_that_end_come_first_then_the_oldest(tree: Path) -> None:
    helper = tree / "helpers" / "helfer-beispielstadt.yml"
    text = helper.read_text(encoding="utf-8")
    for number, consent in enumerate(("date: 2025-03-01,", "date: 2026-02-01, until: 2031-01-31,",
                                      "date: 2026-03-01, until: 2029-12-31,")):
        other = text.replace("id: helfer-beispielstadt", f"id: helfer-{number}").replace("date: 2026-01-10,", consent)
        (tree / "helpers" / f"helfer-{number}.yml").write_text(other, encoding="utf-8")
    consent = topics(tree)["consent"]
    assert [(task.entry.id, task.detail.translate(identity)) for task in consent.tasks] == [
        ("helfer-2", "Einwilligung vom 2026-03-01 bis 2029-12-31 für name, email auf site."),
        ("helfer-1", "Einwilligung vom 2026-02-01 bis 2031-01-31 für name, email auf site."),
        ("helfer-0", "Einwilligung vom 2025-03-01 für name, email auf site."),
        ("helfer-beispielstadt", "Einwilligung vom 2026-01-10 für name, email auf site.")]


def test_missing_stage_facts(tree: Path) -> None:
    stages = topics(tree)["stages"]
    assert [task.entry.id for task in stages.tasks] == ["kurs-a", "kurs-b"]
    assert "levels" in stages.tasks[0].detail.translate(identity)


def test_readers_reports_link_to_the_repositorys_issues(tree: Path) -> None:
    assert topics(tree)["reports"].link is None
    reports = topics(tree, Repository("https://github.com/example/wegweiser"))["reports"]
    assert reports.link == "https://github.com/example/wegweiser/issues?q=is%3Aissue+is%3Aopen+label%3Ameldung"


def test_make_report_prints_the_same_rows(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tree), "--languages", "de", "en", "ar"]) == 0
    out = capsys.readouterr().out
    directory, _ = load_directory(tree)
    expected = editors_report(editors_topics(directory, source_date() or date.today(), ("en", "ar")), identity)
    assert out == expected + "\n"
    contact = out.split("Einträge ohne Kontaktdaten")[1].split("\n\n")[0]
    assert contact.index("traeger-viel.yml: 4 andere") < contact.index("traeger-wenig.yml: 1 andere")


def report_page(site: Path, language: str) -> str:
    return (site / language / "redaktion" / "bericht" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_page_is_built_but_kept_from_readers_and_search(site: Path, language: str) -> None:
    page = report_page(site, language)
    assert '<meta name="robots" content="noindex">' in page
    assert "data-pagefind-body" not in page
    assert "redaktion/bericht" not in (site / language / "sitemap.xml").read_text(encoding="utf-8")
    linking = [p for p in (site / language).rglob("*.html")
               if "redaktion/bericht" in p.read_text(encoding="utf-8") and "redaktion" not in p.parts]
    assert linking == []


def test_report_page_lists_the_rows_of_make_report(site: Path) -> None:
    directory, _ = load_directory(ROOT / "directory")
    contact = next(t for t in editors_topics(directory, TODAY, tuple(LANGUAGES[1:])) if t.code == "contact")
    section = report_page(site, "de").split('id="contact"')[1].split("<h2")[0]
    links = re.findall(r'<li><a href="\.\./\.\./([^"]*)"', section)
    assert links == [page_url(entry_path(task.entry)) for task in contact.tasks]
    assert "Es ist kein Repository eingestellt (REPO_URL)" in report_page(site, "de")


def test_without_the_sources_day_only_entries_never_verified_are_due(tree: Path) -> None:
    edit = tree / "providers" / "beispiel-traeger.yml"
    edit.write_text(edit.read_text(encoding="utf-8").replace("on: 2026-01-15", "on: 2001-01-01"), encoding="utf-8")
    directory, _ = load_directory(tree)
    verified = next(t for t in editors_topics(directory, None, ()) if t.code == "verified")
    assert {task.detail.translate(identity) for task in verified.tasks} == {"Noch nie geprüft."}
