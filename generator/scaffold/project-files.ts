import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageRoot } from '../util/package-root.js';
import type { CredentialKind, ScaffoldModel } from './model.js';

/**
 * The project's files made from the Handlebars templates in templates/scaffold/. Templates run strict, with known
 * helpers only; spec text reaches them only as data: `json` (a JSON value) and `string` (a TypeScript string
 * literal) serialise it, and `{{…}}` elsewhere (Markdown) HTML-escapes it. Nothing is pasted raw with `{{{…}}}`.
 */

export interface ProjectFile {
  /** Relative to the project, with `/` separators. */
  path: string;
  contents: string;
  /** `template`: rewritten with --force; `user`: written once, never again (the user's to change). */
  owner: 'template' | 'user';
}

export interface ProjectSettings {
  /** package.json's name of the project. */
  projectName: string;
  /** The package's folder relative to the project, with `/` separators. */
  packageDir: string;
  /** The spec relative to the project, for the README's command that scaffolds it again. */
  specPath: string;
}

interface Template {
  /** The file in templates/scaffold/. */
  template: string;
  path: string;
  owner: ProjectFile['owner'];
  when?: (model: ScaffoldModel) => boolean;
}

const TEMPLATES: readonly Template[] = [
  { template: 'package.json.hbs', path: 'package.json', owner: 'template' },
  { template: 'tsconfig.json.hbs', path: 'tsconfig.json', owner: 'template' },
  { template: 'README.md.hbs', path: 'README.md', owner: 'template' },
  { template: 'gitignore.hbs', path: '.gitignore', owner: 'template' },
  { template: 'server.ts.hbs', path: 'src/server.ts', owner: 'template' },
  { template: 'authenticate.ts.hbs', path: 'src/authenticate.ts', owner: 'user', when: (model) => model.secured },
];

let compiled: Map<string, Handlebars.TemplateDelegate> | undefined;

function templates(): Map<string, Handlebars.TemplateDelegate> {
  if (compiled) return compiled;
  const hbs = Handlebars.create();
  hbs.registerHelper('json', (value: unknown) => new hbs.SafeString(jsonValue(value)));
  hbs.registerHelper('string', (value: unknown) => new hbs.SafeString(typescriptString(String(value))));
  const folder = join(packageRoot(), 'templates', 'scaffold');
  compiled = new Map(
    TEMPLATES.map(({ template }) => [
      template,
      hbs.compile(readFileSync(join(folder, template), 'utf8'), { strict: true, knownHelpersOnly: true, knownHelpers: { json: true, string: true } }),
    ]),
  );
  return compiled;
}

/** A value as JSON on one line; a list with a space after each comma, as people write it. */
function jsonValue(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(value);
}

/** A single-quoted TypeScript string literal of any text. */
export function typescriptString(text: string): string {
  const inner = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${inner}'`;
}

export function projectFiles(model: ScaffoldModel, settings: ProjectSettings): ProjectFile[] {
  const own = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
    engines: { node: string };
  };
  const context = {
    title: model.title,
    description: `A server for ${model.title}, scaffolded by specforge`,
    packageName: model.packageName,
    packageDependency: `file:${settings.packageDir}`,
    packageDir: settings.packageDir,
    projectName: settings.projectName,
    specPath: settings.specPath,
    typescriptVersion: own.devDependencies.typescript,
    typesNodeVersion: own.devDependencies['@types/node'],
    nodeVersion: own.engines.node,
    secured: model.secured,
    scopes: model.scopes,
    credentialText: credentialText(model.credentials),
    bearer: model.credentials.includes('bearer'),
    apiKey: model.credentials.includes('apiKey'),
    basic: model.credentials.includes('basic'),
  };
  const all = templates();
  return TEMPLATES.filter((t) => t.when?.(model) ?? true).map((t) => ({ path: t.path, owner: t.owner, contents: all.get(t.template)!(context) }));
}

const CREDENTIAL_TEXT: Record<CredentialKind, string> = {
  bearer: 'a bearer token',
  apiKey: 'an API key',
  basic: 'the password of basic authentication',
};

function credentialText(kinds: readonly CredentialKind[]): string {
  const texts = kinds.map((kind) => CREDENTIAL_TEXT[kind]);
  if (texts.length === 0) return 'the credentials of a security scheme';
  return texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', ')} or ${texts.at(-1)}`;
}
