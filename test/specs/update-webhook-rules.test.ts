import { beforeAll, describe, expect, it } from 'vitest';
import { updateWebhookRules as agentmessage } from './rules/agentmessage.js';
import { updateWebhookRules as autosend } from './rules/autosend.js';
import { updateWebhookRules as autousers } from './rules/autousers.js';
import type { BoundCase } from './rules/bound-case.js';
import { updateWebhookRules as middesk } from './rules/middesk.js';
import { dereferencedSpec, operation, validate, type Vendor } from './support/spec-fixtures.js';

const RULES: Record<Vendor, BoundCase[]> = { autousers, autosend, agentmessage, middesk };

/** Validates one request part of updateWebhook against the spec: the JSON body, or parameters as sent on the wire. */
function check(op: any, rule: BoundCase, part: unknown) {
  if (rule.where === 'body') return validate(op.requestBody.content['application/json'].schema, part);
  const pointers: string[] = [];
  const messages: string[] = [];
  for (const [name, value] of Object.entries(part as Record<string, string>)) {
    const parameter = op.parameters.find((p: any) => p.in === rule.where && p.name.toLowerCase() === name.toLowerCase());
    if (!parameter) throw new Error(`updateWebhook has no ${rule.where} parameter ${name}`);
    const outcome = validate(parameter.schema, value, 'parameter');
    if (!outcome.ok) {
      pointers.push(`/${name}`);
      messages.push(...outcome.messages);
    }
  }
  return { ok: pointers.length === 0, pointers, messages };
}

describe.each(Object.keys(RULES) as Vendor[])('%s updateWebhook: each documented rule on both sides of its bound', (vendor) => {
  let op: any;
  beforeAll(async () => {
    op = operation(await dereferencedSpec(vendor), 'updateWebhook');
  });

  it('has a case for each rule', () => {
    expect(RULES[vendor].length).toBeGreaterThanOrEqual(15);
  });

  it.each(RULES[vendor].map((rule) => [rule.rule, rule] as const))('%s', (_name, rule) => {
    expect(check(op, rule, rule.valid).messages, 'the valid side').toEqual([]);
    const invalid = check(op, rule, rule.invalid);
    expect(invalid.ok, 'the invalid side').toBe(false);
    expect(invalid.pointers, 'the field at fault').toContain(rule.pointer);
  });
});
