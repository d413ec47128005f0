import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type * as JsoncParser from 'jsonc-parser';
import type * as Yaml from 'yaml';
import type { ValidationError } from '../api/compile-schema.js';
import { isNpmName, isSemver, toNpmName } from '../naming/npm-names.js';
import { closestName } from '../util/closest-name.js';
import { displayPath } from '../util/display-path.js';
import { escapePointerSegment, segmentsOf, valueAt } from '../util/json-pointer.js';
import { lineColOf, lineStartsOf, type LineCol } from '../util/line-columns.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { validate as validateConfig } from './config-validator.js';
import schema from './specforge.config.schema.json' with { type: 'json' };

/** One spec the project generates a package for. */
export interface ProjectSpec {
  /** Absolute path of the spec file. */
  path: string;
  /** The package's folder name under `out`; defaults to the spec's file name without extension. */
  name: string;
  /** The generated package.json `name`; defaults to `name`, as npm accepts it. */
  packageName: string;
  /**
   * The generated package.json `version`, semver; a package with one is meant to be published and is not `private`.
   * Undefined: the spec's `info.version` when it is semver, else 0.0.0.
   */
  version: string | undefined;
  /** Absolute path of the package's folder: the spec's own `out`, else `<out>/<name>`. */
  dir: string;
  /** The emitters the config names, as written (emit/select-emitters.ts adds the ones they need); undefined: all. */
  emitters: string[] | undefined;
  /** Absolute path of the Redocly lint config: the spec's `lintConfig`, else the config's; undefined: specforge's own. */
  lintConfig: string | undefined;
}

export interface ProjectConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Absolute path of the folder packages are written to (those without an `out` of their own). */
  out: string;
  /** Absolute path of the config's top-level `lintConfig`; each spec's `lintConfig` has it unless it names its own. */
  lintConfig: string | undefined;
  specs: ProjectSpec[];
}

export const PROJECT_CONFIG_FILES = ['specforge.config.json', 'specforge.config.yaml', 'specforge.config.yml'] as const;

/** The emitters a config may name (the schema's list; a test holds it to the registry's). */
export const EMITTER_NAMES: readonly string[] = schema.$defs.spec.properties.emitters.items.enum;

/** One problem of a config: `where` is `file:line:col`, `message` starts with the field (`specs[1].emitters[0]: …`). */
export interface ConfigProblem {
  where: string;
  message: string;
}

/** A config that cannot be used: every problem found, in the order of the file, each on a line of its own. */
export class ConfigError extends UserError {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems[0]!.message, ExitCode.unusable, problems[0]!.where);
    this.name = 'ConfigError';
  }

  /** The lines printed to stderr, each `specforge: file:line:col: message` (the CLI adds the first `specforge: `). */
  override get line(): string {
    return this.problems.map((problem) => `${problem.where}: ${problem.message}`).join('\nspecforge: ');
  }
}

/**
 * Finds and reads the project config in `dir`; undefined when there is none. A config that cannot be used is a
 * ConfigError (exit 2) naming each problem's line, column and field.
 */
export function readProjectConfig(dir: string = process.cwd()): ProjectConfig | undefined {
  const file = PROJECT_CONFIG_FILES.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!file) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot be read: ${(error as Error).message}`, ExitCode.unusable, displayPath(file));
  }
  return parseProjectConfig(text, file);
}

/**
 * The config `text` of `file` (absolute), whose extension says JSON or YAML and whose folder the paths are relative
 * to: parsed, validated against the shipped schema (specforge.config.schema.json), then checked for what the schema
 * cannot say (npm names, semantic versions, two packages in one folder, lint configs that are not there).
 */
export function parseProjectConfig(text: string, file: string): ProjectConfig {
  const shown = displayPath(file);
  const source = extname(file) === '.json' ? parseJson(text) : parseYaml(text);
  if ('syntax' in source) throw new ConfigError([{ where: `${shown}:${source.syntax.line}:${source.syntax.col}`, message: source.syntax.message }]);

  const errors: ValidationError[] = [];
  const valid = validateConfig(source.value, '', errors);
  const config = valid ? resolveConfig(source.value as RawConfig, file) : undefined;
  const problems = config ? semanticProblems(source.value as RawConfig, config) : schemaProblems(errors, source.value);
  if (problems.length > 0) {
    const placed = problems.map((problem) => ({ ...problem, at: source.locate(problem.pointer, problem.onKey) }));
    placed.sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
    throw new ConfigError(placed.map(({ at, message }) => ({ where: `${shown}:${at.line}:${at.col}`, message })));
  }
  return config!;
}

/** The config as the schema describes it. */
interface RawConfig {
  out?: string;
  lintConfig?: string;
  specs: (string | RawSpec)[];
}

interface RawSpec {
  spec: string;
  name?: string;
  packageName?: string;
  version?: string;
  out?: string;
  emitters?: string[];
  lintConfig?: string;
}

function resolveConfig(raw: RawConfig, file: string): ProjectConfig {
  const base = dirname(file);
  const out = resolve(base, raw.out ?? 'generated');
  const lintConfig = raw.lintConfig === undefined ? undefined : resolve(base, raw.lintConfig);
  const specs = raw.specs.map((entry): ProjectSpec => {
    const item = typeof entry === 'string' ? { spec: entry } : entry;
    // Without a `name`, the folder keeps the file's name, as `specforge generate <spec>` does.
    const name = item.name ?? basename(item.spec, extname(item.spec));
    return {
      path: resolve(base, item.spec),
      name,
      packageName: item.packageName ?? toNpmName(name, 'api'),
      version: item.version,
      dir: item.out === undefined ? join(out, name) : resolve(base, item.out),
      emitters: item.emitters === undefined ? undefined : [...item.emitters],
      lintConfig: item.lintConfig === undefined ? lintConfig : resolve(base, item.lintConfig),
    };
  });
  return { file, out, lintConfig, specs };
}

/** A problem at a place of the document: the value at `pointer`, or its key. */
interface Problem {
  pointer: string;
  onKey: boolean;
  message: string;
}

const NPM_NAME_RULES = 'lowercase letters, digits, - . _ ~, an optional @scope/';

/** What a valid config can still get wrong: each problem at the value it is about. */
function semanticProblems(raw: RawConfig, config: ProjectConfig): Problem[] {
  const problems: Problem[] = [];
  const notFound = (path: string, pointer: string) => {
    if (!existsSync(path)) problems.push({ pointer, onKey: false, message: `${fieldOf(pointer)}: ${displayPath(path)} not found` });
  };
  if (config.lintConfig !== undefined) notFound(config.lintConfig, '/lintConfig');
  const folders = new Map<string, number>();
  for (const [index, spec] of config.specs.entries()) {
    const entry = raw.specs[index]!;
    const at = `/specs/${index}`;
    if (typeof entry !== 'string') {
      if (entry.packageName !== undefined && !isNpmName(entry.packageName)) {
        problems.push({ pointer: `${at}/packageName`, onKey: false, message: `specs[${index}].packageName: ${JSON.stringify(entry.packageName)} is not a name npm accepts (${NPM_NAME_RULES})` });
      }
      if (entry.version !== undefined && !isSemver(entry.version)) {
        problems.push({ pointer: `${at}/version`, onKey: false, message: `specs[${index}].version: ${JSON.stringify(entry.version)} is not a semantic version npm accepts (such as 1.2.0 or 2.0.0-beta.1)` });
      }
      if (entry.lintConfig !== undefined) notFound(spec.lintConfig!, `${at}/lintConfig`);
    }
    const first = folders.get(spec.dir);
    if (first === undefined) folders.set(spec.dir, index);
    else {
      problems.push({ pointer: at, onKey: false, message: `specs[${index}]: is written to ${displayPath(spec.dir)}, as specs[${first}] is; give one of them its own \`name\` or \`out\`` });
    }
  }
  return problems;
}

/** The schema's errors in words: each names the field and says what is wrong with it. */
function schemaProblems(errors: readonly ValidationError[], value: unknown): Problem[] {
  return errors.map(({ pointer, keyword, message }): Problem => {
    const field = fieldOf(pointer);
    const at = field === '' ? '' : `${field}: `;
    const found = valueAt(value, pointer);
    switch (keyword) {
      case 'additionalProperties': {
        // The error is at the unknown property; its field is the object holding it.
        const segments = segmentsOf(pointer);
        const key = segments.pop()!;
        const parent = fieldOf(segments.map((segment) => `/${escapePointerSegment(segment)}`).join(''));
        return { pointer, onKey: true, message: `${parent === '' ? '' : `${parent}: `}unknown key ${JSON.stringify(key)}${suggestion(key, keysAt(segments))}` };
      }
      case 'required': {
        const key = /property '([\s\S]*)'$/.exec(message)?.[1] ?? '';
        return { pointer, onKey: false, message: `${at}missing ${JSON.stringify(key)}${REQUIRED[key] ?? ''}` };
      }
      case 'type':
        return { pointer, onKey: false, message: `${at}must be ${TYPES[pointerShape(pointer)] ?? TYPE_WORDS[/must be (\w+)/.exec(message)?.[1] ?? ''] ?? message.replace(/^must be /, '')}, not ${describe(found)}` };
      case 'minLength':
        return { pointer, onKey: false, message: `${at}must not be empty` };
      case 'minItems':
        return { pointer, onKey: false, message: `${at}${pointerShape(pointer) === '/specs' ? 'must list at least one spec' : 'must name at least one emitter; leave it out for all of them'}` };
      case 'uniqueItems': {
        const second = /items \d+ and (\d+)/.exec(message)?.[1];
        if (second === undefined) break;
        const item = `${pointer}/${second}`;
        return { pointer: item, onKey: false, message: `${fieldOf(item)}: ${JSON.stringify(valueAt(value, item))} is listed already` };
      }
      case 'enum':
        return { pointer, onKey: false, message: `${at}${describe(found)} is not an emitter; the emitters are ${EMITTER_NAMES.join(', ')}` };
      case 'pattern':
        return { pointer, onKey: false, message: `${at}${describe(found)} is not a folder name (letters, digits, '.', '_' and '-', starting with a letter or digit)` };
    }
    return { pointer, onKey: false, message: `${at}${message}` };
  });
}

/** The pointer with list indices as `N`: `/specs/N/emitters`. */
const pointerShape = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/N');

/** What each place that is not a string must be. */
const TYPES: Record<string, string> = {
  '': 'an object with a `specs` list',
  '/specs': 'a list of specs',
  '/specs/N': 'a spec path or an object with a `spec` path',
  '/specs/N/emitters': 'a list of emitter names',
};

const TYPE_WORDS: Record<string, string> = { string: 'a string', object: 'an object', array: 'a list', number: 'a number', integer: 'an integer', boolean: 'true or false' };

const REQUIRED: Record<string, string> = {
  specs: ': the list of specs to generate packages from',
  spec: ': the path of the spec',
};

/** A value as a message shows it. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** A field as users write it: `specs[1].emitters[0]`; '' for the whole config. */
export function fieldOf(pointer: string): string {
  let field = '';
  for (const segment of segmentsOf(pointer)) {
    if (/^(0|[1-9]\d*)$/.test(segment)) field += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) field += field === '' ? segment : `.${segment}`;
    else field += `[${JSON.stringify(segment)}]`;
  }
  return field;
}

/** The keys the schema knows for the object at `segments`: the config's, or a spec's. */
function keysAt(segments: readonly string[]): string[] {
  return segments.length === 0 ? Object.keys(schema.properties) : Object.keys(schema.$defs.spec.properties);
}

/** `; did you mean "packageName"?` for a key a typo away from a known one, else the known keys. */
function suggestion(key: string, known: readonly string[]): string {
  const near = closestName(key, known);
  return near ? `; did you mean ${JSON.stringify(near)}?` : `; the keys are ${known.join(', ')}`;
}

// Parsing, with the line and column of every place.


type Parsed =
  | { value: unknown; locate(pointer: string, onKey: boolean): LineCol }
  | { syntax: LineCol & { message: string } };

// Loaded when used: a JSON config that is valid needs neither (yaml takes 35 ms to load, jsonc-parser 10).
const requireHere = createRequire(import.meta.url);
let jsoncParser: typeof JsoncParser | undefined;
let yaml: typeof Yaml | undefined;

const STRICT_JSON: JsoncParser.ParseOptions = { disallowComments: true, allowTrailingComma: false };

/** JSON: JSON.parse for the value; jsonc-parser for the places, once a problem needs one. */
function parseJson(text: string): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // an editor's byte order mark
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { syntax: jsonSyntaxError(body, error as Error) };
  }
  let tree: JsoncParser.Node | undefined;
  let lines: number[] | undefined;
  return {
    value,
    locate(pointer, onKey) {
      jsoncParser ??= requireHere('jsonc-parser') as typeof JsoncParser;
      tree ??= jsoncParser.parseTree(body, [], STRICT_JSON);
      lines ??= lineStartsOf(body);
      return lineColOf(lines, tree ? jsonOffset(tree, pointer, onKey) : 0);
    },
  };
}

/** The offset of the value at `pointer` (or of its key), or of the deepest node on the way there. */
function jsonOffset(root: JsoncParser.Node, pointer: string, onKey: boolean): number {
  let node = root;
  let key: JsoncParser.Node | undefined;
  for (const segment of segmentsOf(pointer)) {
    let next: JsoncParser.Node | undefined;
    let nextKey: JsoncParser.Node | undefined;
    if (node.type === 'object') {
      // The last of repeated keys, whose value JSON.parse keeps.
      for (const property of node.children ?? []) {
        if (property.children?.[0]?.value === segment && property.children[1]) [nextKey, next] = property.children;
      }
    } else if (node.type === 'array') next = node.children?.[Number(segment)];
    if (!next) break;
    node = next;
    key = nextKey;
  }
  return onKey && key ? key.offset : node.offset;
}

/** The first syntax error, at its place, in words. */
function jsonSyntaxError(text: string, error: Error): LineCol & { message: string } {
  jsoncParser ??= requireHere('jsonc-parser') as typeof JsoncParser;
  const errors: JsoncParser.ParseError[] = [];
  jsoncParser.parseTree(text, errors, STRICT_JSON);
  const first = errors[0];
  const offset = first?.offset ?? Number(/at position (\d+)/.exec(error.message)?.[1] ?? 0);
  const words = first ? jsonErrorWords(text, first, jsoncParser.printParseErrorCode(first.error)) : error.message.replace(/ in JSON at position \d+.*$/s, '');
  return { ...lineColOf(lineStartsOf(text), offset), message: `not valid JSON: ${words}` };
}

function jsonErrorWords(text: string, error: JsoncParser.ParseError, code: string): string {
  const found = text.slice(error.offset, error.offset + error.length);
  const atEnd = error.offset >= text.trimEnd().length;
  const afterComma = /,\s*$/.test(text.slice(0, error.offset));
  switch (code) {
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (afterComma && (found === '}' || found === ']')) return `a comma before '${found}' (JSON allows none there)`;
      if (atEnd) return code === 'ValueExpected' ? 'the file ends where a value was expected' : 'the file ends where a property name was expected';
      return code === 'ValueExpected' ? `expected a value, found ${JSON.stringify(found)}` : `expected a property name in double quotes, found ${JSON.stringify(found)}`;
    case 'ColonExpected':
      return "expected ':' after the property name";
    case 'CommaExpected':
      return `expected ',' before ${JSON.stringify(found)}`;
    case 'CloseBraceExpected':
      return atEnd ? "the file ends before the '}' that closes an object" : "expected ',' or '}'";
    case 'CloseBracketExpected':
      return atEnd ? "the file ends before the ']' that closes a list" : "expected ',' or ']'";
    case 'EndOfFileExpected':
      return `expected the end of the file after the value, found ${JSON.stringify(found)}`;
    case 'InvalidSymbol':
      return `unexpected ${JSON.stringify(found)} (strings and property names are in double quotes)`;
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'JSON has no comments';
    case 'UnexpectedEndOfString':
      return 'a string that does not end on its line';
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return `${JSON.stringify(found)} is not a number JSON allows`;
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return `${JSON.stringify(found)} is not an escape JSON allows`;
    case 'InvalidCharacter':
      return 'a control character in a string (write it as \\n, \\t, …)';
  }
  return code;
}

/** YAML: the yaml package's document, whose nodes know their offsets. */
function parseYaml(text: string): Parsed {
  yaml ??= requireHere('yaml') as typeof Yaml;
  const { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { syntax: { ...lineCounter.linePos(error.pos[0]), message: `not valid YAML: ${error.message.split('\n')[0]}` } };
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (failure) {
    return { syntax: { line: 1, col: 1, message: `cannot be read: ${(failure as Error).message.split('\n')[0]}` } };
  }
  return {
    value,
    locate(pointer, onKey) {
      let node: unknown = doc.contents;
      let key: Yaml.Node | undefined;
      for (const segment of segmentsOf(pointer)) {
        if (isAlias(node)) node = node.resolve(doc);
        let next: unknown;
        let nextKey: Yaml.Node | undefined;
        if (isMap(node)) {
          for (const pair of node.items) {
            const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
            if (name === segment) [nextKey, next] = [pair.key as Yaml.Node, pair.value ?? pair.key];
          }
        } else if (isSeq(node)) next = node.items[Number(segment)];
        if (!isYamlNode(next)) break;
        node = next;
        key = nextKey;
      }
      const at = onKey && key ? key : isYamlNode(node) ? node : undefined;
      return lineCounter.linePos(at?.range?.[0] ?? 0);
    },
  };
}

function isYamlNode(value: unknown): value is Yaml.Node {
  return yaml!.isNode(value);
}

