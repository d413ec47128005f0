import { beforeAll, describe, expect, it } from 'vitest';
import { updateWebhookRules as agentmessage } from '../specs/rules/agentmessage.js';
import { updateWebhookRules as autosend } from '../specs/rules/autosend.js';
import { updateWebhookRules as autousers } from '../specs/rules/autousers.js';
import type { BoundCase } from '../specs/rules/bound-case.js';
import { updateWebhookRules as middesk } from '../specs/rules/middesk.js';
import { join } from 'node:path';
import { projectRoot, runCli } from '../support/run-cli.js';
import { importPackage, tempDir } from './support/generated-package.js';

/** A request to updateWebhook that is valid apart from the part a rule is about. */
const BASE: Record<string, { path: Record<string, string>; body: unknown }> = {
  autousers: { path: { id: 'clzq3x8k20000ab12cd34ef56' }, body: {} },
  autosend: { path: { id: '60d5ec49f1b2c72d9c8b1234' }, body: {} },
  agentmessage: { path: { id: '497f6eca-6276-4993-bfeb-53cbbbba6f08' }, body: {} },
  middesk: { path: { id: '497f6eca-6276-4993-bfeb-53cbbbba6f08' }, body: {} },
};
const RULES: Record<string, BoundCase[]> = { autousers, autosend, agentmessage, middesk };
const PART = { body: 'body', path: 'path', query: 'query', header: 'header' } as const;

function request(vendor: string, rule: BoundCase, part: unknown) {
  const base = BASE[vendor]!;
  if (rule.where === 'body') return { path: base.path, body: part };
  if (rule.where === 'path') return { path: { ...base.path, ...(part as object) }, body: base.body };
  if (rule.where === 'header') return { path: base.path, headers: part as Record<string, string>, body: base.body };
  return { path: base.path, query: part as Record<string, string>, body: base.body };
}

// The generated validators enforce every documented rule of the seed operation, through the package's own entry point.
describe.each(Object.keys(RULES))('%s: endpoints.updateWebhook.validateRequest', (vendor) => {
  let endpoint: { validateRequest(request: unknown): { ok: boolean; errors?: { in: string; pointer: string }[] } };
  beforeAll(async () => {
    const dir = tempDir(`update-${vendor}`);
    const result = runCli(['generate', `specs/${vendor}.yaml`, '--out', dir]);
    expect(result.code, result.stderr).toBe(0);
    endpoint = (await importPackage(dir)).endpoints.updateWebhook;
  });

  it('accepts the base request', () => {
    expect(endpoint.validateRequest(request(vendor, { where: 'body' } as BoundCase, BASE[vendor]!.body))).toMatchObject({ ok: true });
  });

  it.each(RULES[vendor]!.map((rule) => [rule.rule, rule] as const))('%s', (_name, rule) => {
    expect(endpoint.validateRequest(request(vendor, rule, rule.valid)).errors ?? []).toEqual([]);
    const invalid = endpoint.validateRequest(request(vendor, rule, rule.invalid));
    expect(invalid.ok).toBe(false);
    expect(invalid.errors!.map((e) => `${e.in} ${e.pointer}`)).toContain(`${PART[rule.where]} ${rule.pointer}`);
  });
});


describe('an enum error of a generated package', () => {
  it('names the allowed values, ten then how many more, so that the caller can mend the request', async () => {
    const { endpoints } = await importPackage(join(projectRoot, 'generated/autosend'));
    const result = endpoints.updateWebhook.validateRequest({ path: { id: '60d5ec49f1b2c72d9c8b1234' }, body: { events: ['email.nope'] } });
    expect(result.errors).toEqual([
      {
        in: 'body',
        pointer: '/events/0',
        keyword: 'enum',
        message:
          'must be equal to one of the allowed values: "email.sent", "email.delivered", "email.deferred", "email.bounced", "email.opened", ' +
          '"email.clicked", "email.spam_reported", "email.unsubscribed", "email.group_unsubscribed", "email.group_resubscribed", and 3 more',
      },
    ]);
  });
});
