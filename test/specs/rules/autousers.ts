import type { BoundCase } from './bound-case.js';

/** The documented rules of autousers.ai's `PATCH /api/v1/webhooks/{id}` (specs/autousers.yaml, `updateWebhook`). */

const cuid = 'clzq3x8k20000ab12cd34ef56';
const event = 'evaluation.completed';

export const updateWebhookRules: BoundCase[] = [
  // Path
  {
    rule: 'id: cuid of the resource (c followed by 24 lower-case letters or digits)',
    where: 'path',
    valid: { id: cuid },
    invalid: { id: `${cuid}7` },
    pointer: '/id',
  },
  {
    rule: 'id: cuid of the resource (lower-case letters and digits only)',
    where: 'path',
    valid: { id: cuid },
    invalid: { id: 'clzq3x8k20000AB12cd34ef56' },
    pointer: '/id',
  },
  {
    rule: 'id: cuid of the resource (starts with c)',
    where: 'path',
    valid: { id: cuid },
    invalid: { id: 'xlzq3x8k20000ab12cd34ef56' },
    pointer: '/id',
  },

  // Headers
  {
    rule: 'Idempotency-Key: Maximum string length: 255',
    where: 'header',
    valid: { 'Idempotency-Key': 'k'.repeat(255) },
    invalid: { 'Idempotency-Key': 'k'.repeat(256) },
    pointer: '/Idempotency-Key',
  },
  {
    rule: 'Autousers-Version: Date-pinned API version (e.g. 2026-05-04)',
    where: 'header',
    valid: { 'Autousers-Version': '2026-05-04' },
    invalid: { 'Autousers-Version': '2026-13-04' },
    pointer: '/Autousers-Version',
  },
  {
    rule: 'Autousers-Version: a date (YYYY-MM-DD), not a version name',
    where: 'header',
    valid: { 'Autousers-Version': '2026-05-04' },
    invalid: { 'Autousers-Version': 'v1' },
    pointer: '/Autousers-Version',
  },

  // Body: the whole
  {
    rule: 'Body: application/json object',
    where: 'body',
    valid: {},
    invalid: [],
    pointer: '',
  },
  {
    rule: 'Body: only the documented fields are accepted',
    where: 'body',
    valid: { enabled_events: [event] },
    invalid: { enabled_event: [event] },
    pointer: '/enabled_event',
  },
  {
    rule: 'Body: only the documented fields are accepted (secret is not one of them)',
    where: 'body',
    valid: { status: 'enabled' },
    invalid: { status: 'enabled', secret: 'whsec_a1B2c3d4e5f6' },
    pointer: '/secret',
  },

  // url
  {
    rule: 'url: string<uri>',
    where: 'body',
    valid: { url: 'https://example.com/webhooks/autousers' },
    invalid: { url: 'example.com/webhooks/autousers' },
    pointer: '/url',
  },
  {
    rule: 'url: string<uri>, not nullable',
    where: 'body',
    valid: { url: 'https://example.com/webhooks/autousers' },
    invalid: { url: null },
    pointer: '/url',
  },

  // description
  {
    rule: 'description: Maximum string length: 500',
    where: 'body',
    valid: { description: 'd'.repeat(500) },
    invalid: { description: 'd'.repeat(501) },
    pointer: '/description',
  },
  {
    rule: 'description: string | null',
    where: 'body',
    valid: { description: null },
    invalid: { description: false },
    pointer: '/description',
  },

  // enabled_events
  {
    rule: 'enabled_events: Required array length: 1 - 50 elements (at least 1)',
    where: 'body',
    valid: { enabled_events: [event] },
    invalid: { enabled_events: [] },
    pointer: '/enabled_events',
  },
  {
    rule: 'enabled_events: Required array length: 1 - 50 elements (at most 50)',
    where: 'body',
    valid: { enabled_events: Array.from({ length: 50 }, () => event) },
    invalid: { enabled_events: Array.from({ length: 51 }, () => event) },
    pointer: '/enabled_events',
  },
  {
    rule: 'enabled_events: Allowlisted event names',
    where: 'body',
    valid: { enabled_events: ['calibration.frozen'] },
    invalid: { enabled_events: ['calibration.thawed'] },
    pointer: '/enabled_events/0',
  },
  {
    rule: 'enabled_events: Allowlisted event names (every item)',
    where: 'body',
    valid: { enabled_events: ['rating.created', 'autouser_run.failed'] },
    invalid: { enabled_events: ['rating.created', 'autouser_run.errored'] },
    pointer: '/enabled_events/1',
  },
  {
    rule: 'enabled_events: * to subscribe to all events',
    where: 'body',
    valid: { enabled_events: ['*'] },
    invalid: { enabled_events: ['evaluation.*'] },
    pointer: '/enabled_events/0',
  },
  {
    rule: 'enabled_events: string[]',
    where: 'body',
    valid: { enabled_events: [event] },
    invalid: { enabled_events: event },
    pointer: '/enabled_events',
  },
  {
    rule: 'enabled_events: string[], not nullable',
    where: 'body',
    valid: { enabled_events: [event] },
    invalid: { enabled_events: null },
    pointer: '/enabled_events',
  },

  // api_version
  {
    rule: 'api_version: Maximum string length: 32',
    where: 'body',
    valid: { api_version: 'v'.repeat(32) },
    invalid: { api_version: 'v'.repeat(33) },
    pointer: '/api_version',
  },
  {
    rule: 'api_version: string | null',
    where: 'body',
    valid: { api_version: null },
    invalid: { api_version: 20260504 },
    pointer: '/api_version',
  },

  // status
  {
    rule: 'status: Available options: enabled, disabled',
    where: 'body',
    valid: { status: 'disabled' },
    invalid: { status: 'paused' },
    pointer: '/status',
  },
  {
    rule: 'status: enum<string>, not nullable',
    where: 'body',
    valid: { status: 'enabled' },
    invalid: { status: null },
    pointer: '/status',
  },
];
