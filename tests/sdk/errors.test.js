'use strict';
// How each SDK surfaces an error answer (api.md 1.6, 1.7) and the documented messages (section 4).

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { CLIENTS, SdkError } = require('./lib/clients');
const { uniqueName, createFlow, runToEnd, taskDefinition } = require('./lib/fixtures');

const [popCore, openApi] = CLIENTS;

/** The SdkError a call rejects with. */
async function failure(promise) {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof SdkError, `expected an SDK error answer, got ${err && err.stack}`);
    return err;
  }
  return assert.fail('the call succeeded');
}

describe('pop-core: error answers', () => {
  test('throw an Error named <Code>Error with code, data and the URL in the message', async () => {
    const name = uniqueName('missing');
    const { cause: err } = await failure(popCore.call('DescribeFlow', { Name: name }));
    assert.equal(err.name, 'FlowNotExistsError');
    assert.equal(err.code, 'FlowNotExists');
    assert.equal(err.data.Code, 'FlowNotExists');
    assert.match(err.data.RequestId, /^[0-9A-F-]{36}$/);
    assert.equal(typeof err.data.HostId, 'string');
    assert.ok(err.message.startsWith(`${err.data.Message}, URL: `), err.message);
    assert.equal(err.entry.response.statusCode, 404);
  });
});

describe('openapi-client: error answers', () => {
  test('throw a ResponseError with code, statusCode and the request id in the message', async () => {
    const name = uniqueName('missing');
    const { cause: err } = await failure(openApi.call('DescribeFlow', { Name: name }));
    assert.equal(err.code, 'FlowNotExists');
    assert.equal(err.statusCode, 404);
    assert.equal(err.data.statusCode, 404);
    assert.equal(err.data.Code, 'FlowNotExists');
    assert.match(err.data.RequestId, /^[0-9A-F-]{36}$/);
    assert.equal(err.message, `FlowNotExists: code: 404, ${err.data.Message} request id: ${err.data.RequestId}`);
  });
});

for (const client of CLIENTS) {
  describe(`${client.name}: documented error messages`, () => {
    test('FlowNotExists', async () => {
      const name = uniqueName('missing');
      const err = await failure(client.call('DescribeFlow', { Name: name }));
      assert.equal(err.data.Message, `Flow ${name} does not exist.`);
    });

    test('FlowAlreadyExists', async () => {
      const { name } = await createFlow(client);
      const err = await failure(createFlow(client, { name }));
      assert.equal(err.data.Message, `Flow ${name} already exists.`);
    });

    test('ExecutionAlreadyExists', async () => {
      const { name } = await createFlow(client);
      await runToEnd(client, name, { ExecutionName: 'first' });
      const err = await failure(client.call('StartExecution', { FlowName: name, ExecutionName: 'first' }));
      assert.equal(err.data.Message, `Execution first for flow ${name} already exists.`);
    });

    test('ExecutionNotExists', async () => {
      const { name } = await createFlow(client);
      const err = await failure(client.call('DescribeExecution', { FlowName: name, ExecutionName: 'ghost' }));
      assert.equal(err.data.Message, `Execution ghost for flow ${name} does not exist.`);
    });

    test('ExecutionAlreadyCompleted', async () => {
      const { name } = await createFlow(client, { definition: taskDefinition() });
      await runToEnd(client, name, { ExecutionName: 'over' });
      const err = await failure(client.call('StopExecution', { FlowName: name, ExecutionName: 'over' }));
      assert.equal(err.data.Message, `Execution 'over' for flow '${name}' has already completed.`);
    });

    test('MissingRequiredParams', async () => {
      const err = await failure(client.callRaw('DescribeFlow', {}));
      assert.equal(err.data.Message, "The HTTP query 'Name' must be specified.");
    });

    test('InvalidArgument', async () => {
      const { name } = await createFlow(client);
      const err = await failure(client.call('StartExecution', { FlowName: name, Input: '[]' }));
      assert.match(err.data.Message, /^Parameter error\./);
    });
  });
}
