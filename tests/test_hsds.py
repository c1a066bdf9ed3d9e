"""The Open Referral HSDS 3.0 export validates against the specification's compiled schemas
(tests/hsds-schemas/, see the README there) and carries what the entries say."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, ROOT
from wegweiser.open_data.hsds import hsds_export
from wegweiser.open_data.records import record_id
from wegweiser.source import load_directory

SCHEMAS = Path(__file__).parent / "hsds-schemas"
OBJECTS = {"organizations": "organization", "services": "service"}


def validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads(gzip.decompress((SCHEMAS / f"{name}.json.gz").read_bytes()))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)  # every id must be a UUID


def export(directory: Path) -> dict[str, list[dict]]:
    loaded, problems = load_directory(directory)
    assert problems == []
    return hsds_export(loaded)


@pytest.mark.parametrize("directory", [ROOT / "directory", FIXTURES / "valid"], ids=["real", "fixture"])
def test_every_record_validates_against_the_hsds_schema(directory: Path) -> None:
    records = export(directory)
    for name, schema in OBJECTS.items():
        check = validator(schema)
        assert records[name]
        errors = [f"{record['id']} {list(error.path)}: {error.message}"
                  for record in records[name] for error in check.iter_errors(record)]
        assert errors == []


def test_the_schema_refuses_what_the_export_must_not_do() -> None:
    """The validation can fail: an id that is no UUID and a service without status are errors."""
    service = export(FIXTURES / "valid")["services"][0]
    check = validator("service")
    assert not list(check.iter_errors(service))
    assert list(check.iter_errors({**service, "id": "kurs-1"}))
    assert list(check.iter_errors({key: value for key, value in service.items() if key != "status"}))


def test_providers_are_organizations_and_offers_are_services_with_stable_ids() -> None:
    loaded, _ = load_directory(ROOT / "directory")
    records = hsds_export(loaded)
    assert [org["id"] for org in records["organizations"]] == [
        record_id("providers", entry.id) for entry in loaded.of_kind("providers")]
    offers = [entry for kind in ("courses", "counselling", "helpers", "round-tables") for entry in loaded.of_kind(kind)]
    assert [service["id"] for service in records["services"]] == [record_id(e.kind, e.id) for e in offers]
    ids = [record["id"] for name in OBJECTS for record in records[name]]
    assert len(ids) == len(set(ids))


def test_a_course_carries_its_provider_times_languages_and_place(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "directory")
    loaded, _ = load_directory(tmp_path / "directory")
    course = next(entry for entry in loaded.of_kind("courses") if entry.get("languages") and entry.get("schedule"))
    service = next(s for s in hsds_export(loaded)["services"] if s["id"] == record_id("courses", course.id))
    assert service["organization_id"] == record_id("providers", course.get("provider"))
    assert [language["code"] for language in service["languages"]] == course.get("languages")
    schedule = service["schedules"][-1]
    assert schedule.get("valid_from") == course.get("schedule").get("start")
    area = course.get("municipality")
    if area:
        assert service["service_areas"][0]["id"] == record_id("courses", course.id, f"area-{area}")
