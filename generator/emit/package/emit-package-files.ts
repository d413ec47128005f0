import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../../util/package-root.js';
import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { RUNTIME_FOLDER } from '../endpoints/emit-endpoints.js';
import { fixedModule } from './fixed-modules.js';

const RUNTIME_FILES = ['validation-runtime.ts', 'parameters-runtime.ts', 'endpoint-runtime.ts'];

function templatePath(name: string): string {
  return join(packageRoot(), 'templates', 'package', name);
}

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/**
 * Renders a file-level template. Strict mode fails on any missing value instead of printing nothing; the only
 * helper is `json`, the serializer for values placed in JSON; everything else is HTML-escaped by Handlebars.
 */
function render(name: string, data: Record<string, unknown>): string {
  let template = compiled.get(name);
  if (!template) {
    const hbs = Handlebars.create();
    hbs.registerHelper('json', (value: unknown) => new Handlebars.SafeString(JSON.stringify(value ?? null)));
    template = hbs.compile(readFileSync(templatePath(name), 'utf8'), { strict: true, knownHelpers: { json: true }, knownHelpersOnly: true });
    compiled.set(name, template);
  }
  return template(data);
}

/** package.json, README, the index module and the runtime modules every generated package carries. */
export const packageFilesEmitter: Emitter = {
  name: 'package',
  emit({ ir, packageName }: EmitContext): GeneratedFile[] {
    const summary = ir.description?.split('\n')[0]?.trim() || `Types and validators for ${ir.title}`;
    const manifest = render('package.json.hbs', { packageName, description: summary });
    JSON.parse(manifest); // a template bug must never ship a broken package.json
    return [
      { path: 'package.json', contents: manifest },
      {
        path: 'README.md',
        contents: render('README.md.hbs', { title: ir.title, packageName, operationCount: ir.operations.length, schemaCount: ir.schemas.size }),
      },
      fixedModule('index.ts', templatePath('index.ts')),
      ...RUNTIME_FILES.map((file) => fixedModule(`${RUNTIME_FOLDER}/${file}`, templatePath(file))),
    ];
  },
};
