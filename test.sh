#!/usr/bin/env bash
# Installs what is missing and runs every test: unit, integration (real app, real SQLite files),
# bUnit components, CLI, and Playwright journeys in the OS Chromium.
# Tests that read ../shared/fixtures skip cleanly when that folder is absent.
set -euo pipefail
cd "$(dirname "$0")"
./install-prerequisites.sh
exec dotnet test JobSentinel.sln -c Release "$@"
