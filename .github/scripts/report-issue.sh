#!/usr/bin/env bash
# Put the editors' report into one issue: the open issue with the report's label is updated, and only when there
# is none is one opened. Usage: report-issue.sh <file with the issue's text>; needs the gh CLI and GH_TOKEN.
set -euo pipefail
body="$1"
label="redaktionsbericht"
title="Bericht für die Redaktion"
gh label create "$label" --color 0e8a16 --description "Wöchentlicher Bericht für die Redaktion (make report)" \
  --force >/dev/null
number="$(gh issue list --label "$label" --state open --limit 1 --json number --jq '.[0].number // empty')"
if [ -n "$number" ]; then
  gh issue edit "$number" --title "$title" --body-file "$body"
else
  gh issue create --title "$title" --label "$label" --body-file "$body"
fi
