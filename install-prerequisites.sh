#!/usr/bin/env bash
# Installs what JobSentinel and its tests need from Debian's packages, only when it is missing:
# Chromium and fonts (PDF rendering, HTML sources, browser tests), promtool (alert rule tests). Needs root or sudo to install.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
  echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
dpkg -s fonts-liberation >/dev/null 2>&1 || packages+=(fonts-liberation)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || packages+=(fonts-dejavu-core)
# promtool (in Debian's prometheus package) checks and unit-tests deploy/prometheus/jobsentinel.rules.yml.
command -v promtool >/dev/null 2>&1 || packages+=(prometheus)

if [ "${#packages[@]}" -gt 0 ]; then
  echo "Installing from Debian: ${packages[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Run as root or install sudo to install: ${packages[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
