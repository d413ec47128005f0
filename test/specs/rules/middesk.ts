import type { BoundCase } from './bound-case.js';

/** Middesk `PUT /v1/webhooks/{id}` (updateWebhook): every documented rule, on both sides of its bound. */

/** A complete private_key_jwt configuration. */
const PRIVATE_KEY_JWT = {
  oidc_auth_method: 'private_key_jwt',
  oidc_client_id: 'middesk-webhooks',
  oidc_token_endpoint: 'https://idp.example.com/oauth2/token',
  oidc_access_token_ttl_seconds: 3600,
};

/** A complete client_secret configuration. */
const CLIENT_SECRET = {
  oidc_auth_method: 'client_secret',
  oidc_client_id: 'middesk-webhooks',
  oidc_client_secret: 's3cr3t-from-the-idp',
  oidc_token_endpoint: 'https://idp.example.com/oauth2/token',
  oidc_access_token_ttl_seconds: 3600,
};

function without(body: Record<string, unknown>, field: string): Record<string, unknown> {
  const { [field]: _dropped, ...rest } = body;
  return rest;
}

export const updateWebhookRules: BoundCase[] = [
  {
    rule: 'id: Webhook ID (a uuid)',
    where: 'path',
    valid: { id: '3f6c1a52-8e0b-4d7a-9c21-5b4e7f0d2a19' },
    invalid: { id: '3f6c1a52-8e0b-4d7a-9c21-5b4e7f0d2a1' },
    pointer: '/id',
  },
  {
    rule: 'This endpoint expects an object',
    where: 'body',
    valid: {},
    invalid: 'https://hooks.example.com/middesk',
    pointer: '',
  },
  {
    rule: 'url: Webhook endpoint URL',
    where: 'body',
    valid: { url: 'https://hooks.example.com/middesk' },
    invalid: { url: 'hooks.example.com/middesk' },
    pointer: '/url',
  },
  {
    rule: 'url is a string',
    where: 'body',
    valid: { url: 'https://hooks.example.com/middesk' },
    invalid: { url: ['https://hooks.example.com/middesk'] },
    pointer: '/url',
  },
  {
    rule: 'secret: Secret for webhook signature verification (a string)',
    where: 'body',
    valid: { secret: 'sec_4f9c2b7e1a8d6f3c' },
    invalid: { secret: 4929 },
    pointer: '/secret',
  },
  {
    rule: 'disabled_at: Timestamp when webhook was disabled (a date-time)',
    where: 'body',
    valid: { disabled_at: '2026-11-22T09:00:00Z' },
    invalid: { disabled_at: '2026-11-22' },
    pointer: '/disabled_at',
  },
  {
    rule: 'enabled_events: Array of event types to subscribe to',
    where: 'body',
    valid: { enabled_events: ['business.created'] },
    invalid: { enabled_events: 'business.created' },
    pointer: '/enabled_events',
  },
  {
    rule: 'enabled_events: ["*"] subscribes to every event',
    where: 'body',
    valid: { enabled_events: ['*'] },
    invalid: { enabled_events: ['**'] },
    pointer: '/enabled_events/0',
  },
  {
    rule: 'enabled_events: each entry is an event type (a dotted name such as business.created)',
    where: 'body',
    valid: { enabled_events: ['business.created', 'business.updated'] },
    invalid: { enabled_events: ['business.created', 'business'] },
    pointer: '/enabled_events/1',
  },
  {
    rule: 'enabled_events: each entry is a string',
    where: 'body',
    valid: { enabled_events: ['monitor.updated'] },
    invalid: { enabled_events: [7] },
    pointer: '/enabled_events/0',
  },
  {
    rule: 'include: Use "identifiers" to receive only top-level scalar fields',
    where: 'body',
    valid: { include: 'identifiers' },
    invalid: { include: 'identifiers,' },
    pointer: '/include',
  },
  {
    rule: 'include: Omit or set to "*" for all (an empty string is neither)',
    where: 'body',
    valid: { include: '*' },
    invalid: { include: '' },
    pointer: '/include',
  },
  {
    rule: 'include: Comma-delimited list of associations',
    where: 'body',
    valid: { include: 'addresses,people' },
    invalid: { include: 'addresses;people' },
    pointer: '/include',
  },
  {
    rule: "oidc_auth_method: 'private_key_jwt' or 'client_secret'",
    where: 'body',
    valid: PRIVATE_KEY_JWT,
    invalid: { ...PRIVATE_KEY_JWT, oidc_auth_method: 'client_credentials' },
    pointer: '/oidc_auth_method',
  },
  {
    rule: "'private_key_jwt' requires oidc_client_id",
    where: 'body',
    valid: PRIVATE_KEY_JWT,
    invalid: without(PRIVATE_KEY_JWT, 'oidc_client_id'),
    pointer: '',
  },
  {
    rule: "'private_key_jwt' requires oidc_token_endpoint",
    where: 'body',
    valid: PRIVATE_KEY_JWT,
    invalid: without(PRIVATE_KEY_JWT, 'oidc_token_endpoint'),
    pointer: '',
  },
  {
    rule: "'private_key_jwt' requires oidc_access_token_ttl_seconds",
    where: 'body',
    valid: PRIVATE_KEY_JWT,
    invalid: without(PRIVATE_KEY_JWT, 'oidc_access_token_ttl_seconds'),
    pointer: '',
  },
  {
    rule: "'client_secret' requires oidc_client_secret",
    where: 'body',
    valid: CLIENT_SECRET,
    invalid: without(CLIENT_SECRET, 'oidc_client_secret'),
    pointer: '',
  },
  {
    rule: "'client_secret' requires oidc_client_id",
    where: 'body',
    valid: CLIENT_SECRET,
    invalid: without(CLIENT_SECRET, 'oidc_client_id'),
    pointer: '',
  },
  {
    rule: 'oidc_auth_method is required when configuring OIDC (an oidc_* field without it)',
    where: 'body',
    valid: { ...PRIVATE_KEY_JWT, oidc_scope: 'webhooks.receive' },
    invalid: without({ ...PRIVATE_KEY_JWT, oidc_scope: 'webhooks.receive' }, 'oidc_auth_method'),
    pointer: '',
  },
  {
    rule: 'oidc_auth_method is required when configuring OIDC (oidc_client_secret alone)',
    where: 'body',
    valid: CLIENT_SECRET,
    invalid: { oidc_client_secret: 's3cr3t-from-the-idp' },
    pointer: '',
  },
  {
    rule: 'oidc_token_endpoint: OIDC token endpoint URL',
    where: 'body',
    valid: PRIVATE_KEY_JWT,
    invalid: { ...PRIVATE_KEY_JWT, oidc_token_endpoint: 'idp.example.com/oauth2/token' },
    pointer: '/oidc_token_endpoint',
  },
  {
    rule: 'oidc_resource_uri: OIDC resource URI',
    where: 'body',
    valid: { ...PRIVATE_KEY_JWT, oidc_resource_uri: 'api://6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f' },
    invalid: { ...PRIVATE_KEY_JWT, oidc_resource_uri: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f' },
    pointer: '/oidc_resource_uri',
  },
  {
    rule: 'oidc_access_token_ttl_seconds: a TTL in seconds, at least 1 (inferred)',
    where: 'body',
    valid: { ...PRIVATE_KEY_JWT, oidc_access_token_ttl_seconds: 1 },
    invalid: { ...PRIVATE_KEY_JWT, oidc_access_token_ttl_seconds: 0 },
    pointer: '/oidc_access_token_ttl_seconds',
  },
  {
    rule: 'oidc_access_token_ttl_seconds is an integer',
    where: 'body',
    valid: { ...PRIVATE_KEY_JWT, oidc_access_token_ttl_seconds: 3600 },
    invalid: { ...PRIVATE_KEY_JWT, oidc_access_token_ttl_seconds: 3600.5 },
    pointer: '/oidc_access_token_ttl_seconds',
  },
  {
    rule: 'oidc_access_token_ttl_seconds is a number, not a string',
    where: 'body',
    valid: { ...PRIVATE_KEY_JWT, oidc_access_token_ttl_seconds: 3600 },
    invalid: { ...PRIVATE_KEY_JWT, oidc_access_token_ttl_seconds: '3600' },
    pointer: '/oidc_access_token_ttl_seconds',
  },
  {
    rule: 'Unknown fields are rejected (the list of fields is complete)',
    where: 'body',
    valid: { enabled_events: ['business.updated'] },
    invalid: { enabled_events: ['business.updated'], events: ['business.updated'] },
    pointer: '/events',
  },
];
