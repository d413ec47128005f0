import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { tempDir } from './support/generated-package.js';

// An emitter slots in by declaring what it adds: the package index, package.json and the README follow from the
// declaration, with nothing else touched. The emitter here is the README's example.

const built = (module: string) => import(pathToFileURL(join(projectRoot, 'dist', 'generator', module)).href);

describe('adding an emitter', () => {
  it("adds its module, its index export, its subpath and its README section, and imports between modules are the writer's", async () => {
    const { generatePackage } = await built('pipeline/generate-package.js');
    const { EMITTERS } = await built('emit/registry.js');
    const { writePackage } = await built('write/write-package.js');
    const { propertyKey, toLiteral } = await built('emit/literal.js');
    const routesEmitter = {
      name: 'routes',
      modules: [{ id: 'routes', kind: 'code' }],
      runtime: [],
      index: [{ from: 'routes', values: ['routes'] }],
      subpaths: [{ subpath: './routes', module: 'routes' }],
      readme: "- `routes`: every operation's method and path, for {{packageName}}.\n",
      emit({ ir }: { ir: { operations: { id: string; method: string; path: string }[] } }) {
        const table = ir.operations.map((op) => `  ${propertyKey(op.id)}: ${toLiteral(`${op.method} ${op.path}`)},`);
        const javascript = `export const routes = {\n${table.join('\n')}\n};\n`;
        const declarations = 'export declare const routes: Readonly<Record<string, string>>;\n';
        return [{ id: 'routes', typescript: javascript, javascript, declarations }];
      },
    };
    const { files } = await generatePackage({
      specPath: join(projectRoot, 'specs', 'autosend.yaml'),
      packageName: '@acme/autosend',
      lintConfig: undefined,
      lintConfigPath: undefined,
      emitters: [...EMITTERS, routesEmitter],
    });
    const byPath = new Map<string, string>(files.map((file: { path: string; contents: string }) => [file.path, file.contents]));
    expect([...byPath.keys()]).toEqual(expect.arrayContaining(['routes.js', 'routes.d.ts', 'src/routes.ts']));
    expect(byPath.get('index.js')).toContain('export { routes } from "./routes.js";');
    expect(byPath.get('src/index.ts')).toContain('export * from "../types.js";');
    const manifest = JSON.parse(byPath.get('package.json')!);
    expect(manifest.exports['./routes']).toEqual({ types: './routes.d.ts', default: './routes.js' });
    expect(manifest.files).toEqual(expect.arrayContaining(['routes.js', 'routes.d.ts', 'src']));
    expect(byPath.get('README.md')).toContain("- `routes`: every operation's method and path, for @acme/autosend.");

    const dir = tempDir('emitter');
    writePackage(dir, files);
    const pkg = await import(pathToFileURL(join(dir, 'index.js')).href);
    expect(pkg.routes.updateWebhook).toBe('put /webhooks/{id}');
    expect(typeof pkg.endpoints.updateWebhook.validateRequest).toBe('function');
  });

  it('refuses an emitter that writes a module it did not declare', async () => {
    const { generatePackage } = await built('pipeline/generate-package.js');
    const { EMITTERS } = await built('emit/registry.js');
    const stray = { name: 'stray', modules: [], runtime: [], index: [], readme: '', emit: () => [{ id: 'stray', javascript: '', declarations: '' }] };
    await expect(
      generatePackage({ specPath: join(projectRoot, 'specs', 'autosend.yaml'), packageName: 'x', lintConfig: undefined, lintConfigPath: undefined, emitters: [...EMITTERS, stray] }),
    ).rejects.toThrow(/no emitter declares the module stray/);
  });

  it('refuses two emitters that export the same name from the package index', async () => {
    const { generatePackage } = await built('pipeline/generate-package.js');
    const { EMITTERS } = await built('emit/registry.js');
    const clash = { name: 'clash', modules: [{ id: 'clash', kind: 'code' }], runtime: [], index: [{ from: 'clash', values: ['endpoints'] }], readme: '', emit: () => [] };
    await expect(
      generatePackage({ specPath: join(projectRoot, 'specs', 'autosend.yaml'), packageName: 'x', lintConfig: undefined, lintConfigPath: undefined, emitters: [...EMITTERS, clash] }),
    ).rejects.toThrow(/two exports of the package index are named endpoints/);
  });
});
