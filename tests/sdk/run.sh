#!/usr/bin/env bash
# Runs the SDK test suite against a freshly started emulator.
#   tests/sdk/run.sh                 publish src/CloudFlow.Server to a temp folder, then test
#   tests/sdk/run.sh <published-dir> use an already published server (the folder holding CloudFlow.Server.dll)
# With CLOUDFLOW_AUTH_MODE=strict the server verifies signatures, knows two keys in two accounts and guards
# /_emulator/ with a token; every test then signs with the first key and auth.test.js runs too.
# Needs only the .NET SDK, node (>= 20) and npm. Exits with the test runner's code.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cloudflow-sdk.XXXXXX")"
server_pid=""

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ $# -ge 1 ]]; then
  published="$(cd "$1" && pwd)"
else
  published="$work/publish"
  echo "run.sh: publishing the server to $published"
  dotnet publish "$repo/src/CloudFlow.Server" -c Release -o "$published" --nologo -v quiet >"$work/publish.log" 2>&1 ||
    { cat "$work/publish.log"; exit 1; }
fi
[[ -f "$published/CloudFlow.Server.dll" ]] || { echo "run.sh: no CloudFlow.Server.dll in $published" >&2; exit 1; }

# A free port: let the kernel pick one, then release it for the server.
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});')"
endpoint="http://127.0.0.1:$port"

server_env=(CloudFlow__DataDirectory="$work/data" CloudFlow__Clock=skip)
if [[ "${CLOUDFLOW_AUTH_MODE:-open}" == strict ]]; then
  export CLOUDFLOW_ACCESS_KEY_ID=sdkFirstKeyId CLOUDFLOW_ACCESS_KEY_SECRET=sdk-first-secret CLOUDFLOW_ACCOUNT=1000000000000001
  export CLOUDFLOW_OTHER_ACCESS_KEY_ID=sdkSecondKeyId CLOUDFLOW_OTHER_ACCESS_KEY_SECRET=sdk-second-secret CLOUDFLOW_OTHER_ACCOUNT=1000000000000002
  export CLOUDFLOW_EMULATOR_TOKEN=sdk-emulator-token
  server_env+=(
    CloudFlow__Auth__Mode=strict
    "CloudFlow__Auth__Keys__${CLOUDFLOW_ACCESS_KEY_ID}__Secret=$CLOUDFLOW_ACCESS_KEY_SECRET"
    "CloudFlow__Auth__Keys__${CLOUDFLOW_ACCESS_KEY_ID}__Account=$CLOUDFLOW_ACCOUNT"
    "CloudFlow__Auth__Keys__${CLOUDFLOW_OTHER_ACCESS_KEY_ID}__Secret=$CLOUDFLOW_OTHER_ACCESS_KEY_SECRET"
    "CloudFlow__Auth__Keys__${CLOUDFLOW_OTHER_ACCESS_KEY_ID}__Account=$CLOUDFLOW_OTHER_ACCOUNT"
    "CloudFlow__Emulator__Token=$CLOUDFLOW_EMULATOR_TOKEN"
  )
fi

mkdir -p "$work/data"
echo "run.sh: starting the server (${CLOUDFLOW_AUTH_MODE:-open} mode) on $endpoint (log: $work/server.log while it runs)"
env "${server_env[@]}" dotnet "$published/CloudFlow.Server.dll" --urls "$endpoint" >"$work/server.log" 2>&1 &
server_pid=$!

ready=""
deadline=$((SECONDS + 30))
while (( SECONDS < deadline )); do
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  if node -e 'require("http").get(process.argv[1],r=>process.exit(r.statusCode===200?0:1)).on("error",()=>process.exit(1))' \
      "$endpoint/health" 2>/dev/null; then
    ready=yes; break
  fi
  sleep 0.5
done
if [[ -z "$ready" ]]; then
  echo "run.sh: the server did not answer $endpoint/health within 30 s; its log:" >&2
  cat "$work/server.log" >&2
  exit 1
fi

cd "$here"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi

status=0
CLOUDFLOW_ENDPOINT="$endpoint" node --test || status=$?
if [[ $status -ne 0 ]]; then
  echo "run.sh: tests failed; last lines of the server log:" >&2
  tail -n 50 "$work/server.log" >&2
fi
exit $status
