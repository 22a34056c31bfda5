'use strict';
// StartSyncExecution (openapi-client only: pop-core's fnf client predates it, so it is called generically, as the
// generated fnf20190315 client would) and the schedule actions with both SDKs (api.md section 3).

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { CLIENTS } = require('./lib/clients');
const { TIME, UUID, uniqueName, createFlow, expectError, assertOnlyFields, collectPages } = require('./lib/fixtures');

// The StartSyncExecution and schedule models (fnf20190315 StartSyncExecutionResponseBody, DescribeScheduleResponseBody).
const SYNC_FIELDS = new Set([
  'RequestId', 'FlowName', 'Name', 'Status', 'Output', 'StartedTime', 'StoppedTime', 'ErrorCode', 'ErrorMessage', 'Environment',
]);
const SCHEDULE_FIELDS = new Set([
  'RequestId', 'ScheduleName', 'ScheduleId', 'Description', 'Payload', 'CronExpression', 'Enable', 'CreatedTime', 'LastModifiedTime',
]);

/** A Pass that doubles $Input.n after a 20 s Wait: the longest an Express flow may wait, ended at once by the skip clock. */
function expressDefinition() {
  return [
    'Type: StateMachine',
    'Name: sdk-express',
    'SpecVersion: v1',
    'StartAt: Pause',
    'States:',
    '  - Type: Wait',
    '    Name: Pause',
    '    Seconds: 20',
    '    Next: Double',
    '  - Type: Pass',
    '    Name: Double',
    '    OutputConstructor:',
    '      doubled.$: $Input.n * 2',
    '    End: true',
    '',
  ].join('\n');
}

function failDefinition() {
  return [
    'Type: StateMachine',
    'Name: sdk-express-fail',
    'SpecVersion: v1',
    'StartAt: Boom',
    'States:',
    '  - Type: Fail',
    '    Name: Boom',
    '    Code: Sdk.Failure',
    '    Detail: failed on purpose',
    '',
  ].join('\n');
}

async function createExpressFlow(client, definition) {
  const name = uniqueName('express');
  await client.call('CreateFlow', { Name: name, Definition: definition, Description: 'sdk express flow', Type: 'FDL', ExecutionMode: 'Express' });
  return name;
}

const openApi = CLIENTS.find((c) => c.name === 'openapi-client');

describe('openapi-client: StartSyncExecution', () => {
  test('runs an Express flow and answers with its result', async () => {
    const flow = await createExpressFlow(openApi, expressDefinition());
    const result = await openApi.call('StartSyncExecution', { FlowName: flow, ExecutionName: 'sync_run', Input: JSON.stringify({ n: 21 }) });
    assertOnlyFields(result, SYNC_FIELDS, 'StartSyncExecution answer');
    assert.equal(result.FlowName, flow);
    assert.match(result.Name, /^sync_run:/);
    assert.match(result.Name.slice('sync_run:'.length), UUID);
    assert.equal(result.Status, 'Succeeded');
    assert.deepEqual(JSON.parse(result.Output), { doubled: 42 });
    assert.match(result.StartedTime, TIME);
    assert.match(result.StoppedTime, TIME);
    assert.equal(result.ErrorCode, undefined);
  });

  test('a failing run answers 200 with ErrorCode and ErrorMessage', async () => {
    const flow = await createExpressFlow(openApi, failDefinition());
    const result = await openApi.call('StartSyncExecution', { FlowName: flow });
    assert.equal(result.Status, 'Failed');
    assert.equal(result.ErrorCode, 'Sdk.Failure');
    assert.equal(result.ErrorMessage, 'failed on purpose');
    assert.equal(result.Output, undefined);
  });

  test('a Standard flow is ActionNotSupported (400)', async () => {
    const { name } = await createFlow(openApi);
    await expectError(openApi.call('StartSyncExecution', { FlowName: name }), 'ActionNotSupported', 400);
  });

  test('the run is not stored: DescribeExecution of its Name is ExecutionNotExists (404)', async () => {
    const flow = await createExpressFlow(openApi, expressDefinition());
    const result = await openApi.call('StartSyncExecution', { FlowName: flow, Input: JSON.stringify({ n: 1 }) });
    await expectError(openApi.call('DescribeExecution', { FlowName: flow, ExecutionName: result.Name }), 'ExecutionNotExists', 404);
  });
});

for (const client of CLIENTS) {
  describe(`${client.name}: schedules`, () => {
    test('CreateSchedule, DescribeSchedule, ListSchedules and DeleteSchedule', async () => {
      const { name: flow } = await createFlow(client);
      const created = await client.call('CreateSchedule', {
        FlowName: flow, ScheduleName: 'nightly', CronExpression: '0 0 2 * * *', Payload: JSON.stringify({ key: 'value' }), Description: 'at two',
      });
      assertOnlyFields(created, SCHEDULE_FIELDS, 'CreateSchedule answer');
      assert.equal(created.ScheduleName, 'nightly');
      assert.match(created.ScheduleId, UUID);
      assert.equal(created.Enable, true, 'enabled unless Enable is false (api.md Q6)');
      assert.match(created.CreatedTime, TIME);

      const described = await client.call('DescribeSchedule', { FlowName: flow, ScheduleName: 'nightly' });
      assertOnlyFields(described, SCHEDULE_FIELDS, 'DescribeSchedule answer');
      assert.equal(described.ScheduleId, created.ScheduleId);
      assert.equal(described.CronExpression, '0 0 2 * * *');
      assert.deepEqual(JSON.parse(described.Payload), { key: 'value' });
      assert.equal(described.Description, 'at two');

      await client.call('CreateSchedule', { FlowName: flow, ScheduleName: 'paused', CronExpression: '@every 5m', Enable: false });
      const pages = await collectPages(client, 'ListSchedules', { FlowName: flow, Limit: 1 }, 'Schedules');
      const listed = pages.flatMap((page) => page.Schedules);
      assert.deepEqual(listed.map((s) => s.ScheduleName), ['nightly', 'paused']);
      assert.equal(listed[1].Enable, false);
      for (const schedule of listed) assertOnlyFields(schedule, SCHEDULE_FIELDS, 'ListSchedules item');

      await client.call('DeleteSchedule', { FlowName: flow, ScheduleName: 'nightly' });
      await expectError(client.call('DescribeSchedule', { FlowName: flow, ScheduleName: 'nightly' }), 'ScheduleNotExists', 404);
    });

    test('a taken name is ScheduleAlreadyExists (409), a bad cron InvalidArgument (400)', async () => {
      const { name: flow } = await createFlow(client);
      await client.call('CreateSchedule', { FlowName: flow, ScheduleName: 'once', CronExpression: '0 * * * * *' });
      await expectError(client.call('CreateSchedule', { FlowName: flow, ScheduleName: 'once', CronExpression: '0 * * * * *' }), 'ScheduleAlreadyExists', 409);
      await expectError(client.call('CreateSchedule', { FlowName: flow, ScheduleName: 'bad', CronExpression: '* * * * *' }), 'InvalidArgument', 400);
    });
  });
}
