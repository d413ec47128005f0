import type { BoundCase } from './bound-case.js';

/** The documented rules of AutoSend's `PUT /webhooks/{id}` (specs/autosend.yaml, `updateWebhook`). */

export const updateWebhookRules: BoundCase[] = [
  // Body: the whole
  {
    rule: 'All fields are optional — only the fields you supply are updated (body is a JSON object)',
    where: 'body',
    valid: {},
    invalid: [],
    pointer: '',
  },
  {
    rule: 'Body: only url, events and isActive are accepted',
    where: 'body',
    valid: { isActive: true },
    invalid: { isActive: true, active: true },
    pointer: '/active',
  },
  {
    rule: 'Body: metadata is accepted on create only',
    where: 'body',
    valid: { url: 'https://example.com/webhooks/autosend' },
    invalid: { url: 'https://example.com/webhooks/autosend', metadata: { team: 'growth' } },
    pointer: '/metadata',
  },

  // secret
  {
    rule: 'The signing secret is immutable. Supplying a secret field returns a 400 error.',
    where: 'body',
    valid: { events: ['email.delivered'], isActive: false },
    invalid: { events: ['email.delivered'], isActive: false, secret: 'whsec_new' },
    pointer: '/secret',
  },
  {
    rule: 'Supplying a secret field returns a 400 error (even null)',
    where: 'body',
    valid: { isActive: true },
    invalid: { isActive: true, secret: null },
    pointer: '/secret',
  },

  // url
  {
    rule: 'url: must include the http/https protocol (http is accepted)',
    where: 'body',
    valid: { url: 'http://example.com/webhooks/autosend' },
    invalid: { url: 'ftp://example.com/webhooks/autosend' },
    pointer: '/url',
  },
  {
    rule: 'url: must include the http/https protocol (https is accepted)',
    where: 'body',
    valid: { url: 'https://example.com/webhooks/autosend' },
    invalid: { url: 'example.com/webhooks/autosend' },
    pointer: '/url',
  },
  {
    rule: 'url: string',
    where: 'body',
    valid: { url: 'https://example.com/webhooks/autosend' },
    invalid: { url: null },
    pointer: '/url',
  },

  // events
  {
    rule: 'events: Must contain at least one valid event',
    where: 'body',
    valid: { events: ['email.opened'] },
    invalid: { events: [] },
    pointer: '/events',
  },
  {
    rule: 'events: valid event names only',
    where: 'body',
    valid: { events: ['email.group_resubscribed'] },
    invalid: { events: ['email.group_resubscribe'] },
    pointer: '/events/0',
  },
  {
    rule: 'events: valid event names only (every item)',
    where: 'body',
    valid: { events: ['email.sent', 'contact.deleted'] },
    invalid: { events: ['email.sent', 'contact.merged'] },
    pointer: '/events/1',
  },
  {
    rule: 'events: valid event names only (no wildcard)',
    where: 'body',
    valid: { events: ['contact.created'] },
    invalid: { events: ['*'] },
    pointer: '/events/0',
  },
  {
    rule: 'events: string[]',
    where: 'body',
    valid: { events: ['email.clicked'] },
    invalid: { events: 'email.clicked' },
    pointer: '/events',
  },
  {
    rule: 'events: string[] (items are strings)',
    where: 'body',
    valid: { events: ['email.bounced'] },
    invalid: { events: [42] },
    pointer: '/events/0',
  },
  {
    rule: 'events: string[], not nullable',
    where: 'body',
    valid: { events: ['email.spam_reported'] },
    invalid: { events: null },
    pointer: '/events',
  },

  // isActive
  {
    rule: 'isActive: boolean',
    where: 'body',
    valid: { isActive: false },
    invalid: { isActive: 'false' },
    pointer: '/isActive',
  },
  {
    rule: 'isActive: boolean, not nullable',
    where: 'body',
    valid: { isActive: true },
    invalid: { isActive: null },
    pointer: '/isActive',
  },
];
