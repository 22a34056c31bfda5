#!/usr/bin/env bash
# Runs the crash test and the fuzz test against a published server (each starts its own servers on loopback).
#   tests/reliability/run.sh <published-dir>   the folder holding CloudFlow.Server.dll
# Needs only the .NET runtime and node (>= 20); no npm packages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[[ $# -eq 1 && -f "$1/CloudFlow.Server.dll" ]] || { echo "usage: $0 <folder holding CloudFlow.Server.dll>" >&2; exit 2; }
published="$(cd "$1" && pwd)"

node "$here/crash.js" "$published"
node "$here/fuzz.js" "$published"
