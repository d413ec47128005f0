import { describe, expect, it } from 'vitest';
import { fixturePackage, typeCheck } from './support/generated-package.js';

// test/generate/fixtures/blank-as-null.yaml: what a valid request holds in the fields marked x-specforge-blank-as-null.
describe('validateRequest gives a blank string in a field marked x-specforge-blank-as-null as null', () => {
  const fixture = fixturePackage('test/generate/fixtures/blank-as-null.yaml', 'blank-as-null');
  const { endpoints, valueOf } = fixture;

  it('makes each marked field that is blank after trimming null, through $ref and allOf, leaving the caller’s body unchanged', () => {
    const body = { label: ' ', title: '\t\n', plain: ' ', settings: { note: ' ' } };
    const before = structuredClone(body);
    const value = valueOf('createNote', { body });
    expect(value.body).toEqual({ label: null, title: null, plain: ' ', settings: { note: ' ' }, summary: '' });
    expect(body).toEqual(before);
    expect(value.body.settings).toBe(body.settings);
    expect(valueOf('updateNote', { path: { id: '1' }, body: { label: '' } }).body).toEqual({ label: null });
  });

  it('leaves text that is not blank, and values that are not strings, as they were sent, and the very body when nothing is blank', () => {
    const body = { label: ' a ', title: 'x', count: 0, summary: 's' };
    expect(valueOf('createNote', { body }).body).toBe(body);
    expect(valueOf('createNote', { body: { count: ' ' } }).body).toEqual({ count: null, summary: '' });
  });

  it('validates the field as sent: a blank string longer than its maxLength is refused', () => {
    expect(endpoints.createNote!.validateRequest({ body: { title: '      ' } })).toMatchObject({ ok: false, errors: [{ in: 'body', pointer: '/title', keyword: 'maxLength' }] });
    expect(endpoints.updateNote!.validateRequest({ path: { id: '1' }, body: { label: ' '.repeat(11) } })).toMatchObject({ ok: false, errors: [{ pointer: '/label' }] });
  });

  it('gives a blank default as it is: only a blank sent becomes null', () => {
    expect(valueOf('createNote', { body: {} }).body).toEqual({ summary: '' });
    expect(valueOf('createNote', { body: { summary: ' ' } }).body).toEqual({ summary: null });
  });

  it('writes a field named __proto__ as an own property, and nothing reaches Object.prototype', () => {
    const body = JSON.parse('{"__proto__": " "}');
    const value = valueOf('createNote', { body });
    expect(Object.getOwnPropertyDescriptor(value.body, '__proto__')?.value).toBeNull();
    expect(Object.getPrototypeOf(value.body)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(body, '__proto__')?.value).toBe(' ');
  });

  it('types the marked fields string | null in what a handler receives, and type-checks strictly', () => {
    const output = typeCheck(
      [{ dir: fixture.dir, name: 'blank-as-null' }],
      `import type { HandlerInput, UpdateNoteRequestBody } from 'blank-as-null';
export function label({ body }: HandlerInput<'updateNote'>): string | null | undefined {
  // @ts-expect-error a blank label arrives as null
  const text: string | undefined = body.label;
  const note: string | undefined = body.settings?.note;
  void text; void note;
  return body.label;
}
export function title({ body }: HandlerInput<'createNote'>): string | null {
  const plain: string | undefined = body.plain;
  void plain;
  return body.summary;
}
// @ts-expect-error a client sends a string, never null
export const cleared: UpdateNoteRequestBody = { label: null };
`,
    );
    expect(output).toBe('');
  });
});
