import { isObject } from '../../util/is-object.js';
import type { JsonSchema } from '../json-schema.js';
import { block, typedConst, type Lines } from './body-lines.js';
import { CHECKS_PER_FUNCTION } from './check-blocks.js';
import { keyPath, type InstancePath } from './instance-path.js';
import type { Keyword } from './keyword.js';
import { stringLiteral } from './literals.js';
import { SchemaSite, type SiteContext } from './schema-site.js';
import { isTrivial } from './trivial.js';
import { forbiddenKeyword, forbiddenPropertyNames } from '../vocabularies/openapi/read-write.js';

/** What the object keywords of one schema share, worked out once before any of them is compiled. */
export interface ObjectFacts {
  /** The local holding the value as an object. */
  object: string;
  /** The local saying whether the object is a plain one (see owns). */
  plain: string;
  /** Whether any check reads `plain`: then the function declares it (changes as checks are compiled). */
  used: { plain: boolean };
  forbidden: 'readOnly' | 'writeOnly' | undefined;
  /** Properties that may not be sent in this direction: not required, and an error when present. */
  forbiddenNames: ReadonlySet<string>;
  properties: Record<string, unknown>;
  propertyNames: readonly string[];
  patternProperties: Record<string, unknown>;
  patterns: readonly string[];
  /** Whether one for…in over the object finds the declared properties it owns into `slots` (see below). */
  scanning: boolean;
  slots: ReadonlyMap<string, string>;
  additional: JsonSchema | undefined;
  names: JsonSchema | undefined;
  needsAdditional: boolean;
  needsNames: boolean;
  needsLoop: boolean;
  /** Whether min/maxProperties count the keys. */
  countKeys: boolean;
  /** Whether the declared properties present are counted, so that the key loop runs only when there are others. */
  counted: boolean;
  /** Whether that count is compared with a for…in count, so that no list of keys is made unless they differ. */
  countedWithoutKeys: boolean;
  keys: string;
  total: string;
  others: string;
  scanKey: string | undefined;
  presentCount: string;
}

/**
 * The site of a schema's object keywords. They cooperate: one scan of the object (a for…in) finds the declared
 * properties it owns, each into a local slot, and counts the other keys; `required`, `properties`,
 * `dependentRequired` and `dependentSchemas` read the slots; `additionalProperties`, `patternProperties` and
 * `propertyNames` share one loop over the keys, which the counts let `additionalProperties` skip.
 */
export class ObjectSite extends SchemaSite {
  protected constructor(
    site: SchemaSite,
    context: SiteContext,
    protected readonly facts: ObjectFacts,
  ) {
    super(site.scope, site.schema, site.location, context);
  }

  static of(site: SchemaSite): ObjectSite {
    const { schema } = site;
    const object = site.local('o');
    const plain = site.local('p');
    const forbidden = forbiddenKeyword(site.direction);
    const forbiddenNames = forbidden === undefined ? new Set<string>() : forbiddenPropertyNames(site, forbidden);
    const properties = site.has('properties') ? schema['properties'] : {};
    if (!isObject(properties)) throw site.fail('properties', 'properties must be an object');
    const propertyNames = Object.keys(properties);
    const patternProperties = site.has('patternProperties') ? schema['patternProperties'] : {};
    if (!isObject(patternProperties)) throw site.fail('patternProperties', 'patternProperties must be an object');
    const patterns = Object.keys(patternProperties);
    const requiredCount = Array.isArray(schema['required']) ? schema['required'].length : 0;
    // Scanning: one for…in over the object finds the declared properties it owns, each into a local, and counts the
    // other keys. V8 all but removes a hasOwn inside a for…in over the same object, where Object.getPrototypeOf and a
    // look-up per name cost more than the checks of a small body. Not with patternProperties or propertyNames, which
    // look at every key anyway, nor when the checks are spread over functions (past CHECKS_PER_FUNCTION).
    const scanning =
      propertyNames.length > 0 && propertyNames.length <= CHECKS_PER_FUNCTION && requiredCount <= CHECKS_PER_FUNCTION && patterns.length === 0 && !site.has('propertyNames');
    const slots = new Map<string, string>();
    if (scanning) for (const name of propertyNames) slots.set(name, site.local('v'));
    const countKeys = site.nonNegativeInteger('minProperties') !== undefined || site.nonNegativeInteger('maxProperties') !== undefined;
    const additional = site.has('additionalProperties') ? site.subschema('additionalProperties') : undefined;
    const names = site.has('propertyNames') ? site.subschema('propertyNames') : undefined;
    const needsAdditional = additional !== undefined && !isTrivial(additional);
    const needsNames = names !== undefined && !isTrivial(names);
    // When only additionalProperties looks at the other keys, the declared ones present are counted: as many keys
    // as those means no other key, and the key loop is skipped.
    const counted = !scanning && needsAdditional && !needsNames && patterns.length === 0 && propertyNames.length > 0 && propertyNames.length <= CHECKS_PER_FUNCTION;
    const facts: ObjectFacts = {
      object,
      plain,
      used: { plain: false },
      forbidden,
      forbiddenNames,
      properties,
      propertyNames,
      patternProperties,
      patterns,
      scanning,
      slots,
      additional,
      names,
      needsAdditional,
      needsNames,
      needsLoop: needsAdditional || needsNames || patterns.length > 0,
      countKeys,
      counted,
      // Counting the declared properties present needs no list of keys unless the counts differ.
      countedWithoutKeys: counted && !countKeys,
      keys: site.local('k'),
      total: site.local('c'),
      others: site.local('c'),
      scanKey: scanning ? site.local('k') : undefined,
      presentCount: site.local('n'),
    };
    return new ObjectSite(site, site.context, facts);
  }

  /** This site writing into another flag and function (see check-blocks.ts); what the checks find is shared. */
  retarget(changes: Pick<SiteContext, 'valid' | 'body'>): ObjectSite {
    return new ObjectSite(this, { ...this.context, ...changes }, this.facts);
  }

  /** @internal For KeyLoopSite: the facts it shares. */
  get objectFacts(): ObjectFacts {
    return this.facts;
  }
  get object(): string {
    return this.facts.object;
  }
  get forbidden(): 'readOnly' | 'writeOnly' | undefined {
    return this.facts.forbidden;
  }
  get forbiddenNames(): ReadonlySet<string> {
    return this.facts.forbiddenNames;
  }
  get properties(): Record<string, unknown> {
    return this.facts.properties;
  }
  get propertyNames(): readonly string[] {
    return this.facts.propertyNames;
  }
  get patternProperties(): Record<string, unknown> {
    return this.facts.patternProperties;
  }
  get patterns(): readonly string[] {
    return this.facts.patterns;
  }
  get additional(): JsonSchema | undefined {
    return this.facts.additional;
  }
  get names(): JsonSchema | undefined {
    return this.facts.names;
  }
  get needsAdditional(): boolean {
    return this.facts.needsAdditional;
  }
  get counted(): boolean {
    return this.facts.counted;
  }
  /** The local counting the declared properties present (when `counted`). */
  get presentCount(): string {
    return this.facts.presentCount;
  }
  /** The expression of the object's number of own keys. */
  get keyCount(): string {
    return this.facts.scanning ? this.facts.total : `${this.facts.keys}.length`;
  }

  /** The local the scan found the property `name` in, if the object is scanned. */
  slot(name: string): string | undefined {
    return this.facts.slots.get(name);
  }

  hasOwnCall(name: string): string {
    return `${this.runtimeHelper('hasOwn')}(${this.object}, ${stringLiteral(name)})`;
  }

  /**
   * Whether the object's value for a name is its own: a plain object (JSON's) has no other unless Object.prototype
   * has one by that name, a cheap look-up; otherwise hasOwn says.
   */
  owns(name: string): string {
    this.facts.used.plain = true;
    return `(${this.facts.plain} && ${this.runtimeHelper('OBJECT_PROTOTYPE')}[${stringLiteral(name)}] === undefined || ${this.hasOwnCall(name)})`;
  }

  /** The declaration of `plain`; a function given a slice of the checks works it out the same for itself. */
  plainPrelude(): Lines {
    return [`const ${this.facts.plain} = ${this.runtimeHelper('getPrototypeOf')}(${this.object}) === ${this.runtimeHelper('OBJECT_PROTOTYPE')};`];
  }

  /** Whether the object has its own `name` (its scanned local, or a look-up). */
  present(name: string): string {
    const slot = this.slot(name);
    return slot !== undefined ? `${slot} !== undefined` : `${this.object}[${stringLiteral(name)}] !== undefined && ${this.owns(name)}`;
  }

  absent(name: string): string {
    const slot = this.slot(name);
    return slot !== undefined ? `${slot} === undefined` : `${this.object}[${stringLiteral(name)}] === undefined || !${this.owns(name)}`;
  }

  /** The scan, before the checks that read what it finds; or the list of keys, after them. */
  scan(): { before: Lines; after: Lines } {
    const { facts } = this;
    if (facts.scanning) {
      const key = facts.scanKey!;
      const cases = facts.propertyNames.map((name) => `case ${stringLiteral(name)}: ${facts.slots.get(name)} = ${this.object}[${key}]; break;`);
      if (facts.needsAdditional) cases.push(`default: ${facts.others}++;`);
      const slots = [...facts.slots.values()];
      const scan: Lines = [{ typescript: `let ${slots.map((slot) => `${slot}: unknown`).join(', ')};`, javascript: `let ${slots.join(', ')};` }];
      if (facts.countKeys) scan.push(`let ${facts.total} = 0;`);
      if (facts.needsAdditional) scan.push(`let ${facts.others} = 0;`);
      const each = [`if (!${this.runtimeHelper('hasOwn')}(${this.object}, ${key})) continue;`, ...(facts.countKeys ? [`${facts.total}++;`] : []), ...block(`switch (${key})`, cases)];
      scan.push(...block(`for (const ${key} in ${this.object})`, each));
      return { before: scan, after: [] };
    }
    if (facts.countKeys || (facts.needsLoop && !facts.countedWithoutKeys)) return { before: [], after: [`const ${facts.keys} = Object.keys(${this.object});`] };
    return { before: [], after: [] };
  }

  /** What `properties` and `additionalProperties` evaluate, for an `unevaluatedProperties` here or around. */
  evaluatedProperties(): Lines {
    if (this.evaluated === undefined) return [];
    if (this.has('additionalProperties')) return [`${this.evaluated}.allProperties = true;`];
    if (this.propertyNames.length === 0) return [];
    return [`${this.runtimeHelper('evaluateProperties')}(${this.evaluated}, ${this.object}, ${this.compiler.names.jsonConstant(this.propertyNames, 'readonly string[]')});`];
  }

  /**
   * The one loop over the object's keys, for `propertyNames`, `patternProperties` and `additionalProperties`: run
   * only when the counts say there are keys the declared properties are not.
   */
  keyLoop(keywords: { propertyNames: Keyword<KeyLoopSite>; patternProperties: Keyword<KeyLoopSite>; additionalProperties: Keyword<KeyLoopSite> }): Lines {
    const { facts } = this;
    if (!facts.needsLoop) return [];
    const key = this.local('k');
    const body: Lines = [];
    const path = keyPath(this.path, key);
    const value = this.local('x');
    const needsValue = facts.patterns.length > 0 || (facts.needsAdditional && facts.additional !== false);
    if (needsValue) body.push(`const ${value} = ${this.object}[${key}];`);
    if (facts.needsNames) body.push(...keywords.propertyNames.code(new KeyLoopSite(this, { key, path, value, matched: '' })));
    const matched = this.local('m');
    const loop = new KeyLoopSite(this, { key, path, value, matched });
    if (facts.needsAdditional && facts.patterns.length > 0) body.push(`let ${matched} = false;`);
    body.push(...keywords.patternProperties.code(loop));
    if (facts.needsAdditional) body.push(...keywords.additionalProperties.code(loop));
    const overKeys = block(`for (const ${key} of ${facts.keys})`, body);
    if (facts.countedWithoutKeys) {
      // for…in counts inherited enumerable keys too (only a polluted Object.prototype has them): then the
      // counts differ and the loop, over own keys, finds nothing more.
      const counter = this.local('c');
      const name = this.local('k');
      return [`let ${counter} = 0;`, `for (const ${name} in ${this.object}) ${counter}++;`, ...block(`if (${counter} !== ${facts.presentCount})`, [`const ${facts.keys} = Object.keys(${this.object});`, ...overKeys])];
    }
    if (facts.scanning) return block(`if (${facts.others} !== 0)`, [`const ${facts.keys} = Object.keys(${this.object});`, ...overKeys]);
    return facts.counted ? block(`if (${facts.keys}.length !== ${facts.presentCount})`, overKeys) : overKeys;
  }

  /** The object keywords' lines, after the declaration of the object (and of `plain` when read). */
  withHead(out: Lines): Lines {
    if (out.length === 0) return out;
    const head: Lines = [typedConst(this.object, this.value, 'Record<string, unknown>')];
    if (this.facts.used.plain) head.push(...this.plainPrelude());
    return [...head, ...out];
  }
}

/** The key loop's current key (`key`, at `path`), its value, and the flag `patternProperties` sets when one matched. */
export interface KeyLoop {
  key: string;
  path: InstancePath;
  value: string;
  matched: string;
}

/** The site of the key loop's keywords: the object's, and the key at hand. */
export class KeyLoopSite extends ObjectSite {
  constructor(
    site: ObjectSite,
    readonly loop: KeyLoop,
  ) {
    super(site, site.context, site.objectFacts);
  }
}
