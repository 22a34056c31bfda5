'use strict';
// CreateFlow, DescribeFlow, ListFlows, UpdateFlow, DeleteFlow (api.md section 3) with both SDKs.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { CLIENTS } = require('./lib/clients');
const {
  TIME, UUID, FLOW_FIELDS, uniqueName, passWaitDefinition, brokenDefinition, createFlow, runToEnd,
  expectError, assertOnlyFields, collectPages,
} = require('./lib/fixtures');

for (const client of CLIENTS) {
  describe(`${client.name}: CreateFlow`, () => {
    test('creates a flow and answers the Flow object', async () => {
      const { name, definition, flow } = await createFlow(client, { description: 'first flow' });
      assertOnlyFields(flow, FLOW_FIELDS, 'CreateFlow answer');
      assert.equal(flow.Name, name);
      assert.match(flow.Id, UUID);
      assert.equal(flow.Type, 'FDL');
      assert.equal(flow.Definition, definition);
      assert.equal(flow.Description, 'first flow');
      assert.equal(flow.ExecutionMode, 'Standard');
      assert.match(flow.CreatedTime, TIME);
      assert.match(flow.LastModifiedTime, TIME);
      assert.ok(flow.RequestId);
      assert.equal(flow.Code, undefined, 'a success has no Code');
    });

    test('keeps a description with characters the two SDKs encode differently', async () => {
      const description = "x y*(!)~'é中文 & = + % \n second line";
      const { name } = await createFlow(client, { description });
      assert.equal((await client.call('DescribeFlow', { Name: name })).Description, description);
    });

    test('a request over 1 MiB is EntityTooLarge (400)', async () => {
      const definition = `${passWaitDefinition()}# ${'x'.repeat(1_100_000)}\n`;
      await expectError(createFlow(client, { definition }), 'EntityTooLarge', 400);
    });

    test('a taken name is FlowAlreadyExists (409)', async () => {
      const { name } = await createFlow(client);
      await expectError(createFlow(client, { name }), 'FlowAlreadyExists', 409);
    });

    test('a definition with an unknown Next target is InvalidArgument (400)', async () => {
      await expectError(createFlow(client, { definition: brokenDefinition() }), 'InvalidArgument', 400);
    });

    test('a Type other than FDL is InvalidArgument (400)', async () => {
      await expectError(client.call('CreateFlow', {
        Name: uniqueName('flow'), Definition: passWaitDefinition(), Description: '', Type: 'YAML',
      }), 'InvalidArgument', 400);
    });

    test('an invalid flow name is InvalidArgument (400)', async () => {
      await expectError(createFlow(client, { name: '1 not a name' }), 'InvalidArgument', 400);
    });

    test('no Definition is MissingRequiredParams (400)', async () => {
      await expectError(client.callRaw('CreateFlow', {
        Name: uniqueName('flow'), Description: '', Type: 'FDL',
      }), 'MissingRequiredParams', 400);
    });
  });

  describe(`${client.name}: DescribeFlow`, () => {
    test('answers what CreateFlow stored', async () => {
      const { name, flow: created } = await createFlow(client);
      const flow = await client.call('DescribeFlow', { Name: name });
      assertOnlyFields(flow, FLOW_FIELDS, 'DescribeFlow answer');
      for (const field of ['Name', 'Id', 'Type', 'Definition', 'Description', 'ExecutionMode', 'CreatedTime', 'LastModifiedTime']) {
        assert.equal(flow[field], created[field], field);
      }
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(client.call('DescribeFlow', { Name: uniqueName('missing') }), 'FlowNotExists', 404);
    });

    test('no Name is MissingRequiredParams (400)', async () => {
      await expectError(client.callRaw('DescribeFlow', {}), 'MissingRequiredParams', 400);
    });
  });

  describe(`${client.name}: ListFlows`, () => {
    test('pages with Limit 1 and NextToken', async () => {
      for (let i = 0; i < 4; i++) await createFlow(client); // at least one page after the third
      const seen = [];
      let token;
      for (let page = 0; page < 3; page++) {
        const answer = await client.call('ListFlows', token ? { Limit: 1, NextToken: token } : { Limit: 1 });
        assert.equal(answer.Flows.length, 1, 'a page holds Limit flows');
        assertOnlyFields(answer.Flows[0], FLOW_FIELDS, 'ListFlows item');
        seen.push(answer.Flows[0].Name);
        assert.ok(answer.NextToken, 'there is a next page');
        token = answer.NextToken;
      }
      assert.equal(new Set(seen).size, 3, 'each page holds another flow');
    });

    test('the pages together list every flow once, the last without NextToken', async () => {
      const mine = [];
      for (let i = 0; i < 3; i++) mine.push((await createFlow(client)).name);
      const pages = await collectPages(client, 'ListFlows', { Limit: 2 }, 'Flows');
      for (const page of pages) assert.ok(page.Flows.length <= 2);
      assert.equal(pages.at(-1).NextToken, undefined);
      const names = pages.flatMap((page) => page.Flows.map((flow) => flow.Name));
      assert.equal(new Set(names).size, names.length, 'no flow is listed twice');
      for (const name of mine) assert.ok(names.includes(name), `${name} is listed`);
    });

    test('list items carry the Flow object', async () => {
      const { name, definition } = await createFlow(client);
      const pages = await collectPages(client, 'ListFlows', { Limit: 100 }, 'Flows');
      const flow = pages.flatMap((page) => page.Flows).find((f) => f.Name === name);
      assert.ok(flow, `${name} is listed`);
      assert.equal(flow.Definition, definition);
      assert.equal(flow.Type, 'FDL');
      assert.match(flow.CreatedTime, TIME);
    });

    test('a Limit out of range is InvalidArgument (400)', async () => {
      await expectError(client.call('ListFlows', { Limit: 0 }), 'InvalidArgument', 400);
    });
  });

  describe(`${client.name}: UpdateFlow`, () => {
    test('replaces the definition and description and keeps the rest', async () => {
      const { name, flow: created } = await createFlow(client, { description: 'before' });
      const definition = passWaitDefinition('renamed-inside');
      const updated = await client.call('UpdateFlow', { Name: name, Definition: definition, Description: 'after' });
      assertOnlyFields(updated, FLOW_FIELDS, 'UpdateFlow answer');
      assert.equal(updated.Name, name);
      assert.equal(updated.Id, created.Id);
      assert.equal(updated.Definition, definition);
      assert.equal(updated.Description, 'after');
      assert.equal(updated.CreatedTime, created.CreatedTime);
      assert.ok(updated.LastModifiedTime >= created.LastModifiedTime, 'LastModifiedTime does not go back');

      const described = await client.call('DescribeFlow', { Name: name });
      assert.equal(described.Definition, definition);
      assert.equal(described.Description, 'after');
    });

    test('a parameter left out keeps its value', async () => {
      const { name, definition } = await createFlow(client, { description: 'kept' });
      const updated = await client.call('UpdateFlow', { Name: name, Description: 'changed' });
      assert.equal(updated.Definition, definition);
      assert.equal(updated.Description, 'changed');
    });

    test('an execution started before the update keeps its definition', async () => {
      const { name, definition } = await createFlow(client);
      const before = await runToEnd(client, name, { ExecutionName: 'before_update' });
      await client.call('UpdateFlow', { Name: name, Definition: passWaitDefinition('v2') });
      const described = await client.call('DescribeExecution', { FlowName: name, ExecutionName: before.Name });
      assert.equal(described.FlowDefinition, definition);
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(client.call('UpdateFlow', { Name: uniqueName('missing'), Description: 'x' }), 'FlowNotExists', 404);
    });

    test('a broken definition is InvalidArgument (400) and leaves the flow as it was', async () => {
      const { name, definition } = await createFlow(client);
      await expectError(client.call('UpdateFlow', { Name: name, Definition: brokenDefinition() }), 'InvalidArgument', 400);
      assert.equal((await client.call('DescribeFlow', { Name: name })).Definition, definition);
    });
  });

  describe(`${client.name}: DeleteFlow`, () => {
    test('deletes the flow and its executions', async () => {
      const { name } = await createFlow(client);
      await runToEnd(client, name, { ExecutionName: 'doomed' });
      const answer = await client.call('DeleteFlow', { Name: name });
      assert.ok(answer.RequestId);
      await expectError(client.call('DescribeFlow', { Name: name }), 'FlowNotExists', 404);
      await expectError(client.call('ListExecutions', { FlowName: name }), 'FlowNotExists', 404);
    });

    test('a flow of the same name created again starts empty', async () => {
      const { name } = await createFlow(client);
      await runToEnd(client, name, { ExecutionName: 'old' });
      await client.call('DeleteFlow', { Name: name });
      await createFlow(client, { name });
      const listed = await client.call('ListExecutions', { FlowName: name });
      assert.deepEqual(listed.Executions ?? [], []);
      await expectError(client.call('DescribeExecution', { FlowName: name, ExecutionName: 'old' }), 'ExecutionNotExists', 404);
    });

    test('an unknown flow is FlowNotExists (404)', async () => {
      await expectError(client.call('DeleteFlow', { Name: uniqueName('missing') }), 'FlowNotExists', 404);
    });
  });
}
