import type { Config } from '@redocly/openapi-core';
import { ExitCode, UserError } from '../util/user-error.js';
import type { EmittedModule, Emitter } from '../emit/emitter.js';
import { EMITTERS } from '../emit/registry.js';
import { UnsupportedSchemaError } from '../schema/compiler/compile-validators.js';
import { buildIR } from '../ir/build-ir.js';
import { isReadWriteMarked } from '../ir/read-write.js';
import { UnsupportedConstructError } from '../ir/unsupported.js';
import type { ApiIR } from '../ir/ir.js';
import type { Finding } from '../lint/finding.js';
import { readForGeneration, type GenerationSpec } from '../load/read-for-generation.js';
import { planPackageNames, type PackageNames } from '../naming/package-names.js';
import { resolveMappingNames } from '../spec/mapping-names.js';
import { collectGarbage } from '../util/collect-garbage.js';
import type { InputFile } from '../util/content-hash.js';
import { escapePointerSegment, segmentsOf, valueAt } from '../util/json-pointer.js';
import { packageVersion } from '../util/package-version.js';
import { indexedNames, packageFiles, packageModules } from '../write/package-frame.js';
import { PackageLayout, type GeneratedFile } from '../write/package-layout.js';
import { lintInWorker, type LintResult } from './lint-in-worker.js';
import { StageTimer } from './stage-timer.js';

/** A heap past which garbage is worth collecting after the types: GitHub's spec leaves about 200 MB there, a small spec a few. */
const LARGE_HEAP_BYTES = 128 * 1024 * 1024;

/**
 * Whether a lint finding means generation cannot be right: an unresolved `$ref`, a duplicate operationId, or a
 * document that breaks OpenAPI's structure. A property OpenAPI does not define (`nullable` in a 3.1 schema, a
 * misplaced callback) is ignored by OpenAPI itself, and so is the shape of a specification extension (`x-logo` as
 * a string, `x-…` keys in the webhooks map): those stay warnings, as does every other finding.
 */
export function refusesGeneration(finding: Finding): boolean {
  if (finding.rule === 'no-unresolved-refs' || finding.rule === 'operation-operationId-unique') return true;
  if (finding.rule !== 'struct' || / is not expected here\.?$/.test(finding.message)) return false;
  const segments = segmentsOf(finding.pointer);
  return !segments.some((segment, i) => segment.startsWith('x-') && !NAMES_MAPS.has(segments[i - 1] ?? ''));
}

/** Keywords whose values map names to objects: an `x-…` key there is a name (a property, a schema), not an extension. */
const NAMES_MAPS = new Set([
  'properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions', 'schemas', 'responses', 'parameters',
  'examples', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'content', 'encoding',
  'variables',
]);

export interface PackageRequest {
  specPath: string;
  packageName: string;
  /** The package.json `version` as configured (`--package-version`, a config's `version`); see PackageDescription. */
  packageVersion?: string;
  /** The `--config` lint config, already loaded (so that it is checked early); bundling uses it too. Undefined for specforge's own. */
  lintConfig: Config | undefined;
  /** Where that config came from, for the lint thread to load it again; specforge's own when undefined. */
  lintConfigPath: string | undefined;
  /** The spec's lint, when the caller has started it already (`lintInWorker`); started here otherwise. */
  lint?: Promise<LintResult>;
  /** The emitters to run; the registry's when undefined. */
  emitters?: readonly Emitter[];
}

export interface GeneratedPackage {
  files: GeneratedFile[];
  warnings: Finding[];
  /** Every file the spec was read from, hashed as read (see GenerationSpec.inputs): what a cached package depends on. */
  inputs: InputFile[];
  timer: StageTimer;
}

/** A package with the IR and the names it was made from, for what is built beside it (the scaffold's project). */
export interface GeneratedPackageModel extends GeneratedPackage {
  ir: ApiIR;
  names: PackageNames;
}

interface EmittedPackage {
  files: GeneratedFile[];
  ir: ApiIR;
  names: PackageNames;
}

/**
 * One spec to one package's files, in memory: load → lint → IR → emitters. Refuses (UserError, exit 1) a spec it
 * cannot generate correctly, naming each problem's file:line:col.
 */
export async function generatePackage(request: PackageRequest, timer = new StageTimer()): Promise<GeneratedPackage> {
  // Only the files are kept: the IR and the names can be collected while the package is written.
  const { files, warnings, inputs } = await generate(request, timer);
  return { files, warnings, inputs, timer };
}

/**
 * `generatePackage`, also giving the IR and the names the package was made from: one load, bundle and IR for the
 * package and for what is made beside it (`specforge scaffold`'s handler modules use the package's names).
 */
export async function generatePackageModel(request: PackageRequest, timer = new StageTimer()): Promise<GeneratedPackageModel> {
  const { files, ir, names, warnings, inputs } = await generate(request, timer);
  return { files, ir, names, warnings, inputs, timer };
}

async function generate(request: PackageRequest, timer: StageTimer): Promise<EmittedPackage & { warnings: Finding[]; inputs: InputFile[] }> {
  // Lint runs on another thread while this one generates: nothing is written until it has passed.
  const lint = request.lint ?? lintInWorker({ specPath: request.specPath, configPath: request.lintConfigPath });
  lint.catch(() => undefined); // awaited below; never left unhandled if generation fails first
  const spec = await timer.time('load', () => readForGeneration(request.specPath, request.lintConfig));
  const afterLint = async (): Promise<Finding[]> => {
    const { findings, ms } = await timer.time('lint wait', () => lint);
    timer.stages.push({ name: 'lint (parallel)', ms });
    const refusals = findings.filter(refusesGeneration);
    if (refusals.length > 0) {
      const lines = refusals.map((f) => `${f.file}:${f.line}:${f.col} ${f.rule} ${f.message}${f.pointer ? ` (at ${f.pointer})` : ''}`);
      throw new UserError(`cannot generate from ${spec.displayPath}:\n${lines.join('\n')}`, ExitCode.problems);
    }
    return findings;
  };

  let emitted: EmittedPackage;
  try {
    emitted = await emitPackage(spec, request, timer);
  } catch (error) {
    // A spec lint refuses (an unresolved $ref, say) can also break generation: the lint verdict is the clearer one.
    await afterLint();
    throw error;
  }
  const findings = await afterLint();
  return { ...emitted, warnings: findings.filter((f) => !refusesGeneration(f)), inputs: await spec.inputs() };
}

async function emitPackage(spec: GenerationSpec, request: PackageRequest, timer: StageTimer): Promise<EmittedPackage> {
  const bundled = await timer.time('bundle', async () => {
    const document = await spec.bundle();
    resolveMappingNames(document);
    return document;
  });
  const refuse = (message: string, pointer: string, onKey = false): never => {
    throw new UserError(`cannot generate: ${message}`, ExitCode.problems, spec.locate(pointer, onKey));
  };
  try {
    const ir = await timer.time('ir', () => buildIR(bundled, spec.version));
    const emitters = request.emitters ?? EMITTERS;
    const names = planPackageNames(ir, (name) => isReadWriteMarked(ir, name), indexedNames(emitters));
    const layout = new PackageLayout(packageModules(emitters));
    const context = { ir, names, document: bundled, packageName: request.packageName, specifiers: layout };
    const emitted: EmittedModule[] = [];
    for (const emitter of emitters) {
      emitted.push(...(await timer.time(`emit ${emitter.name}`, () => emitter.emit(context))));
      if (emitter.leavesLargeGarbage && process.memoryUsage().heapUsed > LARGE_HEAP_BYTES) collectGarbage();
    }
    const files = await timer.time('assemble', () => packageFiles(emitters, layout, emitted, { ir, names, packageName: request.packageName, packageVersion: request.packageVersion, version: packageVersion() }));
    return { files, ir, names };
  } catch (error) {
    if (error instanceof UnsupportedConstructError) return refuse(error.message, error.pointer);
    if (error instanceof UnsupportedSchemaError) {
      const at = error.pointer.replace(/^#/, '');
      // Point at the keyword itself when the schema is where the spec wrote it.
      const keyword = `${at}/${escapePointerSegment(error.keyword)}`;
      return valueAt(spec.written, keyword) === undefined ? refuse(error.message, at) : refuse(error.message, keyword, true);
    }
    throw error;
  }
}
