import type { Collection, ContractCase, ContractData, MockAnswer, MockData } from '../../../templates/package/contract-model.js';

/** Hand-written mock and contract data for AgentMessage's webhooks, as the generator would derive them (a subset). */

export const WEBHOOK = {
  id: '0190a1b2-c3d4-e5f6-a7b8-c9d0e1f2a3b4',
  org_id: '0190a1b2-c3d4-e5f6-a7b8-c9d0e1f2a3b5',
  url: 'https://hooks.example.com/y3labs/ops',
  events: ['wallet.balance_low', 'wallet.balance_zero'],
  active: true,
  api_version: '2026-04-01',
  created_at: '2026-04-26T12:00:00Z',
  updated_at: '2026-04-27T08:30:00Z',
  deleted_at: null,
};

const WEBHOOK_FIELDS = ['id', 'org_id', 'url', 'description', 'events', 'active', 'api_version', 'created_at', 'updated_at', 'deleted_at'];

const error = (code: string, message: string) => ({ success: false, error: { code, message, request_id: '01JTBQH2FZ8K1RXC0WJ4Z9P3VM' } });

const json = (status: string, code: number, examples: Record<string, unknown>, headers: Record<string, string> = {}): MockAnswer => ({
  status,
  code,
  contentType: 'application/json',
  examples: Object.entries(examples).map(([name, value]) => ({ name, value })),
  headers,
});

const unauthorized = json('401', 401, { unauthorized: error('UNAUTHORIZED', 'authentication failed') });
const forbidden = json('403', 403, { forbidden: error('FORBIDDEN', 'missing required scope') });
const notFound = json('404', 404, { notFound: error('NOT_FOUND', 'not found') });
const rateLimited = json('429', 429, { rateLimited: error('RATE_LIMITED', 'slow down') }, { 'Retry-After': '30' });

export const COLLECTION: Collection = {
  path: '/v1/webhooks',
  itemPath: '/v1/webhooks/{id}',
  idParameter: 'id',
  idField: 'id',
  create: 'createWebhook',
  list: 'listWebhooks',
  read: 'getWebhook',
  update: 'updateWebhook',
  remove: 'deleteWebhook',
  resourceAt: { listWebhooks: '/data', createWebhook: '', getWebhook: '', updateWebhook: '' },
  fields: { listWebhooks: WEBHOOK_FIELDS, getWebhook: WEBHOOK_FIELDS, updateWebhook: WEBHOOK_FIELDS },
  readOnly: ['id', 'org_id', 'api_version', 'created_at', 'updated_at', 'deleted_at', 'secret', 'secret_displayed_once'],
  writeOnly: [],
  timestamps: ['created_at', 'updated_at'],
};

export const MOCK_DATA: MockData = {
  operations: {
    listWebhooks: {
      success: '200',
      answers: [json('200', 200, { documented: { success: true, data: [WEBHOOK], meta: { total: 1, limit: 50, offset: 0, next_cursor: null } } }), unauthorized, forbidden, rateLimited],
    },
    createWebhook: {
      success: '201',
      answers: [
        json('201', 201, { documented: { ...WEBHOOK, events: ['wallet.balance_low'], secret: 'qhhFHQ59wgBQOfACvc/V7wYS2GpIiSh+ZBPyGWfA8MM=', secret_displayed_once: true } }),
        unauthorized,
        forbidden,
        json('409', 409, { limitExceeded: error('LIMIT_EXCEEDED', 'too many endpoints') }),
        rateLimited,
      ],
    },
    getWebhook: {
      success: '200',
      answers: [json('200', 200, { documented: WEBHOOK, paused: { ...WEBHOOK, active: false } }), unauthorized, forbidden, notFound, rateLimited],
    },
    updateWebhook: {
      success: '200',
      answers: [json('200', 200, { updated: { ...WEBHOOK, events: ['subscription.past_due'] } }), unauthorized, forbidden, notFound, rateLimited],
    },
    deleteWebhook: {
      success: '204',
      answers: [{ status: '204', code: 204, examples: [], headers: {} }, unauthorized, forbidden, notFound, rateLimited],
    },
  },
  collections: [COLLECTION],
  scopes: { bearerAuth: ['webhooks:read', 'webhooks:write'] },
};

const ERRORS = ['400', '401', '403', '404', '409', '422', '429'];
const media = (statuses: string[], bodyless: string[] = []) => Object.fromEntries(statuses.map((status) => [status, bodyless.includes(status) ? [] : ['application/json']]));
const retryAfter = { '429': ['retry-after'] };
const bearer = { kind: 'bearer' } as const;

export const OPERATIONS: ContractData['operations'] = {
  listWebhooks: { method: 'GET', path: '/v1/webhooks', statuses: ['200', '401', '403', '422', '429'], media: media(['200', '401', '403', '422', '429']), headers: retryAfter, credentials: bearer, scoped: true },
  createWebhook: { method: 'POST', path: '/v1/webhooks', statuses: ['201', '400', '401', '403', '409', '422', '429'], media: media(['201', ...ERRORS]), headers: retryAfter, credentials: bearer, scoped: true },
  getWebhook: { method: 'GET', path: '/v1/webhooks/{id}', statuses: ['200', '401', '403', '404', '422', '429'], media: media(['200', '401', '403', '404', '422', '429']), headers: retryAfter, credentials: bearer, scoped: true },
  updateWebhook: { method: 'PATCH', path: '/v1/webhooks/{id}', statuses: ['200', '400', '401', '403', '404', '422', '429'], media: media(['200', ...ERRORS]), headers: retryAfter, credentials: bearer, scoped: true },
  deleteWebhook: { method: 'DELETE', path: '/v1/webhooks/{id}', statuses: ['204', '401', '403', '404', '422', '429'], media: media(['204', '401', '403', '404', '422', '429'], ['204']), headers: retryAfter, credentials: bearer, scoped: true },
};

const JSON_HEADERS = { 'content-type': 'application/json' };
const ID = WEBHOOK.id;

function req(method: string, path: string, body?: unknown, credentials: ContractCase['request']['credentials'] = 'valid') {
  return { method, path, headers: body === undefined ? {} : JSON_HEADERS, ...(body === undefined ? {} : { body: JSON.stringify(body) }), credentials };
}

export const CASES: ContractCase[] = [
  { id: 'listWebhooks/example', operation: 'listWebhooks', kind: 'example', title: 'the documented request', request: req('GET', '/v1/webhooks'), expect: 'accepted' },
  { id: 'listWebhooks/auth/none', operation: 'listWebhooks', kind: 'auth', title: 'without credentials', request: req('GET', '/v1/webhooks', undefined, 'none'), expect: 'unauthorized' },
  { id: 'createWebhook/example/documented', operation: 'createWebhook', kind: 'example', title: 'example documented', request: req('POST', '/v1/webhooks', { url: 'https://hooks.example.com/y3labs/ops', events: ['wallet.balance_low'] }), expect: 'accepted' },
  { id: 'createWebhook/negative/body/url/pattern', operation: 'createWebhook', kind: 'negative', title: 'body /url: an http URL, against its pattern', request: req('POST', '/v1/webhooks', { url: 'http://hooks.example.com/x', events: ['wallet.balance_low'] }), expect: 'rejected' },
  { id: 'getWebhook/example', operation: 'getWebhook', kind: 'example', title: 'the documented id', request: req('GET', `/v1/webhooks/${ID}`), expect: 'accepted' },
  { id: 'updateWebhook/example/pause', operation: 'updateWebhook', kind: 'example', title: 'example pause', request: req('PATCH', `/v1/webhooks/${ID}`, { active: false }), expect: 'accepted' },
  { id: 'updateWebhook/positive/body/description/maxLength', operation: 'updateWebhook', kind: 'positive', title: 'body /description: 200 characters, its maxLength', request: req('PATCH', `/v1/webhooks/${ID}`, { description: 'd'.repeat(200) }), expect: 'accepted' },
  { id: 'updateWebhook/negative/body/url/pattern', operation: 'updateWebhook', kind: 'negative', title: 'body /url: an http URL, against its pattern', request: req('PATCH', `/v1/webhooks/${ID}`, { url: 'http://hooks.example.com/x' }), expect: 'rejected' },
  { id: 'updateWebhook/auth/invalid', operation: 'updateWebhook', kind: 'auth', title: 'with a bad credential', request: req('PATCH', `/v1/webhooks/${ID}`, { active: false }, 'invalid'), expect: 'unauthorized' },
  { id: 'updateWebhook/auth/withoutScopes', operation: 'updateWebhook', kind: 'auth', title: 'with a credential lacking webhooks:write', request: req('PATCH', `/v1/webhooks/${ID}`, { active: false }, 'withoutScopes'), expect: 'forbidden' },
  { id: 'deleteWebhook/example', operation: 'deleteWebhook', kind: 'example', title: 'the documented id', request: req('DELETE', `/v1/webhooks/${ID}`), expect: 'accepted' },
];

export const CONTRACT_DATA: ContractData = { operations: OPERATIONS, cases: CASES, collections: [COLLECTION], basePath: '' };
