#!/usr/bin/env bash
# The lint step of action.yml: `actionplan lint --format github` (annotations on the pull
# request) over the given paths, with the optional config, warning limit and SARIF log.
# The inputs come in environment variables, never pasted into a script, so a path cannot
# inject shell; globs are left for actionplan to expand.
set -uo pipefail
set -f
read -r -d '' -a paths <<< "${PATHS:-}" || true
if [ ${#paths[@]} -eq 0 ]; then paths=(.); fi
options=()
if [ -n "${CONFIG:-}" ]; then options+=(--config "$CONFIG"); fi
if [ -n "${MAX_WARNINGS:-}" ]; then options+=(--max-warnings "$MAX_WARNINGS"); fi

if [ -n "${SARIF_FILE:-}" ]; then
  # The SARIF log has every problem; its exit status (1 for lint errors) is the next run's to give.
  sarif_status=0
  actionplan lint --format sarif -o "$SARIF_FILE" "${options[@]}" -- "${paths[@]}" || sarif_status=$?
  if [ "$sarif_status" -ge 2 ]; then exit "$sarif_status"; fi
  echo "sarif-file=$SARIF_FILE" >> "${GITHUB_OUTPUT:-/dev/null}"
fi

status=0
actionplan lint --format github "${options[@]}" -- "${paths[@]}" || status=$?
exit "$status"
