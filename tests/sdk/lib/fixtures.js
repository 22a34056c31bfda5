'use strict';
// Flows, names and assertions shared by the test files.

const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { SdkError, endpoint } = require('./clients');

// api.md section 2: every time on the wire is UTC with milliseconds.
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The fields of the shared objects (api.md, Shared objects). The tea SDKs drop any other field when
// they cast an answer into their models, so a misspelled one would be lost to their users.
const FLOW_FIELDS = new Set([
  'RequestId', 'Name', 'Id', 'Type', 'Definition', 'Description', 'RoleArn', 'ExecutionMode',
  'ExternalStorageLocation', 'Environment', 'ResourceGroupId', 'CreatedTime', 'LastModifiedTime',
]);
const EXECUTION_FIELDS = new Set([
  'RequestId', 'Name', 'FlowName', 'FlowDefinition', 'Input', 'Output', 'Status', 'StartedTime',
  'StoppedTime', 'Environment', 'RoleArn',
]);
const EVENT_FIELDS = new Set(['EventId', 'ScheduleEventId', 'Type', 'StepName', 'Time', 'EventDetail']);
const EVENT_TYPES = new Set([
  'StepEntered', 'StepStarted', 'StepSucceeded', 'StepFailed', 'StepExited', 'BranchEntered',
  'BranchExited', 'IterationEntered', 'IterationExited', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted',
  'TaskSubmitFailed', 'TaskSucceeded', 'TaskFailed', 'TaskTimedOut', 'ExecutionStarted', 'ExecutionStopped',
  'ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut',
]);

/** A flow or execution name no other test uses. */
function uniqueName(prefix) {
  return `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
}

/** Pass, then a 300 s Wait that the skip clock finishes at once. */
function passWaitDefinition(name = 'sdk-flow') {
  return [
    'Type: StateMachine',
    `Name: ${name}`,
    'SpecVersion: v1',
    'StartAt: Prepare',
    'States:',
    '  - Type: Pass',
    '    Name: Prepare',
    '    Next: Pause',
    '  - Type: Wait',
    '    Name: Pause',
    '    Seconds: 300',
    '    End: true',
    '',
  ].join('\n');
}

/**
 * One Task whose Action the emulator does not integrate: it fails at once with FnF.Unsupported
 * unless the flow has a mock for `CallIt` (decisions.md, Task integrations).
 */
function taskDefinition(name = 'sdk-task') {
  return [
    'Type: StateMachine',
    `Name: ${name}`,
    'SpecVersion: v1',
    'StartAt: CallIt',
    'States:',
    '  - Type: Task',
    '    Name: CallIt',
    '    Action: Demo:DoSomething',
    '    End: true',
    '',
  ].join('\n');
}

/** Refers to a state that does not exist: a definition error. */
function brokenDefinition() {
  return [
    'Type: StateMachine',
    'Name: broken',
    'SpecVersion: v1',
    'StartAt: Prepare',
    'States:',
    '  - Type: Pass',
    '    Name: Prepare',
    '    Next: Nowhere',
    '',
  ].join('\n');
}

async function createFlow(client, { name = uniqueName('flow'), definition = passWaitDefinition(), description = 'sdk test flow' } = {}) {
  const flow = await client.call('CreateFlow', { Name: name, Definition: definition, Description: description, Type: 'FDL' });
  return { name, definition, description, flow };
}

async function startExecution(client, flowName, params = {}) {
  return client.call('StartExecution', { FlowName: flowName, ...params });
}

/** Long-polls DescribeExecution until the execution is no longer in progress (at most ~60 s). */
async function waitForEnd(client, flowName, executionName) {
  for (let attempt = 0; attempt < 6; attempt++) {
    const execution = await client.call('DescribeExecution', {
      FlowName: flowName, ExecutionName: executionName, WaitTimeSeconds: 10,
    });
    if (execution.Status !== 'Running' && execution.Status !== 'Starting') return execution;
  }
  assert.fail(`execution ${flowName}/${executionName} did not end within 60 s`);
}

/** Starts a named execution and waits for its end. */
async function runToEnd(client, flowName, params = {}) {
  const started = await startExecution(client, flowName, params);
  return waitForEnd(client, flowName, started.Name);
}

/** Awaits `promise`, expecting the error `code` with HTTP `status` as the SDK reports them. */
async function expectError(promise, code, status) {
  await assert.rejects(promise, (err) => {
    assert.ok(err instanceof SdkError, `expected an SDK error answer, got ${err && err.stack}`);
    assert.equal(err.code, code, `code (message: ${err.message})`);
    assert.equal(err.status, status, `HTTP status of ${code}`);
    assert.equal(typeof err.data.Message, 'string');
    assert.ok(err.data.RequestId, 'the error envelope carries a RequestId');
    return true;
  });
}

function assertOnlyFields(object, allowed, what) {
  const unknown = Object.keys(object).filter((key) => !allowed.has(key));
  assert.deepEqual(unknown, [], `${what} has fields no SDK model knows`);
}

/** All pages of a list action, following NextToken; fails on a token loop. */
async function collectPages(client, action, params, itemsKey, maxPages = 1000) {
  const pages = [];
  let token;
  for (let i = 0; i < maxPages; i++) {
    const page = await client.call(action, token === undefined ? params : { ...params, NextToken: token });
    assert.ok(Array.isArray(page[itemsKey]), `${action}: ${itemsKey} is an array`);
    pages.push(page);
    if (!page.NextToken) return pages;
    assert.notEqual(page.NextToken, token, 'NextToken must move forward');
    token = page.NextToken;
  }
  return assert.fail(`${action} still had a NextToken after ${maxPages} pages`);
}

/**
 * PUTs a JSON body to an emulator endpoint, `/_emulator/<path>`, in the account CLOUDFLOW_ACCOUNT (default: the
 * server's default account), sending CLOUDFLOW_EMULATOR_TOKEN when it is set (strict runs guard /_emulator/).
 */
async function putEmulator(path, body, account = process.env.CLOUDFLOW_ACCOUNT) {
  const query = account ? `?Account=${encodeURIComponent(account)}` : '';
  const token = process.env.CLOUDFLOW_EMULATOR_TOKEN;
  const response = await fetch(`${endpoint()}/_emulator/${path}${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-emulator-token': token } : {}) },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `PUT /_emulator/${path} answered ${response.status}: ${await response.text()}`);
}

/** Sets per-flow Task mocks through the emulator's own endpoint (decisions.md, Mocks and scenarios). */
async function putMocks(flowName, mocks, account) {
  await putEmulator(`flows/${encodeURIComponent(flowName)}/mocks`, mocks, account);
}

module.exports = {
  TIME, NAME, UUID, FLOW_FIELDS, EXECUTION_FIELDS, EVENT_FIELDS, EVENT_TYPES,
  uniqueName, passWaitDefinition, taskDefinition, brokenDefinition,
  createFlow, startExecution, waitForEnd, runToEnd, expectError, assertOnlyFields, collectPages, putEmulator, putMocks,
};
