#!/usr/bin/env bash
# Installs what is missing and starts JobSentinel on the embedded default (SQLite + in-process Hangfire)
# at http://127.0.0.1:5000. The data lives in ./data unless JobSentinel__DataDirectory says otherwise.
set -euo pipefail
cd "$(dirname "$0")"
./install-prerequisites.sh
export JobSentinel__DataDirectory="${JobSentinel__DataDirectory:-$PWD/data}"
exec dotnet run --project JobSentinel.Web -c Release --no-launch-profile -- --urls "${JOBSENTINEL_URLS:-http://127.0.0.1:5000}" "$@"
