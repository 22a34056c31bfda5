'use strict';
// Starts the published emulator as a child process on a free loopback port, and talks to it over plain HTTP
// (open mode: no signatures). Shared by crash.js and fuzz.js.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** The folder holding CloudFlow.Server.dll: the first argument or CLOUDFLOW_PUBLISHED. */
function publishedDll() {
  const folder = process.argv[2] || process.env.CLOUDFLOW_PUBLISHED;
  if (!folder) throw new Error('usage: node <script> <published-folder> (the folder holding CloudFlow.Server.dll)');
  const dll = path.resolve(folder, 'CloudFlow.Server.dll');
  if (!fs.existsSync(dll)) throw new Error(`no CloudFlow.Server.dll in ${folder}`);
  return dll;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One server process; start() may be called again after it stopped, on the same data directory and port. */
class Server {
  constructor({ dll, dataDirectory, port, settings = {}, log }) {
    Object.assign(this, { dll, dataDirectory, port, settings, log });
    this.endpoint = `http://127.0.0.1:${port}`;
    this.child = null;
  }

  static async create({ dataDirectory, settings, log }) {
    return new Server({ dll: publishedDll(), dataDirectory, port: await freePort(), settings, log });
  }

  async start() {
    const env = { ...process.env, CloudFlow__DataDirectory: this.dataDirectory, ...this.settings };
    const out = fs.openSync(this.log, 'a');
    this.child = spawn('dotnet', [this.dll, '--urls', this.endpoint], { env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      if (await this.healthy()) return;
      await sleep(100);
    }
    throw new Error(`the server did not answer ${this.endpoint}/health within 30 s; see ${this.log}`);
  }

  async healthy() {
    try {
      const response = await fetch(`${this.endpoint}/health`, { signal: AbortSignal.timeout(2_000) });
      return response.status === 200;
    } catch {
      return false;
    }
  }

  get alive() {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: no shutdown code runs at all. */
  async kill() {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM: the graceful path; resolves with how long the process took to exit. */
  async terminate() {
    const started = Date.now();
    this.child.kill('SIGTERM');
    const exit = await this.exited;
    return { ...exit, ms: Date.now() - started };
  }

  /** An RPC call as a form POST; resolves with { status, body } and never throws on an error answer. */
  async call(action, params = {}, { timeoutMs = 70_000 } = {}) {
    const body = new URLSearchParams({ Action: action, Version: '2019-03-15', ...params });
    const response = await fetch(`${this.endpoint}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: await response.json() };
  }

  /** Like call, but fails unless the answer is 200. */
  async ok(action, params) {
    const answer = await this.call(action, params);
    if (answer.status !== 200) throw new Error(`${action} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
}

module.exports = { Server, sleep };
