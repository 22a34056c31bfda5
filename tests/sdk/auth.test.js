'use strict';
// Strict mode (api.md 1.5, decisions.md "Accounts and authentication") with both SDK families. Runs only
// when run.sh started the server strict (CLOUDFLOW_AUTH_MODE=strict) with two keys in two accounts:
//   CLOUDFLOW_ACCESS_KEY_ID/SECRET, account CLOUDFLOW_ACCOUNT              (what every other test uses)
//   CLOUDFLOW_OTHER_ACCESS_KEY_ID/SECRET, account CLOUDFLOW_OTHER_ACCOUNT  (the second account)
// and CLOUDFLOW_EMULATOR_TOKEN guarding /_emulator/.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { DEFAULT_KEY, createClients, endpoint } = require('./lib/clients');
const { uniqueName, createFlow, startExecution, runToEnd, expectError, taskDefinition, putMocks } = require('./lib/fixtures');

const strict = process.env.CLOUDFLOW_AUTH_MODE === 'strict';
const skip = strict ? false : 'needs the server in strict mode (CLOUDFLOW_AUTH_MODE=strict tests/sdk/run.sh)';
const OTHER_KEY = {
  accessKeyId: process.env.CLOUDFLOW_OTHER_ACCESS_KEY_ID,
  accessKeySecret: process.env.CLOUDFLOW_OTHER_ACCESS_KEY_SECRET,
};

/** The wire format of both SDKs' request time (api.md 1.2): UTC, no milliseconds. */
function wireTime(date) {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function nonce() {
  return crypto.randomBytes(16).toString('hex');
}

/** An RPC request no SDK signed, as curl would send it. */
async function unsigned(headers = {}) {
  const response = await fetch(`${endpoint()}/?Action=ListFlows&Version=2019-03-15`, { headers });
  return { status: response.status, body: await response.json() };
}

// The SDKs refuse to be built without a key, so the second account's clients exist only in strict mode.
const others = strict ? createClients(OTHER_KEY) : [];

for (const [index, client] of createClients().entries()) {
  const other = others[index];

  describe(`${client.name}: strict mode`, { skip }, () => {
    test('the configured key is admitted', async () => {
      const answer = await client.call('ListFlows', {});
      assert.ok(Array.isArray(answer.Flows));
    });

    test('a wrong secret is SignatureNotMatch (403)', async () => {
      const [wrong] = createClients({ accessKeyId: DEFAULT_KEY.accessKeyId, accessKeySecret: 'not-the-secret' })
        .filter((c) => c.name === client.name);
      await expectError(wrong.call('ListFlows', {}), 'SignatureNotMatch', 403);
    });

    test('an unknown key is InvalidAccessKeyID (403)', async () => {
      const [unknown] = createClients({ accessKeyId: 'noSuchAccessKeyId', accessKeySecret: DEFAULT_KEY.accessKeySecret })
        .filter((c) => c.name === client.name);
      await expectError(unknown.call('ListFlows', {}), 'InvalidAccessKeyID', 403);
    });

    for (const minutes of [-16, 16]) {
      test(`a clock ${minutes} minutes off is RequestTimeTooSkewed (403)`, async () => {
        const timestamp = wireTime(new Date(Date.now() + minutes * 60_000));
        await expectError(client.call('ListFlows', {}, { timestamp, nonce: nonce() }), 'RequestTimeTooSkewed', 403);
      });
    }

    test('a clock 10 minutes off is still admitted', async () => {
      const timestamp = wireTime(new Date(Date.now() - 10 * 60_000));
      const answer = await client.call('ListFlows', {}, { timestamp, nonce: nonce() });
      assert.ok(Array.isArray(answer.Flows));
    });

    test('a replayed nonce is SignatureNonceUsed (400)', async () => {
      const used = nonce();
      await client.call('ListFlows', {}, { nonce: used });
      await expectError(client.call('ListFlows', {}, { nonce: used }), 'SignatureNonceUsed', 400);
    });

    test('another account does not see this account\'s flow: FlowNotExists (404)', async () => {
      const { name } = await createFlow(client);
      const started = await startExecution(client, name);
      await expectError(other.call('DescribeFlow', { Name: name }), 'FlowNotExists', 404);
      await expectError(other.call('StartExecution', { FlowName: name }), 'FlowNotExists', 404);
      await expectError(other.call('DescribeExecution', { FlowName: name, ExecutionName: started.Name }), 'FlowNotExists', 404);
      await expectError(other.call('GetExecutionHistory', { FlowName: name, ExecutionName: started.Name }), 'FlowNotExists', 404);
      await expectError(other.call('DeleteFlow', { Name: name }), 'FlowNotExists', 404);
      const listed = await other.call('ListFlows', { Limit: 1000 });
      assert.ok(!listed.Flows.some((flow) => flow.Name === name), 'ListFlows of the other account leaves the flow out');
      assert.equal((await client.call('DescribeFlow', { Name: name })).Name, name);
    });

    test('the same names in two accounts are two flows, executions and mocks', async () => {
      const name = uniqueName('shared');
      await createFlow(client, { name, definition: taskDefinition() });
      await createFlow(other, { name, definition: taskDefinition() });
      await putMocks(name, { CallIt: [{ output: { account: 'first' } }] }, process.env.CLOUDFLOW_ACCOUNT);
      await putMocks(name, { CallIt: [{ output: { account: 'second' } }] }, process.env.CLOUDFLOW_OTHER_ACCOUNT);
      const mine = await runToEnd(client, name, { ExecutionName: 'same' });
      const theirs = await runToEnd(other, name, { ExecutionName: 'same' });
      assert.deepEqual(JSON.parse(mine.Output), { account: 'first' });
      assert.deepEqual(JSON.parse(theirs.Output), { account: 'second' });
    });
  });
}

describe('strict mode without an SDK', { skip }, () => {
  test('no signature is MissingRequiredParams (Signature), 400', async () => {
    const { status, body } = await unsigned();
    assert.equal(status, 400);
    assert.equal(body.Code, 'MissingRequiredParams');
    assert.equal(body.Message, "The HTTP query 'Signature' must be specified.");
  });

  test('no signature but x-acs-* headers is MissingRequiredHeader (Authorization), 400', async () => {
    const { status, body } = await unsigned({ 'x-acs-action': 'ListFlows', 'x-acs-version': '2019-03-15' });
    assert.equal(status, 400);
    assert.equal(body.Code, 'MissingRequiredHeader');
    assert.equal(body.Message, "The HTTP header 'Authorization' must be specified.");
  });

  test('/_emulator/ without the token is AccessDenied (403), with it admitted', async () => {
    const url = `${endpoint()}/_emulator/clock`;
    const refused = await fetch(url);
    assert.equal(refused.status, 403);
    assert.equal((await refused.json()).Code, 'AccessDenied');
    const wrong = await fetch(url, { headers: { 'x-emulator-token': 'not-it' } });
    assert.equal(wrong.status, 403);
    const admitted = await fetch(url, { headers: { 'x-emulator-token': process.env.CLOUDFLOW_EMULATOR_TOKEN } });
    assert.equal(admitted.status, 200);
  });
});
