"""The editors' form (Decap CMS at /admin/): its configuration is the schemas' (fields, required marks,
choices, help texts), and a course added through the form with the local backend passes the check and
appears in a rebuilt site."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser

from conftest import FIXTURES, LANGUAGES, ROOT, build_site, free_port, serve
from wegweiser.cms.admin import github_repo, policy, write_admin
from wegweiser.cms.config import cms_config, collection, form_rules
from wegweiser.schema import KINDS, REFERENCES, resolve, schema
from wegweiser.source import load_directory

LOCAL = "http://127.0.0.1:8081/api/v1"
NEW_COURSE = "kurs-aus-dem-formular"
NAME = "Kurs aus dem Formular <b>*x*</b>"


def fields(kind: str) -> dict[str, dict]:
    return {field["name"]: field for field in collection(kind, list(LANGUAGES))["fields"]}


@pytest.mark.parametrize("kind", KINDS)
def test_a_collection_per_kind_has_the_schema_fields_in_order_with_their_required_marks(kind: str) -> None:
    config = collection(kind, list(LANGUAGES))
    kind_schema = schema(kind)
    assert config["folder"] == f"directory/{kind}" and config["extension"] == "yml"
    assert [field["name"] for field in config["fields"]] == list(kind_schema["properties"])
    assert {field["name"] for field in config["fields"] if field["required"]} == set(kind_schema["required"])


@pytest.mark.parametrize("kind", KINDS)
def test_help_texts_and_choices_come_from_the_schema(kind: str) -> None:
    for name, prop in schema(kind)["properties"].items():
        field, node = fields(kind)[name], resolve(prop)
        assert field.get("hint") == node.get("description"), name
        if "enum" in node:
            assert field["widget"] == "select" and field["options"] == node["enum"], name
        target = REFERENCES.get(kind, {}).get(name)
        if target:
            assert (field["widget"], field["collection"]) == ("relation", target), name


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_has_the_german_title_of_its_schema_as_label_never_its_key(kind: str) -> None:
    for name, prop in schema(kind)["properties"].items():
        assert fields(kind)[name]["label"] == resolve(prop)["title"], name
    nested = list(_nested(collection(kind, list(LANGUAGES))["fields"]))
    keys = {field["name"] for field in nested}
    assert nested and [field["label"] for field in nested if field["label"] in keys] == []


def _nested(form_fields: list[dict]) -> Iterator[dict]:
    for field in form_fields:
        yield field
        yield from _nested(field.get("fields", []) + ([field["field"]] if "field" in field else []))


def test_a_text_has_german_and_a_translation_with_status_per_language() -> None:
    name = fields("courses")["name"]
    assert [sub["name"] for sub in name["fields"]] == list(LANGUAGES)
    assert [sub["label"] for sub in name["fields"][:3]] == ["Deutsch", "Englisch", "Arabisch"]
    assert name["fields"][0]["required"] is True
    english = name["fields"][1]
    assert [sub["name"] for sub in english["fields"]] == ["text", "status"]
    assert english["fields"][1]["options"] == ["draft", "reviewed", "machine"]


def test_patterns_and_nested_fields_follow_the_common_definitions() -> None:
    source = fields("courses")["source"]
    common = schema("courses")  # source is common.json's definition
    assert [sub["name"] for sub in source["fields"]] == list(resolve(common["properties"]["source"])["properties"])
    section = source["fields"][0]
    assert section["pattern"][0] == resolve(common["properties"]["source"])["properties"]["concept_section"]["pattern"]
    assert fields("courses")["places"] == {**fields("courses")["places"], "widget": "number", "value_type": "int",
                                           "minimum": 1, "maximum": 500}


def test_the_github_backend_opens_pull_requests_and_the_local_backend_is_decap_server() -> None:
    config = cms_config(list(LANGUAGES), LOCAL, repo="landkreis/wegweiser")
    assert config["backend"] == {"name": "github", "repo": "landkreis/wegweiser", "branch": "main"}
    assert config["publish_mode"] == "editorial_workflow"
    assert config["local_backend"] == {"url": LOCAL}
    assert [c["name"] for c in config["collections"]] == list(KINDS)


def test_a_contact_left_empty_is_saved_as_unknown() -> None:
    rules = form_rules()
    assert rules["courses"] == {"contact": "unknown"}
    assert "course-types" not in rules


@pytest.mark.parametrize(("url", "repo"), [
    ("https://github.com/landkreis/wegweiser", "landkreis/wegweiser"),
    ("https://github.com/landkreis/wegweiser.git/", "landkreis/wegweiser"),
    ("https://gitlab.example.org/landkreis/wegweiser", ""),
    ("", ""),
])
def test_the_repository_is_read_from_a_github_address(url: str, repo: str) -> None:
    assert github_repo(url) == repo


def test_the_form_page_says_when_no_repository_is_set(tmp_path: Path) -> None:
    write_admin(tmp_path / "none", list(LANGUAGES), ROOT / "node_modules")
    write_admin(tmp_path / "repo", list(LANGUAGES), ROOT / "node_modules",
                repo_url="https://github.com/landkreis/wegweiser")
    assert "kein GitHub-Repository angegeben" in (tmp_path / "none" / "index.html").read_text(encoding="utf-8")
    assert "kein GitHub-Repository" not in (tmp_path / "repo" / "index.html").read_text(encoding="utf-8")
    config = yaml.safe_load((tmp_path / "repo" / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["repo"] == "landkreis/wegweiser"
    assert (tmp_path / "repo" / "decap-cms.js").is_file() and (tmp_path / "repo" / "yaml" / "index.js").is_file()
    assert not list((tmp_path / "repo").glob("*.map"))


def test_the_form_has_its_own_policy_without_inline_scripts() -> None:
    rules = dict(part.strip().split(" ", 1) for part in policy(LOCAL).split(";"))
    assert "'unsafe-inline'" not in rules["script-src"]
    assert rules["connect-src"] == "'self' https://api.github.com http://127.0.0.1:8081"


@pytest.fixture
def decap_server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """decap-server on a free port, saving into a copy of the fixture directory (never into directory/)."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "valid", project / "directory")
    port = free_port()
    process = subprocess.Popen(["node", str(ROOT / "node_modules" / "decap-server" / "dist" / "index.js")],
                               cwd=project, env={**os.environ, "PORT": str(port), "GIT_REPO_DIRECTORY": str(project)},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in process.stdout:  # it says when it listens
            if "listening on port" in line:
                break
        api = f"http://127.0.0.1:{port}/api/v1"
        request = urllib.request.Request(api, json.dumps({"action": "info"}).encode(),
                                         {"Content-Type": "application/json"})
        assert json.load(urllib.request.urlopen(request))["type"] == "local_fs"
        yield project, api
    finally:
        process.terminate()
        process.wait()


@pytest.mark.browser
def test_a_course_added_through_the_form_passes_the_check_and_is_built(
        decap_server: tuple[Path, str], browser: Browser, tmp_path: Path) -> None:
    project, api = decap_server
    write_admin(tmp_path / "site" / "admin", list(LANGUAGES), ROOT / "node_modules", local_backend=api)
    httpd, url = serve(tmp_path / "site")
    page = browser.new_page()
    try:
        page.goto(f"{url}admin/")
        page.get_by_role("button", name="Login").click()
        page.goto(f"{url}admin/#/collections/courses/new")
        page.get_by_label("Kennung (Dateiname)", exact=True).fill(NEW_COURSE)
        page.get_by_label("Deutsch", exact=True).first.fill(NAME)
        page.get_by_label("Abschnitt im Integrationskonzept (optional)", exact=True).fill("3.6.1")
        page.get_by_label("Kursart", exact=True).click()
        page.get_by_role("option", name="kurs-a", exact=True).click()
        page.get_by_role("button", name="Veröffentlichen").click()
        with page.expect_response(lambda response: response.url == api and "persistEntry" in (
                response.request.post_data or "")) as saved:
            page.get_by_text("Jetzt veröffentlichen").click()
        assert saved.value.ok
    finally:
        page.close()
        httpd.shutdown()
    written = project / "directory" / "courses" / f"{NEW_COURSE}.yml"
    assert written.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../../hooks/wegweiser/schemas/courses.json\n")
    directory, problems = load_directory(project / "directory")
    assert problems == []
    assert directory.get("courses", NEW_COURSE).data == {
        "id": NEW_COURSE, "name": {"de": NAME}, "source": {"concept_section": "3.6.1"}, "type": "kurs-a",
        "contact": "unknown"}
    result = build_site(tmp_path / "built", "de", "http://127.0.0.1:8000/", project / "directory")
    assert result.returncode == 0, result.stderr
    built = (tmp_path / "built" / "de" / "courses" / NEW_COURSE / "index.html").read_text(encoding="utf-8")
    assert "Kurs aus dem Formular &lt;b&gt;*x*&lt;/b&gt;" in built
