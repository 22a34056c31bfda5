'use strict';
// Crash test (issue 6, crash safety; decisions.md, Durability). Starts the published server with the manual
// clock and starts 100 executions of a flow with Waits in a Parallel branch, in Map iterations and at the top
// level, and a chain of pure states, then:
//   1. SIGKILL right after the last StartExecution was acknowledged (runs are mid-way: some still at their first
//      states, some waiting);
//   2. four times: restart on the same data directory, move the clock, SIGKILL 2 to 50 ms later, while the woken
//      runs are moving (or, at the longer delays, after they settled);
//   3. restart, move the clock, SIGTERM with a long poll in flight: the shutdown must be quick and answer it;
//   4. restart and move the clock until every execution ended.
// Every execution must then have Succeeded exactly once with the right output, and a history whose EventIds run
// 1..n without a gap or a repeat and whose events are exactly those of an execution that was never interrupted.
//   node tests/reliability/crash.js <published-folder>

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Server, sleep } = require('./lib/server');

const EXECUTIONS = 100;
const FLOW = 'crash_flow';
const CHAIN = 60;
const DEFINITION = `Type: StateMachine
SpecVersion: v1
StartAt: Prepare
States:
  - Type: Pass
    Name: Prepare
    OutputConstructor:
      n.$: $Input.n
      items.$: $Input.items
    Next: Fork
  - Type: Parallel
    Name: Fork
    Next: Gather
    Branches:
      - StartAt: NapA
        States:
          - Type: Wait
            Name: NapA
            Seconds: 60
            Next: TagA
          - Type: Pass
            Name: TagA
            OutputConstructor:
              a.$: $Input.n * 2
            End: true
      - StartAt: Each
        States:
          - Type: Map
            Name: Each
            ItemsPath: $Input.items
            End: true
            Processor:
              StartAt: NapI
              States:
                - Type: Wait
                  Name: NapI
                  Seconds: 90
                  Next: TagI
                - Type: Pass
                  Name: TagI
                  OutputConstructor:
                    v.$: $Input.k * 10
                  End: true
  - Type: Pass
    Name: Gather
    OutputConstructor:
      n.$: $Input.Branch0.a
      items.$: $Input.Branch1.Items
    Next: Step1
${Array.from({ length: CHAIN }, (_, i) => `  - Type: Pass
    Name: Step${i + 1}
    OutputConstructor:
      n.$: $Input.n
      items.$: $Input.items
      step: ${i + 1}
    Next: ${i + 1 === CHAIN ? 'Rest' : `Step${i + 2}`}
`).join('')}  - Type: Wait
    Name: Rest
    Seconds: 120
    Next: Done
  - Type: Pass
    Name: Done
    OutputConstructor:
      result.$: $Input.n + 1
      items.$: $Input.items
    End: true
`;

const input = (n) => ({ n, items: [{ k: n }, { k: n + 1 }, { k: n + 2 }] });
const expectedOutput = (n) => ({ result: 2 * n + 1, items: [{ v: 10 * n }, { v: 10 * (n + 1) }, { v: 10 * (n + 2) }] });
const names = Array.from({ length: EXECUTIONS }, (_, i) => `crash-${i}`);

/** Runs `work` over `items` with at most `limit` at once. */
async function pool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  }));
  return results;
}

async function advance(server, seconds) {
  const response = await fetch(`${server.endpoint}/_emulator/clock/advance?seconds=${seconds}`, { method: 'POST' });
  assert.equal(response.status, 200, `advance answered ${response.status}`);
}

async function statuses(server, executions) {
  return pool(executions, 16, async (name) => (await server.ok('DescribeExecution', { FlowName: FLOW, ExecutionName: name })).Status);
}

async function history(server, name) {
  const events = [];
  let token;
  do {
    const page = await server.ok('GetExecutionHistory', { FlowName: FLOW, ExecutionName: name, Limit: '1000', ...(token ? { NextToken: token } : {}) });
    events.push(...page.Events);
    token = page.NextToken;
  } while (token);
  return events;
}

async function storedEvents(server) {
  const histories = await pool(names, 16, (name) => history(server, name));
  return histories.reduce((sum, events) => sum + events.length, 0);
}

/** How many times each (Type, StepName) occurs: the order of Parallel and Map events may differ, their set may not. */
function census(events) {
  const counts = {};
  for (const e of events) counts[`${e.Type} ${e.StepName}`] = (counts[`${e.Type} ${e.StepName}`] || 0) + 1;
  return counts;
}

async function main() {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudflow-crash-'));
  const log = path.join(work, 'server.log');
  const server = await Server.create({ dataDirectory: path.join(work, 'data'), settings: { CloudFlow__Clock: 'manual' }, log });
  const figures = [];
  try {
    // 1. Start them all, kill the moment the last one is acknowledged.
    await server.start();
    await server.ok('CreateFlow', { Name: FLOW, Definition: DEFINITION, Description: 'crash test', Type: 'FDL' });
    await pool(names, 20, (name, i) => server.ok('StartExecution', { FlowName: FLOW, ExecutionName: name, Input: JSON.stringify(input(i)) }));
    await server.kill();
    figures.push(`${EXECUTIONS} executions acknowledged, then SIGKILL`);

    // 2. Restart, move the clock, kill while the woken runs are moving; four times, at different moments.
    for (const delay of [2, 8, 20, 50]) {
      await server.start();
      const stored = await storedEvents(server);
      const moving = advance(server, 35).then(() => 'answered', () => 'never answered');
      await sleep(delay);
      await server.kill();
      figures.push(`restart (${stored} events stored), clock +35 s, SIGKILL ${delay} ms into the advance (it ${await moving})`);
    }

    // 3. Restart, move the clock, then SIGTERM with a long poll in flight.
    await server.start();
    figures.push(`restart (${await storedEvents(server)} events stored)`);
    await advance(server, 35);
    const polled = server.call('DescribeExecution', { FlowName: FLOW, ExecutionName: names[0], WaitTimeSeconds: '60' });
    await sleep(300);
    const exit = await server.terminate();
    const poll = await polled;
    assert.equal(poll.status, 200, `the long poll answered ${poll.status}: ${JSON.stringify(poll.body)}`);
    assert.ok(exit.ms < 10_000, `graceful shutdown took ${exit.ms} ms`);
    figures.push(`clock +35 s, SIGTERM: exited in ${exit.ms} ms (code ${exit.code}, signal ${exit.signal}); the long poll answered 200 ${poll.body.Status}`);

    // 4. Restart and move the clock until everything ended.
    await server.start();
    let rounds = 0;
    let pending = names;
    while (pending.length > 0) {
      assert.ok(++rounds <= 20, `${pending.length} executions still running after 20 clock moves`);
      await advance(server, 100);
      const now = await statuses(server, pending);
      pending = pending.filter((_, i) => now[i] === 'Running');
    }
    figures.push(`restart, ${rounds} clock moves of 100 s until all ${EXECUTIONS} ended`);

    // An execution nobody interrupted, for the events every run must have.
    await server.ok('StartExecution', { FlowName: FLOW, ExecutionName: 'control', Input: JSON.stringify(input(7)) });
    for (let i = 0; i < 20 && (await statuses(server, ['control']))[0] === 'Running'; i++) await advance(server, 100);
    const control = census(await history(server, 'control'));

    // 5. Exactly once, right outputs, no duplicate or missing events.
    let events = 0;
    await pool(names, 8, async (name, i) => {
      const execution = await server.ok('DescribeExecution', { FlowName: FLOW, ExecutionName: name });
      assert.equal(execution.Status, 'Succeeded', `${name}: ${execution.Status}`);
      assert.deepEqual(JSON.parse(execution.Output), expectedOutput(i), `${name}: output`);
      const all = await history(server, name);
      events += all.length;
      assert.deepEqual(all.map((e) => e.EventId), all.map((_, k) => k + 1), `${name}: EventIds are 1..${all.length} without gaps or repeats`);
      assert.ok(all.every((e) => e.ScheduleEventId < e.EventId), `${name}: every ScheduleEventId points back`);
      assert.equal(all.filter((e) => e.Type.startsWith('Execution') && e.Type !== 'ExecutionStarted').length, 1, `${name}: one end`);
      assert.equal(all[0].Type, 'ExecutionStarted');
      assert.equal(all.at(-1).Type, 'ExecutionSucceeded');
      assert.deepEqual(census(all), control, `${name}: the events of an uninterrupted run`);
    });
    figures.push(`${EXECUTIONS}/${EXECUTIONS} Succeeded once with the expected output; ${events} events, EventIds contiguous, each history equal to the uninterrupted control's ${Object.values(control).reduce((a, b) => a + b, 0)} events`);

    const problems = fs.readFileSync(log, 'utf8').split('\n').filter((line) => /Unhandled exception|could not be finished|failed inside the emulator/.test(line));
    assert.deepEqual(problems, [], 'the server logged no internal failure');
    await server.terminate();
    figures.push(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`crash test passed:\n  ${figures.join('\n  ')}`);
    fs.rmSync(work, { recursive: true, force: true });
  } catch (error) {
    console.error(`crash test failed after:\n  ${figures.join('\n  ')}\nserver log: ${log}`);
    if (server.alive) await server.kill();
    throw error;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
