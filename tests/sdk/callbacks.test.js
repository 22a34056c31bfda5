'use strict';
// ReportTaskSucceeded and ReportTaskFailed (api.md) with both SDKs: a flow waits on a callback (fdl.md 11.4), a
// local function started here receives the task token, and the test reports through the SDK.

const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { CLIENTS } = require('./lib/clients');
const { uniqueName, createFlow, startExecution, waitForEnd, expectError, putEmulator, putMocks } = require('./lib/fixtures');

// The local function: every event it receives is kept by execution name; it answers 202 at once.
const received = new Map();
const waiting = new Map();
let functionUrl;
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const event = JSON.parse(body);
    received.set(event.execution, event);
    waiting.get(event.execution)?.(event);
    res.writeHead(202).end();
  });
});

/** The event the function received from an execution, once it arrives. */
function eventOf(execution) {
  return received.has(execution)
    ? Promise.resolve(received.get(execution))
    : new Promise((resolve) => waiting.set(execution, resolve));
}

async function setFunction(name) {
  await putEmulator(`functions/${name}`, { Url: functionUrl });
}

function callbackDefinition(functionName) {
  return [
    'Type: StateMachine',
    'Name: sdk-callback',
    'SpecVersion: v1',
    'StartAt: Approve',
    'States:',
    '  - Type: Task',
    '    Name: Approve',
    '    Action: FC:InvokeFunction',
    '    TaskMode: WaitForCustomCallback',
    '    Parameters:',
    `      resourceArn: acs:fc:cn-hangzhou:123:functions/${functionName}`,
    '      invocationType: Async',
    '      body:',
    '        token.$: $Context.Current.TaskToken',
    '        execution.$: $Context.Execution.Name',
    '    End: true',
    '',
  ].join('\n');
}

/** A flow waiting on its callback, and the token its function received. */
async function waitingExecution(client) {
  const functionName = uniqueName('approver');
  await setFunction(functionName);
  const { name } = await createFlow(client, { definition: callbackDefinition(functionName) });
  const execution = uniqueName('run');
  await startExecution(client, name, { ExecutionName: execution });
  const { token } = await eventOf(execution);
  return { flow: name, execution, token };
}

async function events(client, flow, execution) {
  return (await client.call('GetExecutionHistory', { FlowName: flow, ExecutionName: execution, Limit: 1000 })).Events;
}

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  functionUrl = `http://127.0.0.1:${server.address().port}/`;
});

after(() => new Promise((resolve) => server.close(resolve)));

for (const client of CLIENTS) {
  describe(`${client.name}: task callbacks`, () => {
    test('ReportTaskSucceeded completes the waiting task with its Output and answers the event id', async () => {
      const { flow, execution, token } = await waitingExecution(client);

      const answer = await client.call('ReportTaskSucceeded', { TaskToken: token, Output: JSON.stringify({ approved: true }) });

      assert.ok(answer.RequestId);
      const done = await waitForEnd(client, flow, execution);
      assert.equal(done.Status, 'Succeeded');
      assert.deepEqual(JSON.parse(done.Output), { approved: true });
      const succeeded = (await events(client, flow, execution)).find((e) => e.Type === 'TaskSucceeded');
      assert.equal(Number(answer.EventId), succeeded.EventId);
    });

    test('ReportTaskFailed fails the task with its Error and Cause', async () => {
      const { flow, execution, token } = await waitingExecution(client);

      await client.call('ReportTaskFailed', { TaskToken: token, Error: 'Rejected', Cause: 'over budget' });

      const done = await waitForEnd(client, flow, execution);
      assert.equal(done.Status, 'Failed');
      const failed = (await events(client, flow, execution)).find((e) => e.Type === 'ExecutionFailed');
      assert.deepEqual(JSON.parse(failed.EventDetail), { error: 'Rejected', cause: 'over budget' });
    });

    test('a token whose task already ended is TaskAlreadyCompleted (400)', async () => {
      const { flow, execution, token } = await waitingExecution(client);
      await client.call('ReportTaskSucceeded', { TaskToken: token, Output: '{}' });
      await waitForEnd(client, flow, execution);

      await expectError(client.call('ReportTaskSucceeded', { TaskToken: token, Output: '{}' }), 'TaskAlreadyCompleted', 400);
      await expectError(client.call('ReportTaskFailed', { TaskToken: token, Error: 'Late' }), 'TaskAlreadyCompleted', 400);
    });

    test('a token that does not verify is InvalidArgument (400)', async () => {
      const forged = Buffer.from('v1#flow#run#3#not-a-signature').toString('base64');
      await expectError(client.call('ReportTaskSucceeded', { TaskToken: forged, Output: '{}' }), 'InvalidArgument', 400);
    });

    test('with a mock standing for the invocation, the token is read from the TaskSubmitted event', async () => {
      const { name } = await createFlow(client, { definition: callbackDefinition('not_configured') });
      await putMocks(name, { Approve: [{ output: { queued: true } }] });
      const execution = uniqueName('mocked');
      await startExecution(client, name, { ExecutionName: execution });
      let submitted;
      for (let attempt = 0; !submitted && attempt < 200; attempt++) {
        submitted = (await events(client, name, execution)).find((e) => e.Type === 'TaskSubmitted');
        if (!submitted) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.ok(submitted, 'the waiting task recorded TaskSubmitted');
      const { taskToken } = JSON.parse(submitted.EventDetail);

      await client.call('ReportTaskSucceeded', { TaskToken: taskToken, Output: '"done"' });

      const done = await waitForEnd(client, name, execution);
      assert.equal(done.Output, '"done"');
    });
  });
}
