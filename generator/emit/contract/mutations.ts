import { jsonType, typesOf, type SchemaObject } from './schema-shape.js';
import { numberBounds, type ValueBuilder } from './schema-values.js';
import { formatBreaker } from './string-formats.js';
import { show, type Carrier, type Variant } from './variants.js';

/** A property name no schema declares, for the unknown-field case. */
export const UNKNOWN_FIELD = 'specforge_unknown_field';

/**
 * One-step-wrong values of one field, each meant to break exactly one rule: one past each bound, a wrong type, a
 * value outside the enum, a broken format or pattern. The caller keeps those the validator rejects for that rule.
 */
export function mutatedValues(flat: SchemaObject, carrier: Carrier, builder: ValueBuilder, valid: unknown): Variant[] {
  const out: Variant[] = [];
  const types = typesOf(flat);
  const wrongType = wrongTypeValue(types, carrier);
  if (wrongType !== undefined) out.push({ rule: 'type', words: `${show(wrongType)}, not of type ${types.join(' or ')}`, value: wrongType, keywords: ['type'] });
  if ('const' in flat) {
    const value = typeof flat['const'] === 'string' ? `${flat['const']}-other` : typeof flat['const'] === 'number' ? flat['const'] + 1 : undefined;
    if (value !== undefined) out.push({ rule: 'const', words: `${show(value)}, not its const ${show(flat['const'])}`, value, keywords: ['const'] });
  }
  if (Array.isArray(flat['enum'])) {
    const values = flat['enum'] as unknown[];
    const first = values.find((v) => typeof v === 'string' || typeof v === 'number');
    const outside = typeof first === 'string' ? `${first}_not_listed` : typeof first === 'number' ? Math.max(...values.filter((v): v is number => typeof v === 'number')) + 1 : undefined;
    if (outside !== undefined) out.push({ rule: 'enum', words: `${show(outside)}, outside its enum`, value: outside, keywords: ['enum'] });
  }
  if (types.includes('string')) {
    if (typeof flat['maxLength'] === 'number') {
      const value = builder.string({ ...flat, maxLength: undefined, minLength: undefined, pattern: flat['pattern'] }, flat['maxLength'] + 1);
      if (typeof value === 'string') out.push({ rule: 'maxLength', words: `${flat['maxLength'] + 1} characters, one past its maxLength`, value, keywords: ['maxLength'] });
    }
    if (typeof flat['minLength'] === 'number' && flat['minLength'] > 0) {
      const length = flat['minLength'] - 1;
      const value = builder.string({ ...flat, minLength: undefined, maxLength: undefined }, length);
      if (typeof value === 'string') out.push({ rule: 'minLength', words: `${length} characters, one short of its minLength`, value, keywords: ['minLength'] });
    }
    if (typeof flat['format'] === 'string') {
      const broken = formatBreaker(flat['format']);
      if (broken) out.push({ rule: 'format', words: `${show(broken.value)}, ${broken.words}`, value: broken.value, keywords: ['format'] });
    }
    if (typeof flat['pattern'] === 'string') {
      const pattern = flat['pattern'];
      const base = typeof valid === 'string' ? valid : 'value';
      const candidates: { value: string; words: string }[] = [];
      if (/^https:\/\//.test(base) && pattern.includes('https')) {
        candidates.push({ value: base.replace(/^https:/, 'http:'), words: `an http URL, which the pattern ${pattern} forbids` });
      }
      for (const value of [`!${base}`, `${base}!`, ' ', '!', base.toUpperCase(), base.toLowerCase(), `${base} ${base}`, '0', 'a']) {
        candidates.push({ value, words: `${show(value)}, which the pattern ${pattern} does not match` });
      }
      for (const candidate of candidates) {
        if (!safeRegex(pattern)?.test(candidate.value)) {
          out.push({ rule: 'pattern', ...candidate, keywords: ['pattern'] });
          break;
        }
      }
    }
  }
  for (const type of ['integer', 'number'] as const) {
    if (!types.includes(type)) continue;
    const integer = type === 'integer' && !types.includes('number');
    const { low, high, step } = numberBounds(flat, integer);
    const unit = integer ? 1 : typeof flat['multipleOf'] === 'number' ? flat['multipleOf'] : step;
    if (typeof flat['exclusiveMaximum'] === 'number') out.push({ rule: 'exclusiveMaximum', words: `${flat['exclusiveMaximum']}, its exclusiveMaximum itself`, value: flat['exclusiveMaximum'], keywords: ['exclusiveMaximum'] });
    else if (Number.isFinite(high)) out.push({ rule: 'maximum', words: `${high + unit}, one step past its maximum ${high}`, value: high + unit, keywords: ['maximum'] });
    if (typeof flat['exclusiveMinimum'] === 'number') out.push({ rule: 'exclusiveMinimum', words: `${flat['exclusiveMinimum']}, its exclusiveMinimum itself`, value: flat['exclusiveMinimum'], keywords: ['exclusiveMinimum'] });
    else if (Number.isFinite(low)) out.push({ rule: 'minimum', words: `${low - unit}, one step below its minimum ${low}`, value: low - unit, keywords: ['minimum'] });
    if (typeof flat['multipleOf'] === 'number' && typeof valid === 'number') {
      const value = valid + flat['multipleOf'] / 2;
      out.push({ rule: 'multipleOf', words: `${value}, not a multiple of ${flat['multipleOf']}`, value, keywords: ['multipleOf'] });
    }
    if (integer && typeof valid === 'number') out.push({ rule: 'integer', words: `${valid + 0.5}, not an integer`, value: valid + 0.5, keywords: ['type'] });
    break;
  }
  if (types.includes('array') && Array.isArray(valid)) {
    if (typeof flat['maxItems'] === 'number' && flat['maxItems'] < 100) {
      const value = builder.arrayOfLength({ ...flat, uniqueItems: flat['uniqueItems'] }, flat['maxItems'] + 1);
      if (Array.isArray(value)) out.push({ rule: 'maxItems', words: `${flat['maxItems'] + 1} items, one past its maxItems`, value, keywords: ['maxItems'] });
    }
    if (typeof flat['minItems'] === 'number' && flat['minItems'] > 0) {
      const value = valid.slice(0, flat['minItems'] - 1);
      out.push({ rule: 'minItems', words: `${value.length} items, one short of its minItems`, value, keywords: ['minItems'] });
    }
    if (flat['uniqueItems'] === true && valid.length > 0) {
      const value = [valid[0], ...valid];
      out.push({ rule: 'uniqueItems', words: `a repeated item, which uniqueItems forbids`, value, keywords: ['uniqueItems'] });
    }
  }
  if (types.includes('object') && valid !== null && typeof valid === 'object' && !Array.isArray(valid) && carrier === 'body') {
    const closed = flat['additionalProperties'] === false ? 'additionalProperties' : flat['unevaluatedProperties'] === false ? 'unevaluatedProperties' : undefined;
    const declared = Object.hasOwn((flat['properties'] ?? {}) as object, UNKNOWN_FIELD);
    if (closed && !declared) {
      out.push({ rule: 'unknown', words: `an unknown field ${UNKNOWN_FIELD}, which ${closed}: false forbids`, value: { ...valid, [UNKNOWN_FIELD]: 'x' }, keywords: [closed] });
    }
  }
  return out;
}

/** A value of another JSON type than the field's, one that survives the trip as text where it is a parameter. */
function wrongTypeValue(types: string[], carrier: Carrier): unknown {
  if (types.length === 0) return undefined;
  if (carrier === 'parameter') {
    // Every parameter arrives as text: only a word read back under a type without strings is wrong.
    if (types.includes('string') || types.includes('array') || types.includes('object')) return undefined;
    return 'not_a_value';
  }
  for (const candidate of ['text', 12345, true, [], {}]) {
    const t = jsonType(candidate);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return candidate;
  }
  return undefined;
}

function safeRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
}
