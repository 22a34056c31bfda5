'use strict';
// GetExecutionHistory (api.md section 3, Q2, Q5) with both SDKs.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { CLIENTS } = require('./lib/clients');
const {
  TIME, EVENT_FIELDS, EVENT_TYPES, taskDefinition, createFlow, runToEnd, expectError, assertOnlyFields,
  collectPages, uniqueName,
} = require('./lib/fixtures');

function history(client, flowName, executionName, params = {}) {
  return client.call('GetExecutionHistory', { FlowName: flowName, ExecutionName: executionName, ...params });
}

for (const client of CLIENTS) {
  describe(`${client.name}: GetExecutionHistory`, () => {
    test('runs from ExecutionStarted to ExecutionSucceeded with JSON-string details', async () => {
      const { name } = await createFlow(client);
      const input = { n: 1 };
      await runToEnd(client, name, { ExecutionName: 'traced', Input: JSON.stringify(input) });

      const { Events: events } = await history(client, name, 'traced');
      assert.ok(events.length >= 2);
      for (const event of events) {
        assertOnlyFields(event, EVENT_FIELDS, 'history event');
        assert.ok(EVENT_TYPES.has(event.Type), `${event.Type} is a documented event type`);
        assert.equal(typeof event.EventId, 'number');
        assert.equal(typeof event.ScheduleEventId, 'number');
        assert.match(event.Time, TIME);
        assert.equal(typeof event.EventDetail, 'string', 'EventDetail is a JSON text, not an object');
        assert.equal(typeof JSON.parse(event.EventDetail), 'object');
      }
      events.slice(1).forEach((event, i) => assert.ok(event.EventId > events[i].EventId, 'EventIds increase'));

      const [first, last] = [events[0], events.at(-1)];
      assert.equal(first.Type, 'ExecutionStarted');
      assert.equal(first.EventId, 1);
      assert.equal(first.ScheduleEventId, 0);
      assert.deepEqual(JSON.parse(first.EventDetail), { input });
      assert.equal(last.Type, 'ExecutionSucceeded');
      assert.deepEqual(JSON.parse(last.EventDetail), { output: input });
    });

    test('every state enters, starts, succeeds and exits in order', async () => {
      const { name } = await createFlow(client);
      await runToEnd(client, name, { ExecutionName: 'steps' });
      const { Events: events } = await history(client, name, 'steps');
      const steps = events.filter((e) => e.StepName).map((e) => `${e.StepName}:${e.Type}`);
      assert.deepEqual(steps, [
        'Prepare:StepEntered', 'Prepare:StepStarted', 'Prepare:StepSucceeded', 'Prepare:StepExited',
        'Pause:StepEntered', 'Pause:StepStarted', 'Pause:StepSucceeded', 'Pause:StepExited',
      ]);
    });

    test('a failed execution ends with ExecutionFailed carrying error and cause', async () => {
      const { name } = await createFlow(client, { definition: taskDefinition() });
      await runToEnd(client, name, { ExecutionName: 'broken' });
      const { Events: events } = await history(client, name, 'broken');
      const last = events.at(-1);
      assert.equal(last.Type, 'ExecutionFailed');
      const detail = JSON.parse(last.EventDetail);
      assert.equal(typeof detail.error, 'string');
      assert.ok(detail.error.length > 0);
      assert.match(detail.cause, /CallIt/, 'the cause names the state');
    });

    test('pages with Limit and NextToken', async () => {
      const { name } = await createFlow(client);
      await runToEnd(client, name, { ExecutionName: 'paged' });
      const { Events: all } = await history(client, name, 'paged');

      const pages = await collectPages(client, 'GetExecutionHistory', { FlowName: name, ExecutionName: 'paged', Limit: 3 }, 'Events');
      for (const page of pages) assert.ok(page.Events.length <= 3);
      assert.equal(pages.length, Math.ceil(all.length / 3));
      assert.deepEqual(pages.flatMap((page) => page.Events.map((e) => e.EventId)), all.map((e) => e.EventId));
    });

    test('an unknown execution is ExecutionNotExists (404)', async () => {
      const { name } = await createFlow(client);
      await expectError(history(client, name, 'never_started'), 'ExecutionNotExists', 404);
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(history(client, uniqueName('missing'), 'x'), 'FlowNotExists', 404);
    });

    test('no FlowName is MissingRequiredParams (400)', async () => {
      await expectError(client.callRaw('GetExecutionHistory', { ExecutionName: 'x' }), 'MissingRequiredParams', 400);
    });
  });
}
