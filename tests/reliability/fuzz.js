'use strict';
// Fuzz test (issue 6, hostile input). Starts the published server twice on loopback (open mode, then strict
// mode with a key) and sends it malformed requests over raw sockets: broken request lines and headers, bad
// percent-escapes and invalid UTF-8, wrong methods, content types and lengths, broken chunking, oversized and
// deeply nested bodies, YAML bombs, garbage for every parameter of every action, the emulator endpoints, and junk
// signatures. No answer may be a 5xx, and each server must be healthy and working afterwards.
//   node tests/reliability/fuzz.js <published-folder>        (FUZZ_SEED=<n> replays a run, FUZZ_REQUESTS=<n> sizes it)

const assert = require('node:assert/strict');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { Server } = require('./lib/server');

const REQUESTS = Number(process.env.FUZZ_REQUESTS || 12_000);
const STRICT_SHARE = 0.2;
const CONCURRENCY = 32;
const DEADLINE_MS = 300_000;
const SEED = Number(process.env.FUZZ_SEED || Date.now() % 2 ** 31);

// mulberry32: a small seeded generator, so a failing run can be replayed with FUZZ_SEED.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(SEED);
const int = (n) => Math.floor(random() * n);
const pick = (items) => items[int(items.length)];
const chance = (p) => random() < p;

const ACTIONS = [
  'CreateFlow', 'UpdateFlow', 'DeleteFlow', 'DescribeFlow', 'ListFlows', 'StartExecution', 'StartSyncExecution',
  'DescribeExecution', 'ListExecutions', 'StopExecution', 'GetExecutionHistory', 'ReportTaskSucceeded',
  'ReportTaskFailed', 'CreateSchedule', 'UpdateSchedule', 'DeleteSchedule', 'DescribeSchedule', 'ListSchedules',
  'PublishFlowVersion', 'ListFlowVersions', 'CreateFlowAlias', 'DescribeMapRun', 'DescribeRegions',
];
const PARAMETERS = [
  'Name', 'FlowName', 'ExecutionName', 'Definition', 'Description', 'Type', 'Input', 'Limit', 'NextToken', 'Status',
  'WaitTimeSeconds', 'Error', 'Cause', 'TaskToken', 'Output', 'RoleArn', 'ExecutionMode', 'Environment',
  'StartedTimeBegin', 'StartedTimeEnd', 'ExecutionNamePrefix', 'MetadataOnly', 'ScheduleName', 'CronExpression',
  'Payload', 'Enable', 'Qualifier', 'Version', 'Action', 'AccessKeyId', 'Signature', 'SignatureNonce', 'Timestamp',
];
const VALID_FLOW = 'Type: StateMachine\nSpecVersion: v1\nStartAt: A\nStates:\n  - Type: Pass\n    Name: A\n    Next: B\n'
  + '  - Type: Wait\n    Name: B\n    Seconds: 5\n    Next: C\n  - Type: Choice\n    Name: C\n    Branches:\n'
  + '      - Condition: $Input.x > 1\n        Next: A\n    Default: D\n  - Type: Pass\n    Name: D\n    End: true\n';
const KNOWN_FLOWS = ['fuzz_target', 'fuzz_other'];

function bomb() {
  let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
  for (let c = 1; c < 10; c++) {
    const name = String.fromCharCode(97 + c);
    const previous = String.fromCharCode(96 + c);
    text += `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]\n`;
  }
  return text;
}

/** Flips, drops or repeats a few characters of a valid text. */
function mutate(text) {
  const chars = [...text];
  for (let i = 0, n = 1 + int(6); i < n; i++) {
    const at = int(chars.length);
    switch (int(4)) {
      case 0: chars[at] = String.fromCharCode(int(128)); break;
      case 1: chars.splice(at, 1); break;
      case 2: chars.splice(at, 0, ...chars.slice(at, at + int(20))); break;
      default: chars[at] = pick([':', '-', '[', '{', '&', '*', '!', '|', '>', '%', '"', '\n', '\t', ' ']);
    }
  }
  return chars.join('');
}

/** A parameter value that is wrong in some way: type, range, size, encoding or structure. */
function garbageValue() {
  switch (int(24)) {
    case 0: return '';
    case 1: return ' ';
    case 2: return 'x'.repeat(1 + int(chance(0.2) ? 300_000 : 3_000));
    case 3: return pick(['-1', '0', '99999999999999999999', '1e309', 'NaN', '1.5', '0x10', '+7', '٣']);
    case 4: return pick(['true', 'false', 'TRUE', 'yes', 'null', '[]', '{}']);
    case 5: return pick(['Running', 'Succeeded', 'Bogus', 'running']);
    case 6: return Buffer.from(Array.from({ length: 1 + int(60) }, () => int(256))).toString('base64');
    case 7: return pick(['eyJ0IjoiYSJ9', 'eyJ0IjoxLCJuIjpbXX0=', '!!!!', '%%%', '9999999999']);
    case 8: return '{'.repeat(int(5000)) + '}'.repeat(int(5000));
    case 9: return `{"a":${'['.repeat(65 + int(chance(0.2) ? 50_000 : 2_000))}${']'.repeat(int(2_000))}}`;
    case 10: return JSON.stringify({ a: 'é中文\u0000\uFFFF', b: [1, 2, { c: null }] });
    case 11: return mutate(VALID_FLOW);
    case 12: return '['.repeat(130 + int(chance(0.2) ? 200_000 : 5_000));
    case 13: return bomb() + VALID_FLOW.replace('    Name: D\n', '    Name: D\n    OutputConstructor:\n      x: *j\n');
    case 14: return `${bomb()}? *j\n: 1\n${VALID_FLOW}`;
    case 15: return 'version: v1\ntype: flow\nsteps:\n' + '  - type: foreach\n    name: f\n    steps:\n'.repeat(1 + int(40));
    case 16: return pick(['2020-12-02T02:39:20.402Z', 'yesterday', '2020-13-45T99:99:99Z', '0000-00-00']);
    case 17: return pick(KNOWN_FLOWS) + pick(['', '#', '#nope', '#a#b', '/../x', '%00']);
    case 18: return pick(['a'.repeat(129), '_ok', '-bad', '1bad', 'a b', 'ü', 'a/b', 'a#b']);
    case 19: return String.fromCharCode(...Array.from({ length: 1 + int(40) }, () => int(0xd800)));
    case 20: return pick(['\uD800\uDC00\uD800', '{"a":"\\ud800"}', '{"\\udc00":1}', '{"Variables":[{"Name":"k","Value":"\\ud800"}]}']);
    case 21: return `${VALID_FLOW}${'#'.repeat(int(1_100_000))}`;
    case 22: return `Type: StateMachine\nSpecVersion: v1\nTimeout: ${pick(['-1', '1e9', 'x', '0'])}\nStartAt: A\nStates:\n  - Type: Wait\n    Name: A\n    Seconds: ${pick(['0', '301', '-5', 'x', '1'])}\n    End: true\n`;
    default: return JSON.stringify({ Variables: pick([[], 'x', [{ Name: 1 }], null]) });
  }
}

/** Percent-encodes like a form, then breaks the encoding now and then. */
function encode(text) {
  // encodeURIComponent refuses lone surrogates; they go out as U+FFFD, as any UTF-8 encoder would send them.
  let encoded = encodeURIComponent(text.toWellFormed()).replace(/%20/g, '+');
  if (chance(0.15)) {
    const at = int(encoded.length + 1);
    encoded = encoded.slice(0, at) + pick(['%', '%z', '%zz', '%G1', '%FF', '%C3%28', '%E2%82', '%ED%A0%80', '%C0%AF', '%00']) + encoded.slice(at);
  }
  return encoded;
}

function formOf(params) {
  return params.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
}

function randomParams() {
  const params = [['Action', chance(0.85) ? pick(ACTIONS) : garbageValue().slice(0, 200)], ['Version', chance(0.9) ? '2019-03-15' : pick(['', '2015-01-01', garbageValue().slice(0, 50)])]];
  for (let i = 0, n = int(6); i < n; i++) {
    params.push([chance(0.9) ? pick(PARAMETERS) : garbageValue().slice(0, 100), garbageValue()]);
  }
  if (chance(0.5)) params.push([pick(['FlowName', 'Name']), pick(KNOWN_FLOWS)]);
  return params;
}

function request(method, target, headers, body = Buffer.alloc(0)) {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...headers];
  if (body.length > 0 && !headers.some((h) => /^(content-length|transfer-encoding):/i.test(h))) lines.push(`Content-Length: ${body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

function chunked(body) {
  const parts = [];
  for (let at = 0; at < body.length; at += 4096) {
    const piece = body.subarray(at, at + 4096);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

const FORM = 'Content-Type: application/x-www-form-urlencoded';
const JSON_TYPE = 'Content-Type: application/json';

/**
 * One malformed request: { bytes, incomplete, versionNotSupported } (an incomplete one may get no answer: the client
 * gives up; one in an unknown HTTP version is answered 505 by Kestrel, as RFC 9110 requires).
 */
function malformedRequest(strict) {
  const kind = int(16);
  switch (kind) {
    case 0: // the RPC in the query, encodings broken
      return { bytes: request('GET', `/?${formOf(randomParams())}`, []) };
    case 1: // the RPC as a form body
      return { bytes: request('POST', '/', [FORM], Buffer.from(formOf(randomParams()), 'latin1')) };
    case 2: { // raw bytes that are not UTF-8 in the query or the body
      const junk = Buffer.from(Array.from({ length: 1 + int(30) }, () => 0x80 + int(128)));
      return chance(0.5)
        ? { bytes: Buffer.concat([Buffer.from('GET /?Action=ListFlows&Version=2019-03-15&Name='), junk, Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')]) }
        : { bytes: request('POST', '/', [FORM], Buffer.concat([Buffer.from('Action=ListFlows&Version=2019-03-15&Name='), junk])) };
    }
    case 3: // methods
      return { bytes: request(pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'HEAD', 'FOO', 'G E T', 'get', 'PRI']), pick(['/', '/?Action=ListFlows&Version=2019-03-15', '/health', '/_emulator/clock']), [FORM], Buffer.from('Action=ListFlows')) };
    case 4: // content types
      return { bytes: request('POST', '/', [`Content-Type: ${pick(['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', '', ';;;', 'application/x-www-form-urlencoded; charset=utf-16'])}`], Buffer.from(formOf(randomParams()), 'latin1')) };
    case 5: { // JSON bodies: broken, deep, wrong shape, wrong types
      const params = Object.fromEntries(randomParams());
      const body = pick([
        JSON.stringify(params),
        JSON.stringify(params).slice(0, int(200)),
        `[${JSON.stringify(params)}]`,
        `{"Action":"ListFlows","Version":"2019-03-15","x":${'['.repeat(100_000 + int(300_000))}`,
        JSON.stringify({ ...params, Limit: pick([1.5, -3, [], {}, null, true, 1e400]), Input: { deep: [[[{}]]] } }),
        '\uFEFF{"Action": "ListFlows", "Version": "2019-03-15"}',
        '{"Action":"ListFlows","Version":"2019-03-15","Action":"CreateFlow"}',
      ]);
      return { bytes: request('POST', pick(['/', '/?Action=CreateFlow&Version=2019-03-15']), [JSON_TYPE], Buffer.from(body)) };
    }
    case 6: // oversized bodies, with and without chunking
      return chance(0.5)
        ? { bytes: request('POST', '/', [FORM], Buffer.from(`Action=CreateFlow&Version=2019-03-15&Definition=${'x'.repeat(1_100_000 + int(200_000))}`)) }
        : { bytes: request('POST', '/', [FORM, 'Transfer-Encoding: chunked'], chunked(Buffer.from(`Action=ListFlows&Version=2019-03-15&Pad=${'y'.repeat(1_100_000)}`))) };
    case 7: // broken chunking and lengths
      return pick([
        { bytes: request('POST', '/', [FORM, 'Transfer-Encoding: chunked'], Buffer.from('zz\r\nAction=ListFlows\r\n0\r\n\r\n')) },
        { bytes: request('POST', '/', [FORM, 'Transfer-Encoding: chunked'], Buffer.from('5\r\nAction=ListFlows\r\n0\r\n\r\n')) },
        { bytes: request('POST', '/', [FORM, 'Transfer-Encoding: chunked'], Buffer.from('10\r\nAction=ListFl')), incomplete: true },
        { bytes: request('POST', '/', [FORM, 'Content-Length: 100'], Buffer.from('Action=ListFlows')), incomplete: true },
        { bytes: request('POST', '/', [FORM, 'Content-Length: -5'], Buffer.from('Action=ListFlows')) },
        { bytes: request('POST', '/', [FORM, 'Content-Length: abc'], Buffer.from('Action=ListFlows')) },
        { bytes: request('POST', '/', [FORM, 'Content-Length: 3', 'Content-Length: 16'], Buffer.from('Action=ListFlows')) },
        { bytes: request('POST', '/', [FORM, 'Content-Length: 16', 'Transfer-Encoding: chunked'], Buffer.from('Action=ListFlows')) },
        { bytes: request('POST', '/', [FORM, 'Transfer-Encoding: gzip'], Buffer.from('Action=ListFlows')) },
      ]);
    case 8: // request lines and headers
      return pick([
        { bytes: Buffer.from(Array.from({ length: 1 + int(400) }, () => int(256))) },
        { bytes: Buffer.from('GET / HTTP/9.9\r\nHost: x\r\n\r\n'), versionNotSupported: true },
        { bytes: Buffer.from('GET /\r\n\r\n') },
        { bytes: Buffer.from('GET /?Action=ListFlows&Version=2019-03-15 HTTP/1.1\r\nHost: x\r\nNo colon here\r\nConnection: close\r\n\r\n') },
        { bytes: request('GET', '/?Action=ListFlows&Version=2019-03-15', [`X-Big: ${'h'.repeat(40_000 + int(40_000))}`]) },
        { bytes: request('GET', '/?Action=ListFlows&Version=2019-03-15', Array.from({ length: 150 }, (_, i) => `X-H${i}: v`)) },
        { bytes: request('GET', `/${'a'.repeat(10_000 + int(20_000))}`, []) },
        { bytes: request('GET', pick(['/../../etc/passwd', '//', '/%2e%2e/', 'http://other/?Action=ListFlows&Version=2019-03-15', '*', '/%00', '/?%', '/?=&=&&=']), []) },
        { bytes: Buffer.from('GET /?Action=ListFlows&Version=2019-03-15 HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\nConnection: close\r\n\r\n', 'latin1') },
        { bytes: Buffer.from('GET /health HTTP/1.1\r\nHost: x\r\n'), incomplete: true },
      ]);
    case 9: { // emulator endpoints
      const flow = chance(0.5) ? pick(KNOWN_FLOWS) : encode(garbageValue().slice(0, 300)) || 'x';
      const body = Buffer.from(pick([
        '{"Call":[{"output":{"a":1}}]}', '{"Call":[{"invocations":"2-1","output":{}}]}', '{"Call":"nope"}', '[]', '{', 'null',
        `{"a":${'['.repeat(10_000)}`, '{"Call":[{"error":1,"cause":[]}]}', '{"Call":[{"invocations":"x-","output":{}}]}',
        JSON.stringify({ Call: Array.from({ length: 2000 }, () => ({ output: { v: 'z'.repeat(50) } })) }), garbageValue(),
      ]));
      return pick([
        { bytes: request(pick(['PUT', 'GET', 'DELETE', 'POST']), `/_emulator/flows/${flow}/mocks`, [JSON_TYPE], body) },
        { bytes: request(pick(['PUT', 'GET', 'DELETE']), `/_emulator/flows/${flow}/scenarios/${encode(garbageValue().slice(0, 40)) || 's'}`, [JSON_TYPE], body) },
        { bytes: request('POST', `/_emulator/clock/advance?seconds=${encode(pick(['abc', 'NaN', '-1', '1e309', '', '5', 'Infinity']))}`, []) },
        { bytes: request('GET', `/_emulator/${encode(garbageValue().slice(0, 50))}`, []) },
        { bytes: request('PUT', `/_emulator/flows/${flow}/mocks?Account=${encode(garbageValue().slice(0, 40))}`, ['Content-Type: text/plain'], body) },
      ]);
    }
    case 10: // signatures and credentials
      return { bytes: request(pick(['GET', 'POST']), `/?${formOf([['Action', 'ListFlows'], ['Version', '2019-03-15'], ['AccessKeyId', pick(['testAccessKeyId', 'fuzzKeyId', garbageValue().slice(0, 60)])], ['Signature', garbageValue().slice(0, 80)], ['SignatureNonce', garbageValue().slice(0, 80)], ['Timestamp', garbageValue().slice(0, 40)], ['SignatureMethod', 'HMAC-SHA1']])}`, [
        `Authorization: ${pick(['ACS3-HMAC-SHA256', 'ACS3-HMAC-SHA256 ', 'ACS3-HMAC-SHA256 Credential=', 'ACS3-HMAC-SHA256 Credential=fuzzKeyId,SignedHeaders=host;nope,Signature=zz', 'ACS3- ,,,===', 'Basic abc', `ACS3-HMAC-SHA256 Credential=fuzzKeyId,SignedHeaders=${'x;'.repeat(3000)},Signature=00`])}`,
        `x-acs-date: ${pick(['2019-01-01T01:01:01Z', 'now', ''])}`, `x-acs-signature-nonce: ${int(1000)}`, `x-acs-content-sha256: ${pick(['', 'e3b0', 'zz'])}`,
        `x-acs-action: ${pick(ACTIONS)}`, 'x-acs-version: 2019-03-15',
      ]) };
    default: { // a known action with garbage for its parameters, on the flows that exist
      const params = randomParams();
      params[0][1] = pick(ACTIONS);
      params.push([pick(['FlowName', 'Name']), pick(KNOWN_FLOWS)]);
      const form = Buffer.from(formOf(params), 'latin1');
      return chance(0.5) ? { bytes: request('POST', '/', [FORM], form) } : { bytes: request('GET', `/?${form.toString('latin1')}`, []) };
    }
  }
}

/** Sends raw bytes on a fresh connection; resolves with the status code, or null when no answer came. */
function send(port, { bytes, incomplete }) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      const head = Buffer.concat(chunks).subarray(0, 64).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      resolve(match ? Number(match[1]) : null);
    };
    socket.setTimeout(incomplete ? 1_500 : 30_000, finish);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      if (Buffer.concat(chunks).length >= 12) {
        // The status line is all we need; do not wait for a long body or a lingering connection.
        const head = Buffer.concat(chunks).toString('latin1');
        if (head.includes('\r\n')) finish();
      }
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(bytes, () => {});
  });
}

async function fuzz(server, count, strict, tally) {
  const failures = [];
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) {
      next++;
      const sample = malformedRequest(strict);
      const status = await send(server.port, sample);
      const key = status === null ? 'no answer' : String(status);
      tally[key] = (tally[key] || 0) + 1;
      // RFC 9110 15.6.6: a major HTTP version the server does not speak is 505, Kestrel's answer before any app code.
      if (status !== null && status >= 500 && !(status === 505 && sample.versionNotSupported)) {
        failures.push(`${status}: ${sample.bytes.subarray(0, 300).toString('latin1')}`);
      }
    }
  }));
  return failures;
}

async function stillWorks(server, call) {
  assert.ok(server.alive, 'the server process is still running');
  assert.ok(await server.healthy(), '/health answers 200');
  const flow = `after_fuzz_${Date.now()}`;
  await call('CreateFlow', { Name: flow, Definition: VALID_FLOW, Description: 'after the fuzz', Type: 'FDL' });
  const started = await call('StartExecution', { FlowName: flow, Input: '{"x":0}' });
  const ended = await call('DescribeExecution', { FlowName: flow, ExecutionName: started.Name, WaitTimeSeconds: '10' });
  assert.equal(ended.Status, 'Succeeded');
}

function signedCall(server, keyId, secret) {
  const crypto = require('node:crypto');
  const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return async (action, params) => {
    const all = {
      Action: action, Version: '2019-03-15', Format: 'JSON', AccessKeyId: keyId, SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0',
      SignatureNonce: crypto.randomBytes(16).toString('hex'), Timestamp: `${new Date().toISOString().slice(0, 19)}Z`, ...params,
    };
    const canonical = Object.keys(all).sort().map((k) => `${enc(k)}=${enc(all[k])}`).join('&');
    const signature = crypto.createHmac('sha1', `${secret}&`).update(`POST&%2F&${enc(canonical)}`).digest('base64');
    const response = await fetch(`${server.endpoint}/`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `${canonical}&Signature=${enc(signature)}`,
    });
    const body = await response.json();
    assert.equal(response.status, 200, `${action}: ${JSON.stringify(body)}`);
    return body;
  };
}

async function phase(name, settings, count, strict, figures, prepare) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `cloudflow-fuzz-${name}-`));
  const log = path.join(work, 'server.log');
  const server = await Server.create({ dataDirectory: path.join(work, 'data'), settings, log });
  await server.start();
  try {
    const call = await prepare(server);
    const started = Date.now();
    const tally = {};
    const failures = await fuzz(server, count, strict, tally);
    const seconds = (Date.now() - started) / 1000;
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} answers were 5xx (seed ${SEED}); first ones above`);
    await stillWorks(server, call);
    const logged = fs.readFileSync(log, 'utf8').split('\n');
    const unhandled = logged.filter((line) => /Unhandled exception/.test(line));
    const crashed = logged.filter((line) => /failed inside the emulator|could not be finished/.test(line));
    assert.deepEqual(unhandled, [], 'no unhandled exception was logged');
    assert.deepEqual(crashed, [], 'no execution failed inside the emulator');
    const statuses = Object.entries(tally).sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${n}`).join(', ');
    figures.push(`${name}: ${count} malformed requests in ${seconds.toFixed(1)} s, no 5xx (${statuses}); healthy and working afterwards`);
    await server.terminate();
    fs.rmSync(work, { recursive: true, force: true });
  } catch (error) {
    console.error(`server log: ${log}`);
    if (server.alive) await server.kill();
    throw error;
  }
}

async function main() {
  const started = Date.now();
  const timer = setTimeout(() => {
    console.error(`fuzz test: over the ${DEADLINE_MS / 1000} s bound (seed ${SEED})`);
    process.exit(1);
  }, DEADLINE_MS);
  const figures = [];
  const strictCount = Math.round(REQUESTS * STRICT_SHARE);

  await phase('open mode', { CloudFlow__Clock: 'skip' }, REQUESTS - strictCount, false, figures, async (server) => {
    const call = (action, params) => server.ok(action, params);
    for (const flow of KNOWN_FLOWS) await call('CreateFlow', { Name: flow, Definition: VALID_FLOW, Description: 'fuzz', Type: 'FDL' });
    return call;
  });
  await phase('strict mode', {
    CloudFlow__Clock: 'skip',
    CloudFlow__Auth__Mode: 'strict',
    CloudFlow__Auth__Keys__fuzzKeyId__Secret: 'fuzz-secret',
    CloudFlow__Auth__Keys__fuzzKeyId__Account: '1000000000000009',
    CloudFlow__Emulator__Token: 'fuzz-token',
  }, strictCount, true, figures, async (server) => {
    const call = signedCall(server, 'fuzzKeyId', 'fuzz-secret');
    for (const flow of KNOWN_FLOWS) await call('CreateFlow', { Name: flow, Definition: VALID_FLOW, Description: 'fuzz', Type: 'FDL' });
    return call;
  });

  clearTimeout(timer);
  console.log(`fuzz test passed (seed ${SEED}, ${REQUESTS} requests, ${((Date.now() - started) / 1000).toFixed(1)} s):\n  ${figures.join('\n  ')}`);
}

main().catch((error) => {
  console.error(`fuzz test failed (seed ${SEED}):`, error);
  process.exit(1);
});
