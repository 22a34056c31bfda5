'use strict';
// StartExecution, DescribeExecution, ListExecutions, StopExecution (api.md section 3) with both SDKs.
// The server runs with the skip clock, so the 300 s Wait of the test flow ends at once.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { CLIENTS } = require('./lib/clients');
const {
  TIME, NAME, EXECUTION_FIELDS, uniqueName, taskDefinition, createFlow, startExecution, runToEnd,
  expectError, assertOnlyFields, collectPages, putMocks,
} = require('./lib/fixtures');

for (const client of CLIENTS) {
  describe(`${client.name}: StartExecution`, () => {
    test('starts a named execution and answers it Running', async () => {
      const { name, definition } = await createFlow(client);
      const input = { order: 42, items: ['a', 'b'] };
      const started = await startExecution(client, name, { ExecutionName: 'named_run', Input: JSON.stringify(input) });
      assertOnlyFields(started, EXECUTION_FIELDS, 'StartExecution answer');
      assert.equal(started.Name, 'named_run');
      assert.equal(started.FlowName, name);
      assert.equal(started.FlowDefinition, definition);
      assert.deepEqual(JSON.parse(started.Input), input);
      assert.equal(started.Status, 'Running');
      assert.match(started.StartedTime, TIME);
      assert.equal(started.StoppedTime, undefined);
      assert.equal(started.Output, undefined);
    });

    test('generates a distinct name when none is given', async () => {
      const { name } = await createFlow(client);
      const first = await startExecution(client, name);
      const second = await startExecution(client, name);
      assert.equal(typeof first.Name, 'string');
      assert.ok(first.Name.length > 0);
      assert.notEqual(first.Name, second.Name);
      assert.equal(first.Status, 'Running');
      assert.deepEqual(JSON.parse(first.Input), {}, 'no Input is the empty object');
    });

    // Generated names must pass the name rule (api.md section 5), or DescribeExecution would refuse them.
    test('a generated name follows the name rule and works with DescribeExecution', async () => {
      const { name } = await createFlow(client);
      for (let i = 0; i < 8; i++) {
        const started = await startExecution(client, name);
        assert.match(started.Name, NAME);
        const described = await client.call('DescribeExecution', { FlowName: name, ExecutionName: started.Name });
        assert.equal(described.Name, started.Name);
      }
    });

    test('Input with characters the two SDKs encode differently comes back as sent', async () => {
      // pop-core percent-encodes *()!' in the form body, the tea encoder leaves them (api.md 1.4).
      const { name } = await createFlow(client);
      const text = JSON.stringify({ s: "x y*(!)~'é中文 & = + %25 \n", emoji: '😀' });
      const started = await startExecution(client, name, { ExecutionName: 'encoded', Input: text });
      assert.equal(started.Input, text);
    });

    test('Input over 64 KiB is InvalidArgument (400)', async () => {
      const { name } = await createFlow(client);
      const input = JSON.stringify({ blob: 'x'.repeat(65_536) });
      await expectError(startExecution(client, name, { Input: input }), 'InvalidArgument', 400);
    });

    test('the name of a finished execution is ExecutionAlreadyExists (400)', async () => {
      const { name } = await createFlow(client);
      const finished = await runToEnd(client, name, { ExecutionName: 'once' });
      assert.equal(finished.Status, 'Succeeded');
      await expectError(startExecution(client, name, { ExecutionName: 'once' }), 'ExecutionAlreadyExists', 400);
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(startExecution(client, uniqueName('missing')), 'FlowNotExists', 404);
    });

    for (const [what, input] of [['a JSON array', '[1,2]'], ['a JSON string', '"text"'], ['not JSON', '{oops']]) {
      test(`Input that is ${what} is InvalidArgument (400)`, async () => {
        const { name } = await createFlow(client);
        await expectError(startExecution(client, name, { Input: input }), 'InvalidArgument', 400);
      });
    }

    test('an invalid execution name is InvalidArgument (400)', async () => {
      const { name } = await createFlow(client);
      await expectError(startExecution(client, name, { ExecutionName: 'has spaces' }), 'InvalidArgument', 400);
    });

    test('no FlowName is MissingRequiredParams (400)', async () => {
      await expectError(client.callRaw('StartExecution', { ExecutionName: 'orphan' }), 'MissingRequiredParams', 400);
    });
  });

  describe(`${client.name}: DescribeExecution`, () => {
    test('long polling with WaitTimeSeconds answers once the execution succeeded', async () => {
      const { name, definition } = await createFlow(client);
      const input = { hello: 'world' };
      await startExecution(client, name, { ExecutionName: 'polled', Input: JSON.stringify(input) });

      const began = Date.now();
      const execution = await client.call('DescribeExecution', { FlowName: name, ExecutionName: 'polled', WaitTimeSeconds: 30 });
      assert.ok(Date.now() - began < 15_000, 'answers when the execution ends, not when the wait is over');
      assertOnlyFields(execution, EXECUTION_FIELDS, 'DescribeExecution answer');
      assert.equal(execution.Status, 'Succeeded');
      assert.equal(execution.Name, 'polled');
      assert.equal(execution.FlowName, name);
      assert.equal(execution.FlowDefinition, definition);
      assert.deepEqual(JSON.parse(execution.Input), input);
      assert.deepEqual(JSON.parse(execution.Output), input, 'Pass and Wait hand the input through');
      assert.match(execution.StartedTime, TIME);
      assert.match(execution.StoppedTime, TIME);
      assert.ok(execution.StoppedTime >= execution.StartedTime);
    });

    test('the skip clock moves the execution time over the 300 s Wait', async () => {
      const { name } = await createFlow(client);
      const execution = await runToEnd(client, name, { ExecutionName: 'skipped' });
      const elapsed = Date.parse(execution.StoppedTime) - Date.parse(execution.StartedTime);
      assert.ok(elapsed >= 300_000, `StoppedTime is at least 300 s after StartedTime (was ${elapsed} ms)`);
    });

    // Output (and EventDetail) keep the characters as written: no \uXXXX for non-ASCII or ' & + < >.
    test('Output keeps the characters of a passed-through Input', async () => {
      const { name } = await createFlow(client);
      const text = JSON.stringify({ s: "l'été 中文 & more" });
      const execution = await runToEnd(client, name, { ExecutionName: 'unicode', Input: text });
      assert.deepEqual(JSON.parse(execution.Output), JSON.parse(text));
      assert.equal(execution.Output, text);
    });

    test('a mocked Task gives the execution its output', async () => {
      const { name } = await createFlow(client, { definition: taskDefinition() });
      await putMocks(name, { CallIt: [{ output: { Body: { ok: true } } }] });
      const execution = await runToEnd(client, name, { ExecutionName: 'mocked', Input: '{"a":1}' });
      assert.equal(execution.Status, 'Succeeded');
      assert.deepEqual(JSON.parse(execution.Output), { Body: { ok: true } });
    });

    test('a failed execution has Status Failed, a StoppedTime and no Output', async () => {
      const { name } = await createFlow(client, { definition: taskDefinition() });
      const execution = await runToEnd(client, name, { ExecutionName: 'unmocked' });
      assertOnlyFields(execution, EXECUTION_FIELDS, 'DescribeExecution answer');
      assert.equal(execution.Status, 'Failed');
      assert.match(execution.StoppedTime, TIME);
      assert.equal(execution.Output, undefined);
    });

    test('an unknown execution is ExecutionNotExists (404)', async () => {
      const { name } = await createFlow(client);
      await expectError(client.call('DescribeExecution', { FlowName: name, ExecutionName: 'never_started' }), 'ExecutionNotExists', 404);
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(client.call('DescribeExecution', { FlowName: uniqueName('missing'), ExecutionName: 'x' }), 'FlowNotExists', 404);
    });

    test('WaitTimeSeconds above 60 is InvalidArgument (400)', async () => {
      const { name } = await createFlow(client);
      const started = await startExecution(client, name, { ExecutionName: 'polled_too_long' });
      await expectError(client.call('DescribeExecution', {
        FlowName: name, ExecutionName: started.Name, WaitTimeSeconds: 61,
      }), 'InvalidArgument', 400);
    });

    test('no ExecutionName is MissingRequiredParams (400)', async () => {
      const { name } = await createFlow(client);
      await expectError(client.callRaw('DescribeExecution', { FlowName: name }), 'MissingRequiredParams', 400);
    });
  });

  describe(`${client.name}: ListExecutions`, () => {
    test('pages with Limit 1 and NextToken through every execution of the flow', async () => {
      const { name } = await createFlow(client);
      const names = ['run_a', 'run_b', 'run_c'];
      for (const executionName of names) await runToEnd(client, name, { ExecutionName: executionName });

      const pages = await collectPages(client, 'ListExecutions', { FlowName: name, Limit: 1 }, 'Executions');
      assert.equal(pages.length, 3, 'three pages of one');
      for (const page of pages) {
        assert.equal(page.Executions.length, 1);
        assertOnlyFields(page.Executions[0], EXECUTION_FIELDS, 'ListExecutions item');
      }
      assert.equal(pages.at(-1).NextToken, undefined, 'the last page has no NextToken');
      const listed = pages.map((page) => page.Executions[0]);
      assert.deepEqual(listed.map((e) => e.Name).sort(), names);
      for (const execution of listed) {
        assert.equal(execution.FlowName, name);
        assert.equal(execution.Status, 'Succeeded');
        assert.match(execution.StartedTime, TIME);
        assert.match(execution.StoppedTime, TIME);
        assert.deepEqual(JSON.parse(execution.Output), {});
      }
    });

    test('filters by Status and ExecutionNamePrefix', async () => {
      const { name } = await createFlow(client, { definition: taskDefinition() });
      await runToEnd(client, name, { ExecutionName: 'keep_1' });
      await runToEnd(client, name, { ExecutionName: 'keep_2' });
      await runToEnd(client, name, { ExecutionName: 'other_1' });

      const failed = await client.call('ListExecutions', { FlowName: name, Status: 'Failed' });
      assert.equal(failed.Executions.length, 3);
      const succeeded = await client.call('ListExecutions', { FlowName: name, Status: 'Succeeded' });
      assert.deepEqual(succeeded.Executions ?? [], []);
      const prefixed = await client.call('ListExecutions', { FlowName: name, ExecutionNamePrefix: 'keep_' });
      assert.deepEqual(prefixed.Executions.map((e) => e.Name).sort(), ['keep_1', 'keep_2']);
    });

    test('MetadataOnly leaves out Input, Output and FlowDefinition', async () => {
      const { name } = await createFlow(client);
      await runToEnd(client, name, { ExecutionName: 'light', Input: '{"big":true}' });
      const { Executions: [execution] } = await client.call('ListExecutions', { FlowName: name, MetadataOnly: true });
      assert.equal(execution.Name, 'light');
      assert.equal(execution.Status, 'Succeeded');
      for (const field of ['Input', 'Output', 'FlowDefinition']) assert.equal(execution[field], undefined, field);
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(client.call('ListExecutions', { FlowName: uniqueName('missing') }), 'FlowNotExists', 404);
    });

    test('an unknown Status is InvalidArgument (400)', async () => {
      const { name } = await createFlow(client);
      await expectError(client.call('ListExecutions', { FlowName: name, Status: 'Sleeping' }), 'InvalidArgument', 400);
    });

    test('a Limit out of range is InvalidArgument (400)', async () => {
      const { name } = await createFlow(client);
      await expectError(client.call('ListExecutions', { FlowName: name, Limit: 101 }), 'InvalidArgument', 400);
    });
  });

  // Under the skip clock nothing stays running (a Wait ends at once, an unmocked Task fails at once and
  // callbacks are not emulated yet), so only StopExecution's errors are tested here.
  describe(`${client.name}: StopExecution`, () => {
    test('a finished execution is ExecutionAlreadyCompleted (400)', async () => {
      const { name } = await createFlow(client);
      const finished = await runToEnd(client, name, { ExecutionName: 'done' });
      await expectError(client.call('StopExecution', {
        FlowName: name, ExecutionName: finished.Name, Error: 'Cancelled', Cause: 'by a test',
      }), 'ExecutionAlreadyCompleted', 400);
      const described = await client.call('DescribeExecution', { FlowName: name, ExecutionName: finished.Name });
      assert.equal(described.Status, 'Succeeded', 'the execution is left as it was');
    });

    test('a failed execution is ExecutionAlreadyCompleted (400) too', async () => {
      const { name } = await createFlow(client, { definition: taskDefinition() });
      const failed = await runToEnd(client, name, { ExecutionName: 'failed_run' });
      assert.equal(failed.Status, 'Failed');
      await expectError(client.call('StopExecution', { FlowName: name, ExecutionName: failed.Name }), 'ExecutionAlreadyCompleted', 400);
    });

    test('an unknown execution is ExecutionNotExists (404)', async () => {
      const { name } = await createFlow(client);
      await expectError(client.call('StopExecution', { FlowName: name, ExecutionName: 'never_started' }), 'ExecutionNotExists', 404);
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(client.call('StopExecution', { FlowName: uniqueName('missing'), ExecutionName: 'x' }), 'FlowNotExists', 404);
    });

    test('no ExecutionName is MissingRequiredParams (400)', async () => {
      const { name } = await createFlow(client);
      await expectError(client.callRaw('StopExecution', { FlowName: name }), 'MissingRequiredParams', 400);
    });
  });
}
