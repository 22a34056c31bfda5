'use strict';
// DescribeRegions (api.md section 3) with both SDKs. pop-core's fnf client predates the action, so both are called
// through callRaw: pop-core's RPCClient.request sends it as GET with a query, openapi-client as POST with a form body,
// as the generated fnf20190315 client does.

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { CLIENTS, endpoint } = require('./lib/clients');
const { expectError, assertOnlyFields } = require('./lib/fixtures');

// The fnf20190315 DescribeRegionsResponseBody model and its Regions.Region items.
const ANSWER_FIELDS = new Set(['RequestId', 'Regions']);
const REGION_FIELDS = new Set(['RegionId', 'RegionEndpoint', 'LocalName']);

for (const client of CLIENTS) {
  describe(`${client.name}: DescribeRegions`, () => {
    test('answers one region, reached at the host the SDK was pointed at', async () => {
      const answer = await client.callRaw('DescribeRegions');
      assertOnlyFields(answer, ANSWER_FIELDS, 'DescribeRegions answer');
      assert.ok(answer.RequestId);
      assert.equal(answer.Regions.Region.length, 1);
      const [region] = answer.Regions.Region;
      assertOnlyFields(region, REGION_FIELDS, 'DescribeRegions region');
      assert.equal(region.RegionId, 'cn-hangzhou');
      assert.equal(region.RegionEndpoint, new URL(endpoint()).host);
      assert.equal(region.LocalName, '华东1（杭州）');
    });

    test('AcceptLanguage en-US names the region in English', async () => {
      const answer = await client.callRaw('DescribeRegions', { AcceptLanguage: 'en-US' });
      assert.equal(answer.Regions.Region[0].LocalName, 'China (Hangzhou)');
    });

    test('an AcceptLanguage the service does not document is InvalidArgument (400)', async () => {
      await expectError(client.callRaw('DescribeRegions', { AcceptLanguage: 'ja' }), 'InvalidArgument', 400);
    });
  });
}
