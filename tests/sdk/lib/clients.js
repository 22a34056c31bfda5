'use strict';
// The two SDK families, behind one small interface so every test runs with both:
//   call(action, params)  -> the parsed JSON answer (PascalCase keys, as on the wire)
//   callRaw(action, params) -> same, but bypassing the SDK's client-side required-parameter checks
// Errors are rethrown as SdkError { code, status, message, data, cause } where `status` is the HTTP
// status as each SDK exposes it (api.md 1.6): pop-core keeps it in err.entry.response.statusCode,
// openapi-client in err.statusCode.
// Both take a third argument { timestamp, nonce } that replaces what the SDK would sign with (the
// strict-mode tests replay nonces and skew clocks that way). The key comes from CLOUDFLOW_ACCESS_KEY_ID
// and CLOUDFLOW_ACCESS_KEY_SECRET (default: the built-in test pair); createClients() builds others.

const FnfClient = require('@alicloud/fnf-2019-03-15');
const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');

const VERSION = '2019-03-15';
const DEFAULT_KEY = {
  accessKeyId: process.env.CLOUDFLOW_ACCESS_KEY_ID || 'testAccessKeyId',
  accessKeySecret: process.env.CLOUDFLOW_ACCESS_KEY_SECRET || 'testAccessKeySecret',
};
// DescribeExecution may hold the request for up to 60 s (WaitTimeSeconds); both SDKs default to 3 s.
const TIMEOUT_MS = 70_000;

// api.md 1.1: the tea SDK sends these as GET (parameters in the query), everything else as POST (form body).
const TEA_GET_ACTIONS = new Set([
  'DescribeFlow', 'ListFlows', 'DescribeExecution', 'ListExecutions', 'GetExecutionHistory',
  'DescribeSchedule', 'ListSchedules',
]);
// POST actions whose generated tea client puts these parameters in the query string (api.md 1.1).
const QUERY_PARAMS = { ReportTaskSucceeded: ['TaskToken'], ReportTaskFailed: ['TaskToken'] };
// pop-core's generated methods send these as POST; the rest use pop-core's default, GET.
const POP_POST_ACTIONS = new Set([
  'CreateFlow', 'UpdateFlow', 'StartExecution', 'StopExecution',
  'CreateSchedule', 'UpdateSchedule', 'ReportTaskSucceeded', 'ReportTaskFailed',
]);

function endpoint() {
  const value = process.env.CLOUDFLOW_ENDPOINT;
  if (!value) {
    throw new Error('Set CLOUDFLOW_ENDPOINT to the emulator URL, e.g. http://127.0.0.1:18080 (or use run.sh)');
  }
  return value.replace(/\/+$/, '');
}

class SdkError extends Error {
  constructor({ code, status, message, data, cause }) {
    super(`${code} (HTTP ${status}): ${message}`);
    this.name = 'SdkError';
    this.code = code;
    this.status = status;
    this.data = data;
    this.cause = cause;
  }
}

function lowerFirst(action) {
  return action[0].toLowerCase() + action.slice(1);
}

// pop-core lets parameters override its defaults, Timestamp and SignatureNonce included.
function signing({ timestamp, nonce } = {}) {
  return {
    ...(timestamp === undefined ? {} : { Timestamp: timestamp }),
    ...(nonce === undefined ? {} : { SignatureNonce: nonce }),
  };
}

function popCore({ accessKeyId, accessKeySecret }) {
  const client = new FnfClient({
    endpoint: endpoint(),
    accessKeyId,
    accessKeySecret,
    opts: { timeout: TIMEOUT_MS },
  });

  const translate = (err) => {
    if (err.code === undefined || err.data === undefined) throw err; // transport, parse or TypeError
    throw new SdkError({
      code: err.code,
      status: err.entry?.response?.statusCode,
      message: err.data.Message,
      data: err.data,
      cause: err,
    });
  };

  return {
    name: 'pop-core',
    // The generated method: validates required parameters client-side, picks GET or POST itself.
    async call(action, params = {}, overrides = {}) {
      try {
        return await client[lowerFirst(action)]({ ...params, ...signing(overrides) }, {});
      } catch (err) {
        return translate(err);
      }
    },
    // RPCClient.request, the layer beneath the generated methods: no client-side checks.
    async callRaw(action, params = {}, overrides = {}) {
      try {
        return await client.request(action, { ...params, ...signing(overrides) }, { method: POP_POST_ACTIONS.has(action) ? 'POST' : 'GET' });
      } catch (err) {
        return translate(err);
      }
    },
  };
}

function openApiClient({ accessKeyId, accessKeySecret }) {
  const url = new URL(endpoint());
  const client = new OpenApi.default(new OpenApi.Config({
    accessKeyId,
    accessKeySecret,
    endpoint: url.host, // host[:port] only
    protocol: 'HTTP', // the per-API protocol is HTTPS; this overrides it
    readTimeout: TIMEOUT_MS,
    connectTimeout: 5_000,
  }));

  async function call(action, params = {}, { timestamp, nonce } = {}) {
    const isGet = TEA_GET_ACTIONS.has(action);
    const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
    // api.md 1.1: the generated client sends ReportTask*'s TaskToken in the query, the rest of a POST in the body.
    const inQuery = ([key]) => isGet || (QUERY_PARAMS[action] ?? []).includes(key);
    const query = Object.fromEntries(Object.entries(values).filter(inQuery));
    const body = Object.fromEntries(Object.entries(values).filter((entry) => !inQuery(entry)));
    // The request's headers win over the ones the client computes, and they are signed.
    const headers = {
      ...(timestamp === undefined ? {} : { 'x-acs-date': timestamp }),
      ...(nonce === undefined ? {} : { 'x-acs-signature-nonce': nonce }),
    };
    const request = new OpenApi.OpenApiRequest(isGet ? { query, headers } : { query, body, headers });
    const apiParams = new OpenApi.Params({
      action,
      version: VERSION,
      protocol: 'HTTPS',
      pathname: '/',
      method: isGet ? 'GET' : 'POST',
      authType: 'AK',
      style: 'RPC',
      reqBodyType: 'formData',
      bodyType: 'json',
    });
    try {
      const response = await client.callApi(apiParams, request, new Util.RuntimeOptions({}));
      return response.body;
    } catch (err) {
      if (err.code === undefined || err.data === undefined) throw err;
      throw new SdkError({
        code: err.code,
        status: err.statusCode,
        message: err.data.Message,
        data: err.data,
        cause: err,
      });
    }
  }

  // callApi has no client-side checks, so both entry points are the same.
  return { name: 'openapi-client', call, callRaw: call };
}

/** Both SDK families signing with the given key. */
function createClients(key = DEFAULT_KEY) {
  return [popCore(key), openApiClient(key)];
}

const CLIENTS = createClients();

module.exports = { CLIENTS, DEFAULT_KEY, SdkError, createClients, endpoint };
