import { numberBounds, type ValueBuilder } from './schema-values.js';
import { typesOf, type SchemaObject } from './schema-shape.js';
import { formatSample } from './string-formats.js';
import type { Random } from './random.js';
import { show, type Carrier, type Variant } from './variants.js';

/**
 * Values at the edge of each constraint of one field, each still valid for the field (the caller checks the whole
 * request, and drops what fails): exactly `maxLength`, `minimum`, `maxItems`…, each enum value, a format's edge.
 */
export function boundaryValues(flat: SchemaObject, carrier: Carrier, builder: ValueBuilder, random: Random): Variant[] {
  const out: Variant[] = [];
  if ('const' in flat) return [{ rule: 'const', words: `${show(flat['const'])}, its const`, value: flat['const'] }];
  if (Array.isArray(flat['enum'])) {
    (flat['enum'] as unknown[]).forEach((value, i) => {
      if (carrier === 'parameter' && (value === null || typeof value === 'object')) return;
      out.push({ rule: `enum/${typeof value === 'string' && /^[\w.:-]{1,40}$/.test(value) ? value : i}`, words: `${show(value)}, one of its enum values`, value });
    });
    return out;
  }
  const types = typesOf(flat);
  if (types.includes('null') && types.length > 1 && carrier === 'body') out.push({ rule: 'null', words: 'null, which its type allows', value: null });
  if (types.includes('string')) {
    const built = (length?: number) => builder.string(flat, length);
    if (typeof flat['maxLength'] === 'number') {
      const value = built(flat['maxLength']);
      if (typeof value === 'string') out.push({ rule: 'maxLength', words: `${flat['maxLength']} characters, its maxLength`, value });
    }
    if (typeof flat['minLength'] === 'number' && (flat['minLength'] > 0 || carrier === 'body')) {
      const value = built(flat['minLength']);
      if (typeof value === 'string') out.push({ rule: 'minLength', words: `${flat['minLength']} characters, its minLength`, value });
    }
    if (typeof flat['pattern'] === 'string') {
      const value = built();
      if (typeof value === 'string') out.push({ rule: 'pattern', words: `${show(value)}, which matches the pattern ${flat['pattern']}`, value });
    } else if (typeof flat['format'] === 'string') {
      const value = formatSample(flat['format'], random);
      if (value !== undefined) out.push({ rule: 'format', words: `${show(value)}, a valid ${flat['format']}`, value });
    }
  }
  for (const type of ['integer', 'number'] as const) {
    if (!types.includes(type)) continue;
    const { low, high } = numberBounds(flat, type === 'integer');
    if (Number.isFinite(low)) out.push({ rule: 'minimum', words: `${low}, its ${'exclusiveMinimum' in flat ? 'lowest value above exclusiveMinimum' : 'minimum'}`, value: low });
    if (Number.isFinite(high)) out.push({ rule: 'maximum', words: `${high}, its ${'exclusiveMaximum' in flat ? 'highest value below exclusiveMaximum' : 'maximum'}`, value: high });
    if (typeof flat['multipleOf'] === 'number') {
      const m = flat['multipleOf'];
      const value = Number.isFinite(low) ? Math.ceil(low / m) * m : m * 3;
      out.push({ rule: 'multipleOf', words: `${value}, a multiple of ${m}`, value });
    }
    break;
  }
  if (types.includes('boolean') && carrier === 'body') {
    out.push({ rule: 'true', words: 'true', value: true }, { rule: 'false', words: 'false', value: false });
  }
  if (types.includes('array')) {
    for (const [keyword, words] of [['minItems', 'its minItems'], ['maxItems', 'its maxItems']] as const) {
      const count = flat[keyword];
      if (typeof count !== 'number' || count > 100) continue;
      const value = builder.arrayOfLength(flat, count);
      if (Array.isArray(value)) out.push({ rule: keyword, words: `${count} items, ${words}`, value });
    }
  }
  return out;
}
