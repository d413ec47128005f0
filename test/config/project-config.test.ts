import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSchema, type ValidationError } from '../../generator/api/compile-schema.js';
import { configValidatorModule, CONFIG_VALIDATOR_FILE } from '../../generator/config/config-validator-module.js';
import { ConfigError, parseProjectConfig, readProjectConfig } from '../../generator/config/project-config.js';
import { tempDir } from '../generate/support/generated-package.js';
import { projectRoot, runCli } from '../support/run-cli.js';

const schemaFile = join(projectRoot, 'generator', 'config', 'specforge.config.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const fixtures = join(projectRoot, 'test', 'config', 'fixtures');

/** The problems of a config, each as `line:col message`, read as `specforge.config.<extension>` from a folder of its own (its paths shown from there). */
function problems(extension: 'json' | 'yaml', text: string): string[] {
  const dir = tempDir('config');
  writeFileSync(join(dir, `specforge.config.${extension}`), text);
  try {
    readProjectConfig(dir);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.exitCode).toBe(2);
    return error.problems.map(({ where, message }) => {
      const [file, line, col] = where.split(/:(?=\d)/);
      expect(file).toBe(join(dir, `specforge.config.${extension}`));
      // Paths outside the working folder are shown in full.
      return `${line}:${col} ${message.replaceAll(`${dir}/`, '')}`;
    });
  }
  throw new Error('the config was accepted');
}

describe('the shipped config schema', () => {
  it("validates the repo's own specforge.config.json, which names it for editors", () => {
    const config = JSON.parse(readFileSync(join(projectRoot, 'specforge.config.json'), 'utf8'));
    expect(config.$schema).toBe('./generator/config/specforge.config.schema.json');
    expect(compileSchema(schema).validate(config)).toEqual({ ok: true, value: config });
  });

  it('is JSON Schema 2020-12, exported by the package, with a title and a description for every property, and no other keys', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(manifest.exports['./config-schema.json']).toBe('./generator/config/specforge.config.schema.json');
    const objects: unknown[] = [];
    const walk = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return;
      const object = node as Record<string, unknown>;
      if (object.type === 'object') objects.push([at, object.additionalProperties]);
      for (const [name, property] of Object.entries((object.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        expect(property.title, `${at}/properties/${name}`).toEqual(expect.any(String));
        expect(property.description, `${at}/properties/${name}`).toEqual(expect.any(String));
      }
      for (const [key, child] of Object.entries(object)) walk(child, `${at}/${key}`);
    };
    walk(schema, '#');
    expect(objects).toEqual([
      ['#', false],
      ['#/$defs/spec', false],
    ]);
  });

  it('is what the built CLI validates with: compiled once by the build, checking as compileSchema does', async () => {
    expect(readFileSync(join(projectRoot, CONFIG_VALIDATOR_FILE), 'utf8')).toBe(configValidatorModule());
    const { validate } = await import(pathToFileURL(join(projectRoot, CONFIG_VALIDATOR_FILE)).href);
    const wrong = { outt: 1, specs: ['', { spec: 'a.yaml', emitters: ['clients', 'types', 'types'], version: 1 }, 5, { name: 'a b' }] };
    const errors: ValidationError[] = [];
    expect(validate(wrong, '', errors)).toBe(false);
    const compiled = compileSchema(schema).validate(wrong);
    expect(compiled.ok).toBe(false);
    expect(errors).toEqual(compiled.ok ? [] : compiled.errors);
    expect(errors.length).toBe(8);
  });
});

describe('a config that is wrong', () => {
  it('is refused with every problem at its line and column, naming the field, JSON', () => {
    const text = `{
  "outt": "packages",
  "specs": [
    "a.yaml",
    { "spec": "b.yaml", "pakageName": "b", "emitters": ["clients", "types", "types"] },
    5,
    { "name": "c d" },
    { "spec": "e.yaml", "version": 1, "out": "" }
  ]
}
`;
    expect(problems('json', text)).toEqual([
      '2:3 unknown key "outt"; did you mean "out"?',
      '5:25 specs[1]: unknown key "pakageName"; did you mean "packageName"?',
      '5:57 specs[1].emitters[0]: "clients" is not an emitter; the emitters are types, validators, endpoints, server, client, contract',
      '5:77 specs[1].emitters[2]: "types" is listed already',
      '6:5 specs[2]: must be a spec path or an object with a `spec` path, not 5',
      '7:5 specs[3]: missing "spec": the path of the spec',
      '7:15 specs[3].name: "c d" is not a folder name (letters, digits, \'.\', \'_\' and \'-\', starting with a letter or digit)',
      '8:36 specs[4].version: must be a string, not 1',
      '8:46 specs[4].out: must not be empty',
    ]);
    expect(problems('json', '{ "specs": [] }')).toEqual(['1:12 specs: must list at least one spec']);
    expect(problems('json', '{ "out": "x" }')).toEqual(['1:1 missing "specs": the list of specs to generate packages from']);
    expect(problems('json', '["a.yaml"]')).toEqual(['1:1 must be an object with a `specs` list, not a list']);
    expect(problems('json', '{ "specs": [{ "spec": "a.yaml", "emitters": [] }] }')).toEqual(['1:45 specs[0].emitters: must name at least one emitter; leave it out for all of them']);
  });

  it('is refused with every problem at its line and column, naming the field, YAML', () => {
    const text = `outt: packages
specs:
  - a.yaml
  - spec: b.yaml
    pakageName: b
    emitters: [clients, types, types]
  - 5
  - name: c d
  - spec: e.yaml
    version: 1.0
`;
    expect(problems('yaml', text)).toEqual([
      '1:1 unknown key "outt"; did you mean "out"?',
      '5:5 specs[1]: unknown key "pakageName"; did you mean "packageName"?',
      '6:16 specs[1].emitters[0]: "clients" is not an emitter; the emitters are types, validators, endpoints, server, client, contract',
      '6:32 specs[1].emitters[2]: "types" is listed already',
      '7:5 specs[2]: must be a spec path or an object with a `spec` path, not 5',
      '8:5 specs[3]: missing "spec": the path of the spec',
      '8:11 specs[3].name: "c d" is not a folder name (letters, digits, \'.\', \'_\' and \'-\', starting with a letter or digit)',
      '10:14 specs[4].version: must be a string, not 1',
    ]);
    expect(problems('yaml', '')).toEqual(['1:1 must be an object with a `specs` list, not null']);
  });

  it('is refused for what the schema cannot say: npm names, versions, two packages in one folder, lint configs not there', () => {
    const json = `{
  "lintConfig": "missing.yaml",
  "specs": [
    "api.yaml",
    { "spec": "v2/api.yaml", "packageName": "My API", "version": "2" },
    { "spec": "other.yaml", "out": "generated/api" },
    { "spec": "third.yaml", "name": "third", "lintConfig": "team/redocly.yaml" }
  ]
}
`;
    expect(problems('json', json)).toEqual([
      '2:17 lintConfig: missing.yaml not found',
      '5:5 specs[1]: is written to generated/api, as specs[0] is; give one of them its own `name` or `out`',
      '5:45 specs[1].packageName: "My API" is not a name npm accepts (lowercase letters, digits, - . _ ~, an optional @scope/)',
      '5:66 specs[1].version: "2" is not a semantic version npm accepts (such as 1.2.0 or 2.0.0-beta.1)',
      '6:5 specs[2]: is written to generated/api, as specs[0] is; give one of them its own `name` or `out`',
      '7:60 specs[3].lintConfig: team/redocly.yaml not found',
    ]);
    const yaml = `specs:
  - api.yaml
  - spec: other.yaml
    name: api
    packageName: API
`;
    expect(problems('yaml', yaml)).toEqual([
      '3:5 specs[1]: is written to generated/api, as specs[0] is; give one of them its own `name` or `out`',
      '5:18 specs[1].packageName: "API" is not a name npm accepts (lowercase letters, digits, - . _ ~, an optional @scope/)',
    ]);
  });

  it('that does not parse is refused at the line and column of its first syntax error', () => {
    expect(problems('json', '{ "specs": [ { "spec": "a.yaml", }')).toEqual(["1:34 not valid JSON: a comma before '}' (JSON allows none there)"]);
    expect(problems('json', '{\n  "specs": [\n    "a.yaml"\n    "b.yaml"\n  ]\n}')).toEqual(['4:5 not valid JSON: expected \',\' before "\\"b.yaml\\""']);
    expect(problems('json', "{\n  // the specs\n  'specs': []\n}")).toEqual(['2:3 not valid JSON: JSON has no comments']);
    expect(problems('json', '{ "specs": ["a.yaml"]')).toEqual(["1:22 not valid JSON: the file ends before the '}' that closes an object"]);
    expect(problems('json', '')).toEqual(['1:1 not valid JSON: the file ends where a value was expected']);
    expect(problems('yaml', 'specs:\n  - spec: a.yaml\n    name: [x\n')).toEqual(['4:1 not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']);
    expect(problems('yaml', 'specs:\n  - a.yaml\nspecs:\n  - b.yaml\n')).toEqual(['3:1 not valid YAML: Map keys must be unique']);
  });

  it('is one line per problem from the CLI, file:line:col first, with exit 2', () => {
    const dir = tempDir('config-cli');
    writeFileSync(join(dir, 'specforge.config.json'), '{\n  "specs": [\n    { "spec": "a.yaml", "emitters": ["clients"] },\n    { "spec": "b.yaml", "pakageName": "b" }\n  ]\n}\n');
    for (const command of ['generate', 'lint']) {
      const result = runCli([command], { cwd: dir });
      expect(result.stderr).toBe(
        'specforge: specforge.config.json:3:38: specs[0].emitters[0]: "clients" is not an emitter; the emitters are types, validators, endpoints, server, client, contract\n' +
          'specforge: specforge.config.json:4:25: specs[1]: unknown key "pakageName"; did you mean "packageName"?\n',
      );
      expect(result.code).toBe(2);
    }
    writeFileSync(join(dir, 'specforge.config.json'), '{ "specs": [ { "spec": "a.yaml", }\n');
    const syntax = runCli(['generate'], { cwd: dir });
    expect(syntax.stderr).toBe("specforge: specforge.config.json:1:34: not valid JSON: a comma before '}' (JSON allows none there)\n");
    expect(syntax.code).toBe(2);
  });
});

describe('a config that is right', () => {
  it('resolves every field: paths relative to the config file, per-spec out, emitters and lintConfig', () => {
    const dir = join(fixtures, 'project');
    const config = readProjectConfig(dir)!;
    expect(config).toEqual({
      file: join(dir, 'specforge.config.yaml'),
      out: join(dir, 'packages'),
      lintConfig: join(dir, 'redocly.yaml'),
      specs: [
        { path: join(dir, 'specs/pets.yaml'), name: 'pets', packageName: 'pets', version: undefined, dir: join(dir, 'packages/pets'), emitters: undefined, lintConfig: join(dir, 'redocly.yaml') },
        {
          path: join(dir, 'specs/orders.yaml'),
          name: 'shop-orders',
          packageName: '@acme/orders',
          version: '1.2.0',
          dir: join(dir, 'packages/shop-orders'),
          emitters: ['client'],
          lintConfig: join(dir, 'lint/strict.yaml'),
        },
        {
          path: resolve(dir, '../elsewhere/Billing API.json'),
          name: 'Billing API',
          packageName: 'billing-api',
          version: undefined,
          dir: resolve(dir, '../billing-package'),
          emitters: ['types', 'validators'],
          lintConfig: join(dir, 'redocly.yaml'),
        },
      ],
    });
  });

  it('takes the defaults: out "generated", each spec in a folder of its file name, specforge\'s own lint config', () => {
    const dir = tempDir('config-defaults');
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'specforge.config.json'), '\uFEFF{ "specs": ["../api.yaml"] }');
    expect(readProjectConfig(join(dir, 'nested'))).toEqual({
      file: join(dir, 'nested', 'specforge.config.json'),
      out: join(dir, 'nested', 'generated'),
      lintConfig: undefined,
      specs: [{ path: join(dir, 'api.yaml'), name: 'api', packageName: 'api', version: undefined, dir: join(dir, 'nested', 'generated', 'api'), emitters: undefined, lintConfig: undefined }],
    });
    expect(readProjectConfig(tempDir('config-none'))).toBeUndefined();
  });

  it('reads the same from text as from its file', () => {
    const file = join(fixtures, 'project', 'specforge.config.yaml');
    expect(parseProjectConfig(readFileSync(file, 'utf8'), file)).toEqual(readProjectConfig(join(fixtures, 'project')));
  });
});
