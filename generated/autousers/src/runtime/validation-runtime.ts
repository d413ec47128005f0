// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * Validation runtime for specforge's compiled validators. Copied verbatim into every generated package:
 * self-contained, dependency-free, and importing it only defines things.
 */

/** One failure: where (RFC 6901 JSON pointer), which JSON Schema keyword, and a sentence for people. */
export interface ValidationError {
  pointer: string;
  keyword: string;
  message: string;
}

/** Every compiled validator has this shape: it returns validity and pushes one error per failure found. */
export type SchemaValidator = (value: unknown, pointer: string, errors: ValidationError[]) => boolean;

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** Object.prototype and getPrototypeOf, as they were when the runtime loaded (see hasOwn). */
export const OBJECT_PROTOTYPE: Readonly<Record<string, unknown>> = Object.prototype as Readonly<Record<string, unknown>>;
export const getPrototypeOf: (value: object) => object | null = Object.getPrototypeOf;

/**
 * Whether `key` is an own property of `object` (so `__proto__`, `constructor`, `toString` are ordinary names, and
 * a polluted `Object.prototype` adds none). Validators look the value up first: an undefined one is no JSON value,
 * so a property holding it counts as absent, and most absent properties cost no call.
 */
export function hasOwn(object: object, key: string): boolean {
  return hasOwnProperty.call(object, key);
}

/** Escapes one JSON pointer segment: `~` becomes `~0`, `/` becomes `~1`. */
export function escapePointerSegment(segment: string): string {
  if (segment.indexOf('~') === -1 && segment.indexOf('/') === -1) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The pointer of `key` inside the value at `parent`; the value at `parent` itself when `key` is undefined. A
 * string key is a pointer segment, escaped already (compiled validators escape names when they are compiled).
 */
export function joinPointer(parent: string, key: string | number | undefined): string {
  return key === undefined ? parent : parent + '/' + key;
}

/** Length in Unicode code points (a surrogate pair counts once), as JSON Schema counts characters. */
export function codePointLength(text: string): number {
  const units = text.length;
  let length = units;
  for (let i = 0; i < units; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < units) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** Equality with JSON semantics: objects by own keys regardless of order, arrays by items, numbers by value. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const left = a as readonly unknown[];
    const right = b as readonly unknown[];
    const length = left.length;
    if (length !== right.length) return false;
    for (let i = 0; i < length; i++) {
      if (!deepEqual(left[i], right[i])) return false;
    }
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!hasOwnProperty.call(right, key) || !deepEqual(left[key], right[key])) return false;
  }
  return true;
}

/** Whether `values` holds a value deep-equal to `value`. */
export function includesDeep(values: readonly unknown[], value: unknown): boolean {
  for (let i = 0; i < values.length; i++) {
    if (deepEqual(values[i], value)) return true;
  }
  return false;
}

/**
 * The indices `[first, second]` of the first pair of deep-equal items, or `undefined` when all items are unique.
 */
export function findDuplicateItems(items: readonly unknown[]): [number, number] | undefined {
  const length = items.length;
  for (let j = 1; j < length; j++) {
    const item = items[j];
    const isComposite = typeof item === 'object' && item !== null;
    for (let i = 0; i < j; i++) {
      const other = items[i];
      if (isComposite ? deepEqual(other, item) : other === item) return [i, j];
    }
  }
  return undefined;
}

interface Decimal {
  mantissa: string;
  exponent: number;
}

/** The exact decimal a finite number is written as (its shortest round-trip form): digits × 10^exponent. */
function toDecimal(value: number): Decimal {
  const text = String(Math.abs(value));
  const e = text.indexOf('e');
  const digitsPart = e === -1 ? text : text.slice(0, e);
  let exponent = e === -1 ? 0 : Number(text.slice(e + 1));
  const dot = digitsPart.indexOf('.');
  let digits = digitsPart;
  if (dot !== -1) {
    digits = digitsPart.slice(0, dot) + digitsPart.slice(dot + 1);
    exponent -= digitsPart.length - dot - 1;
  }
  digits = digits.replace(/^0+(?=\d)/, '');
  return { mantissa: digits, exponent };
}

/**
 * Whether `value` is an integer multiple of `divisor`, exactly, with both read as the decimals they are written as
 * (so 0.3 is a multiple of 0.1, which floating-point division gets wrong).
 */
export function isMultipleOf(value: number, divisor: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(divisor) || divisor === 0) return false;
  if (Number.isInteger(value) && Number.isInteger(divisor)) return value % divisor === 0;
  const a = toDecimal(value);
  const b = toDecimal(divisor);
  const exponent = Math.min(a.exponent, b.exponent);
  const aScale = a.exponent - exponent;
  const bScale = b.exponent - exponent;
  if (a.mantissa.length + aScale <= 15 && b.mantissa.length + bScale <= 15) {
    const left = Number(a.mantissa) * 10 ** aScale;
    const right = Number(b.mantissa) * 10 ** bScale;
    return left % right === 0;
  }
  const ten = BigInt(10);
  const left = BigInt(a.mantissa) * ten ** BigInt(aScale);
  const right = BigInt(b.mantissa) * ten ** BigInt(bScale);
  return left % right === BigInt(0);
}

// ---------------------------------------------------------------------------------------------------------------
// Formats

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 `full-date`, with month and day ranges checked (29 February only in leap years). */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month] ?? 0);
  return day <= days;
}

/** RFC 3339 `full-time` (offset required); second 60 only where it is 23:59:60 in UTC (a leap second). */
export function isTime(text: string): boolean {
  const match = TIME.exec(text);
  if (match === null) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const offsetHour = match[5] === undefined ? 0 : Number(match[5]);
  const offsetMinute = match[6] === undefined ? 0 : Number(match[6]);
  if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
  if (second < 60) return true;
  const sign = match[4] === '-' ? -1 : 1;
  const utcMinutes = (((hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute)) % 1440) + 1440) % 1440;
  return utcMinutes === 23 * 60 + 59;
}

/** RFC 3339 `date-time`. */
export function isDateTime(text: string): boolean {
  if (text.length < 20) return false;
  const separator = text.charCodeAt(10);
  if (separator !== 0x54 && separator !== 0x74) return false;
  return isDate(text.slice(0, 10)) && isTime(text.slice(11));
}

const DURATION =
  /^P(?:\d+W|(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))$/;

/** RFC 3339 appendix A `duration` (ISO 8601). */
export function isDuration(text: string): boolean {
  return DURATION.test(text);
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** Dotted-quad IPv4 address (no leading zeros). */
export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

function countIpv6Groups(part: string, allowIpv4Tail: boolean): number {
  if (part === '') return 0;
  const groups = part.split(':');
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] ?? '';
    if (HEX_GROUP.test(group)) count++;
    else if (allowIpv4Tail && i === groups.length - 1 && IPV4.test(group)) count += 2;
    else return -1;
  }
  return count;
}

/** RFC 4291 IPv6 address text (no zone identifier). */
export function isIpv6(text: string): boolean {
  if (text.length < 2 || text.length > 45) return false;
  const gap = text.indexOf('::');
  if (gap === -1) return countIpv6Groups(text, true) === 8;
  if (text.indexOf('::', gap + 1) !== -1) return false;
  const head = text.slice(0, gap);
  const tail = text.slice(gap + 2);
  const headCount = countIpv6Groups(head, false);
  const tailCount = countIpv6Groups(tail, true);
  return headCount >= 0 && tailCount >= 0 && headCount + tailCount <= 7;
}

const HOSTNAME_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** RFC 1123 host name: dot-separated labels of 1 to 63 letters, digits and inner hyphens, 253 characters at most. */
export function isHostname(text: string): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.split('.');
  for (const label of labels) {
    if (!HOSTNAME_LABEL.test(label)) return false;
    if (/^xn--/i.test(label) && !isALabel(label.slice(4))) return false;
  }
  return true;
}

/** Whether the Punycode after `xn--` decodes to a label IDNA2008 (RFC 5891, 5892) allows. */
function isALabel(encoded: string): boolean {
  const label = decodePunycode(encoded.toLowerCase());
  if (label === undefined || label.length === 0) return false;
  const chars = Array.from(label);
  if (chars[2] === '-' && chars[3] === '-') return false;
  if (/^\p{M}/u.test(label) || IDNA_DISALLOWED.test(label)) return false;
  const digits = /[\u0660-\u0669]/.test(label);
  if (digits && /[\u06F0-\u06F9]/.test(label)) return false;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const before = chars[i - 1];
    const after = chars[i + 1];
    switch (char) {
      case '\u00B7': // MIDDLE DOT: between two 'l's
        if (before !== 'l' || after !== 'l') return false;
        break;
      case '\u0375': // GREEK LOWER NUMERAL SIGN (KERAIA): before Greek
        if (after === undefined || !/\p{Script=Greek}/u.test(after)) return false;
        break;
      case '\u05F3': // HEBREW PUNCTUATION GERESH and GERSHAYIM: after Hebrew
      case '\u05F4':
        if (before === undefined || !/\p{Script=Hebrew}/u.test(before)) return false;
        break;
      case '\u30FB': // KATAKANA MIDDLE DOT: in a label with Hiragana, Katakana or Han
        if (!/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(label.replace(/\u30FB/g, ''))) return false;
        break;
      case '\u200D': // ZERO WIDTH JOINER: after a virama
        if (before === undefined || !VIRAMA.test(before)) return false;
        break;
      case '\u200C': // ZERO WIDTH NON-JOINER: after a virama, or between joining letters
        if (before === undefined || !(VIRAMA.test(before) || (JOINING.test(before) && after !== undefined && JOINING.test(after)))) return false;
        break;
    }
  }
  return true;
}

// RFC 5892's DISALLOWED exceptions (section 2.6).
const IDNA_DISALLOWED = /[\u0640\u07FA\u302E\u302F\u3031-\u3035\u303B]/;
// Characters of canonical combining class 9 (Virama), which RFC 5892's CONTEXTJ rules name.
const VIRAMA = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u0E3A\u0EBA\u0F84\u1039\u103A\u1714\u1715\u1734\u17D2\u1A60\u1B44\u1BAA\u1BAB\u1BF2\u1BF3\u2D7F\uA806\uA82C\uA8C4\uA953\uA9C0\uAAF6\uABED]|\uD802\uDE3F|\uD804[\uDC46\uDC70\uDC7F\uDCB9\uDD33\uDD34\uDDC0\uDE35\uDEEA\uDF4D]|\uD805[\uDC42\uDCC2\uDDBF\uDE3F\uDEB6\uDF2B]|\uD806[\uDC39\uDD3D\uDD3E\uDDE0\uDE34\uDE47\uDE99]|\uD807[\uDC3F\uDD44\uDD45\uDD97]/;
// Letters that join on both sides, around which a ZERO WIDTH NON-JOINER is meaningful (Arabic, Syriac, N'Ko…).
const JOINING = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Mandaic}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}]/u;

/** RFC 3492's Punycode decoder (the part after `xn--`); undefined when the text is not valid Punycode. */
function decodePunycode(input: string): string | undefined {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const output: number[] = [];
  const delimiter = input.lastIndexOf('-');
  for (let i = 0; i < Math.max(delimiter, 0); i++) {
    const code = input.charCodeAt(i);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return undefined;
      const code = input.charCodeAt(index++);
      const digit = code >= 48 && code <= 57 ? code - 22 : code >= 97 && code <= 122 ? code - 97 : base;
      if (digit >= base) return undefined;
      i += digit * w;
      if (i > 0x10ffff * 64) return undefined;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    const length = output.length + 1;
    let delta = oldI === 0 ? Math.floor((i - oldI) / damp) : (i - oldI) >> 1;
    delta += Math.floor(delta / length);
    let k = 0;
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
    bias = Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

const EMAIL_LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_LOCAL_QUOTED = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;

/** RFC 5321 mailbox: dot-atom or quoted local part; host name, `[IPv4]` or `[IPv6:…]` domain. */
export function isEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at < 1 || at === text.length - 1) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64) return false;
  if (!EMAIL_LOCAL_ATOM.test(local) && !EMAIL_LOCAL_QUOTED.test(local)) return false;
  if (domain.startsWith('[') && domain.endsWith(']')) {
    const literal = domain.slice(1, -1);
    return literal.startsWith('IPv6:') ? isIpv6(literal.slice(5)) : isIpv4(literal);
  }
  return isHostname(domain);
}

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** RFC 4122 UUID in its hyphenated text form. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

const JSON_POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;

/** RFC 6901 JSON pointer (`~` only as `~0` or `~1`). */
export function isJsonPointer(text: string): boolean {
  return JSON_POINTER.test(text);
}

/** Whether `text` is an ECMA-262 regular expression (compiled in Unicode mode, never run). */
export function isRegex(text: string): boolean {
  try {
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
}

// RFC 3986, appendix A. The IP literal's contents are captured and checked by isIpv6 / IPVFUTURE.
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|" + PCT + ')';
const SEGMENT_NZ_NC = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=@]|" + PCT + ')+';
const AUTHORITY =
  "(?:(?:[A-Za-z0-9\\-._~!$&'()*+,;=:]|" +
  PCT +
  ')*@)?(?:\\[([^\\]]*)\\]|(?:[A-Za-z0-9\\-._~!$&\'()*+,;=]|' +
  PCT +
  ')*)(?::\\d*)?';
const PATH_ABEMPTY = '(?:/' + PCHAR + '*)*';
const PATH_ABSOLUTE = '/(?:' + PCHAR + '+(?:/' + PCHAR + '*)*)?';
const PATH_ROOTLESS = PCHAR + '+(?:/' + PCHAR + '*)*';
const PATH_NOSCHEME = SEGMENT_NZ_NC + '(?:/' + PCHAR + '*)*';
const QUERY_FRAGMENT = '(?:\\?(?:' + PCHAR + '|[/?])*)?(?:#(?:' + PCHAR + '|[/?])*)?';
const URI = new RegExp(
  '^[A-Za-z][A-Za-z0-9+\\-.]*:(?://' +
    AUTHORITY +
    PATH_ABEMPTY +
    '|' +
    PATH_ABSOLUTE +
    '|' +
    PATH_ROOTLESS +
    ')?' +
    QUERY_FRAGMENT +
    '$',
);
const RELATIVE_REF = new RegExp(
  '^(?://' + AUTHORITY + PATH_ABEMPTY + '|' + PATH_ABSOLUTE + '|' + PATH_NOSCHEME + ')?' + QUERY_FRAGMENT + '$',
);
const IPVFUTURE = /^v[0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+$/;

function checkIpLiteral(match: RegExpExecArray): boolean {
  const literal = match[1];
  return literal === undefined || isIpv6(literal) || IPVFUTURE.test(literal);
}

/** RFC 3986 absolute URI (a scheme is required; a fragment is allowed). */
export function isUri(text: string): boolean {
  if (PLAIN_WEB_URI.test(text)) return true;
  const match = URI.exec(text);
  return match !== null && checkIpLiteral(match);
}

// Most URIs are plain web addresses: an http(s) scheme, a registered name, maybe a port, and paths, queries and
// fragments of unreserved and sub-delimiter characters, without percent-encoding. Every string it matches is an
// RFC 3986 URI, so it answers for them with a simple expression; all others go to the full grammar.
const PLAIN_WEB_URI = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]*)?(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?$/;

/** RFC 3986 URI reference: a URI or a relative reference. */
export function isUriReference(text: string): boolean {
  if (isUri(text)) return true;
  const match = RELATIVE_REF.exec(text);
  return match !== null && checkIpLiteral(match);
}

/** Rewords the errors a property name caused (from index `from` on) as `propertyNames` errors about that name. */
export function markPropertyNameErrors(errors: ValidationError[], from: number): void {
  for (let i = from; i < errors.length; i++) {
    const error = errors[i];
    if (error === undefined) continue;
    errors[i] = { pointer: error.pointer, keyword: 'propertyNames', message: 'property name ' + error.message };
  }
}

/**
 * What the keywords applied in place to one object or array have evaluated of it, for `unevaluatedProperties`
 * and `unevaluatedItems`: property names, and item indices (the first `items`, and some others).
 */
export interface Evaluated {
  properties: Set<string>;
  allProperties: boolean;
  items: number;
  itemSet: Set<number>;
  allItems: boolean;
}

export function newEvaluated(): Evaluated {
  return { properties: new Set(), allProperties: false, items: 0, itemSet: new Set(), allItems: false };
}

/** Adds what `from` evaluated (a subschema that matched) to `into`. */
export function mergeEvaluated(into: Evaluated, from: Evaluated): void {
  if (from.allProperties) into.allProperties = true;
  else for (const name of from.properties) into.properties.add(name);
  if (from.allItems) into.allItems = true;
  if (from.items > into.items) into.items = from.items;
  for (const index of from.itemSet) into.itemSet.add(index);
}

/** Records the names of `properties` that `object` has. */
export function evaluateProperties(evaluated: Evaluated, object: object, names: readonly string[]): void {
  for (const name of names) if (hasOwnProperty.call(object, name)) evaluated.properties.add(name);
}

/** Records the first `count` items. */
export function evaluateItems(evaluated: Evaluated, count: number): void {
  if (count > evaluated.items) evaluated.items = count;
}

export function isEvaluatedProperty(evaluated: Evaluated, name: string): boolean {
  return evaluated.allProperties || evaluated.properties.has(name);
}

export function isEvaluatedItem(evaluated: Evaluated, index: number): boolean {
  return evaluated.allItems || index < evaluated.items || evaluated.itemSet.has(index);
}

/** A function a `$dynamicRef` may call: a compiled schema that records what it evaluated. */
export type DynamicTarget = (value: unknown, parent: string, key: string | number | undefined, errors: ValidationError[], dynamic: DynamicScope, evaluated: Evaluated) => boolean;

/**
 * The dynamic scope of JSON Schema 2020-12: for each `$dynamicAnchor` name, the schema of the outermost resource
 * evaluation has entered that declares it.
 */
export type DynamicScope = ReadonlyMap<string, DynamicTarget>;

export function newDynamicScope(): DynamicScope {
  return new Map();
}

/** The scope after entering a resource that declares `anchors`: names already in scope keep their outer schema. */
export function enterDynamicScope(scope: DynamicScope, anchors: readonly (readonly [string, DynamicTarget])[]): DynamicScope {
  let entered: Map<string, DynamicTarget> | undefined;
  for (const [name, target] of anchors) {
    if (scope.has(name)) continue;
    entered ??= new Map(scope);
    entered.set(name, target);
  }
  return entered ?? scope;
}
