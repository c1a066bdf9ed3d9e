"""The GitHub workflows: what triggers them, what they run, actions pinned by commit; the job summary of the
check; the weekly report kept in one issue."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from wegweiser.cli import main

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
FIXTURES = Path(__file__).parent / "fixtures"
PINNED = re.compile(r"^\s*(?:- )?uses: ([\w.-]+/[\w.-]+)@([0-9a-f]{40}) # v\d+\.\d+\.\d+$")


def workflow(name: str) -> dict[str, Any]:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def triggers(data: dict[str, Any]) -> dict[str, Any]:
    return data.get("on", data.get(True))  # YAML 1.1 reads the key `on` as true


def runs(data: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for job in data["jobs"].values() for step in job.get("steps", []))


def uses(data: dict[str, Any]) -> list[str]:
    return [step["uses"].split("@")[0] for job in data["jobs"].values() for step in job.get("steps", [])
            if "uses" in step]


def test_every_action_is_pinned_by_commit_with_its_version() -> None:
    pins: dict[str, set[str]] = {}
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                match = PINNED.match(line)
                assert match, f"{path.name}: {line.strip()}"
                pins.setdefault(match.group(1), set()).add(match.group(2))
    assert pins
    assert {action: len(shas) for action, shas in pins.items()} == dict.fromkeys(pins, 1)  # one version each


def test_pull_requests_are_checked_built_link_checked_tested_and_previewed() -> None:
    ci = workflow("ci.yml")
    assert "pull_request" in triggers(ci)
    commands = runs(ci)
    assert "wegweiser check directory --format github" in commands
    assert 'wegweiser check directory --format summary >> "$GITHUB_STEP_SUMMARY"' in commands
    assert "make build\n" in commands + "\n"
    assert "make links" in commands
    assert "DIRECTORY_URLS=false make build OUTPUT=vorschau" in commands
    assert "sudo bash .ci/run" in commands
    assert "actions/upload-artifact" in uses(ci)
    assert ci["permissions"] == {"contents": "read"}


def test_check_step_fails_when_the_check_fails() -> None:
    step = next(s for s in workflow("ci.yml")["jobs"]["entries"]["steps"] if s.get("name") == "Einträge prüfen")
    assert step["run"].rstrip().endswith('exit "$status"')


def test_a_merge_into_main_publishes_with_the_official_pages_actions() -> None:
    deploy = workflow("deploy.yml")
    assert triggers(deploy)["push"] == {"branches": ["main"]}
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= set(uses(deploy))
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert deploy["jobs"]["deploy"]["environment"]["name"] == "github-pages"
    assert "REPO_URL" in deploy["jobs"]["build"]["steps"][3]["env"]


def test_weekly_report_goes_into_an_issue() -> None:
    report = workflow("report.yml")
    assert [entry["cron"] for entry in triggers(report)["schedule"]] == ["0 5 * * 1"]
    assert report["permissions"] == {"contents": "read", "issues": "write"}
    assert "make --silent report LIMIT=15" in runs(report)
    assert "bash .github/scripts/report-issue.sh" in runs(report)


def test_make_targets_the_workflows_call_exist() -> None:
    targets = set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    called = {name for path in WORKFLOWS.glob("*.yml")
              for name in re.findall(r"make (?:--silent )?([a-z-]+)", runs(workflow(path.name)))}
    assert called and called <= targets


def test_ci_runs_the_readmes_test_command() -> None:
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()[-1] == "make test"


@pytest.fixture
def gh(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A stand-in for the gh command that records its arguments and answers `issue list` from a file."""
    log, answer = tmp_path / "calls.txt", tmp_path / "open-issue.txt"
    answer.write_text("", encoding="utf-8")
    fake = tmp_path / "bin" / "gh"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\necho "$@" >> {log}\ncase "$1 $2" in "issue list") cat {answer};; esac\n',
                    encoding="utf-8")
    fake.chmod(0o755)
    return tmp_path, {**os.environ, "PATH": f"{fake.parent}:{os.environ['PATH']}"}


def report_issue(folder: Path, env: dict[str, str]) -> list[str]:
    body = folder / "bericht.md"
    body.write_text("Bericht\n", encoding="utf-8")
    subprocess.run(["bash", str(ROOT / ".github" / "scripts" / "report-issue.sh"), str(body)], env=env, check=True)
    return (folder / "calls.txt").read_text(encoding="utf-8").splitlines()


def test_the_first_report_opens_an_issue(gh: tuple[Path, dict[str, str]]) -> None:
    folder, env = gh
    calls = report_issue(folder, env)
    assert calls[-1] == f"issue create --title Bericht für die Redaktion --label redaktionsbericht --body-file " \
                        f"{folder / 'bericht.md'}"
    assert not any(call.startswith("issue edit") for call in calls)


def test_a_later_report_updates_the_open_issue(gh: tuple[Path, dict[str, str]]) -> None:
    folder, env = gh
    (folder / "open-issue.txt").write_text("17\n", encoding="utf-8")
    calls = report_issue(folder, env)
    assert calls[-1] == f"issue edit 17 --title Bericht für die Redaktion --body-file {folder / 'bericht.md'}"
    assert not any(call.startswith("issue create") for call in calls)


def test_job_summary_in_plain_german(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    course = tree / "courses" / "kurs-a-beispielstadt.yml"
    course.write_text(course.read_text(encoding="utf-8").replace("provider: beispiel-traeger", "provider: a|b*c"),
                      encoding="utf-8")
    assert main(["check", str(tree), "--format", "summary"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "## Prüfung der Einträge: 1 Fehler in 1 Datei(en)", "",
        "Beheben Sie jeden Fehler in der genannten Datei und Zeile; danach läuft die Prüfung von selbst neu.", "",
        "### directory/courses/kurs-a-beispielstadt.yml", "",
        "| Zeile | Feld | Was nicht stimmt | So beheben Sie es |", "| --- | --- | --- | --- |",
        "| 4 | provider | 'a\\|b\\*c' hat nicht die erwartete Form. | Erwartet: Kennung aus Kleinbuchstaben, Ziffern "
        "und Bindestrichen, gleich dem Dateinamen ohne .yml. |"]


def test_job_summary_without_problems(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tree), "--format", "summary"]) == 0
    assert capsys.readouterr().out == "## Prüfung der Einträge: alles in Ordnung\n\nKeine Fehler gefunden.\n"
