import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatContractReport } from '../../generator/report/format-contract-report.js';
import type { ContractReport } from '../../templates/package/contract-runtime.js';

const REPORT: ContractReport = {
  operations: 2,
  cases: 3,
  requests: 4,
  passed: 1,
  failures: [
    { check: 'negative_data_rejection', operation: 'updateWebhook', case: 'updateWebhook/negative/body/url/pattern', title: 'body /url: an http URL, against its pattern', reason: 'an invalid request answered 200, not a 4xx', status: 200, curl: "curl -sS -i -X 'PATCH' 'http://api.test/v1/webhooks/1' --data-raw '{\"url\":\"http://x\"}'" },
    { check: 'response_schema_conformance', operation: 'getWebhook', case: 'getWebhook/<&"\'>', title: 'odd \u0001\u0008 title\twith ]]> and \ud800 and €', reason: 'the body breaks the schema for 200: (root) must have required property \'id\'\nnext line', status: 200, curl: "curl -sS -i 'http://api.test/v1/webhooks/%3C'" },
  ],
  skipped: [{ case: 'updateWebhook/auth/withoutScopes', reason: 'no token without scopes was given' }],
};

/** Parses XML strictly with Python's expat; returns the testsuites as [name, tests, failures, [testcase names]]. */
function parseXml(xml: string): unknown {
  const script = `import sys, json, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
print(json.dumps([[s.get('name'), s.get('tests'), s.get('failures'), [[c.get('name'), [f.get('type') for f in c.findall('failure')], [f.text for f in c.findall('failure')]] for c in s.findall('testcase')]] for s in root.findall('testsuite')]))`;
  const result = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('formatContractReport', () => {
  it('stylish: each failure with its check, operation, case, reason and curl, then the counts', () => {
    const text = formatContractReport(REPORT, 'stylish');
    expect(text).toContain('✗ negative_data_rejection  updateWebhook  body /url: an http URL, against its pattern  (200)\n    an invalid request answered 200, not a 4xx\n    curl -sS -i -X \'PATCH\'');
    expect(text).toContain('response_schema_conformance: 1 failed\nnegative_data_rejection: 1 failed\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 passed, 2 failed, 1 skipped (3 cases, 4 requests, 2 operations)');
    expect(formatContractReport({ ...REPORT, stopped: 'maxRequests' }, 'stylish')).toContain('stopped early: the request limit was reached');
  });

  it('json: the report itself', () => {
    expect(JSON.parse(formatContractReport(REPORT, 'json'))).toEqual(REPORT);
  });

  it('junit: well-formed XML, a testsuite per operation and a testcase per case, control characters and all', () => {
    const xml = formatContractReport(REPORT, 'junit', [
      { id: 'listWebhooks/example', operation: 'listWebhooks', title: 'the documented request' },
      { id: 'updateWebhook/negative/body/url/pattern', operation: 'updateWebhook', title: 'body /url: an http URL, against its pattern' },
    ]);
    expect(parseXml(xml)).toEqual([
      ['listWebhooks', '1', '0', [['listWebhooks/example: the documented request', [], []]]],
      ['updateWebhook', '1', '1', [['updateWebhook/negative/body/url/pattern: body /url: an http URL, against its pattern', ['negative_data_rejection'], [`an invalid request answered 200, not a 4xx (status 200)\n${REPORT.failures[0]!.curl}`]]]],
      ['getWebhook', '1', '1', [['getWebhook/<&"\'>: odd \\u0001\\u0008 title\twith ]]> and \ufffd and €', ['response_schema_conformance'], [`${REPORT.failures[1]!.reason} (status 200)\n${REPORT.failures[1]!.curl}`]]]],
    ]);
  });
});
