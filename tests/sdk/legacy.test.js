'use strict';
// The seed example of the StartExecution page (start-execution-page.txt): a legacy `type: flow` with one
// pass step, and its current-dialect twin, run end to end through both SDKs (issue 5).

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { CLIENTS } = require('./lib/clients');
const { createFlow, runToEnd } = require('./lib/fixtures');

const LEGACY_SEED = 'type: flow\nversion: v1\nname: my_flow_name\nsteps:\n  - type: pass\n    name: mypass';
const CURRENT_SEED = 'Type: StateMachine\nSpecVersion: v1\nName: my_flow_name\nStartAt: my_state\nStates:\n  - Type: Pass\n    Name: my_state\n    End: true';

for (const client of CLIENTS) {
  describe(`${client.name}: the seed flows of the StartExecution page`, () => {
    // fdl-legacy.md 2.6: a legacy flow's output is its $local, so the seed outputs {}; a current Pass echoes its input.
    for (const [dialect, definition, output] of [['legacy', LEGACY_SEED, {}], ['current', CURRENT_SEED, { k: 'v' }]]) {
      test(`the ${dialect} seed runs to Succeeded`, async () => {
        const { name } = await createFlow(client, { definition });
        const execution = await runToEnd(client, name, { ExecutionName: 'seed', Input: '{"k":"v"}' });
        assert.equal(execution.Status, 'Succeeded');
        assert.deepEqual(JSON.parse(execution.Output), output);
        assert.equal(execution.FlowDefinition, definition);
      });
    }
  });
}
