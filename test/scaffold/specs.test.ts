import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../generate/support/generated-package.js';
import { projectRoot } from '../support/run-cli.js';
import { fixtures, linkModules, scaffold, typecheck } from './support/project.js';

// Every bundled spec scaffolds into a project that type-checks as it is; spec text stays data in what it writes.

describe('the bundled specs, scaffolded', () => {
  it.each(['agentmessage', 'autosend', 'autousers', 'middesk'])('%s: a project that type-checks', (name) => {
    const project = join(tempDir(`scaffold-${name}`), 'server');
    const result = scaffold([join(projectRoot, 'specs', `${name}.yaml`), '--out', project]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(project, 'src/authenticate.ts'))).toBe(true);
    linkModules(project);
    expect(typecheck(project)).toBe('');
  });
});

describe('a spec whose text and names meet the scaffold', () => {
  it('keeps spec text in comments and strings as data, aliases names that meet its own, and has no authenticate without security', () => {
    const project = join(tempDir('scaffold-hostile'), 'server');
    const result = scaffold([join(fixtures, 'open-hostile.yaml'), '--out', project]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const read = (path: string) => readFileSync(join(project, path), 'utf8');
    expect(JSON.parse(read('package.json')).description).toBe('A server for Hostile "names" & <tags> */ `ticks` ${x}, scaffolded by specforge');
    expect(read('src/handlers/handlers.ts')).toContain('/** Ends a comment *\\/ console.log("pwned"); /* — GET /handlers */');
    expect(read('src/handlers/notImplemented.ts')).toContain("import { notImplemented as notImplemented_, type HandlerInput, type HandlerResult } from 'open-hostile';");
    expect(read('src/handlers.ts')).toContain("import { handlers as handlers_ } from './handlers/handlers.js';");
    expect(read('src/handlers.ts')).toContain('  handlers: handlers_,\n');
    expect(read('src/handlers/delete_.ts')).toContain("export async function delete_(input: HandlerInput<'delete_'>)");
    expect(read('src/handlers/reposGet.ts')).toContain('/** Get a repository — GET /repos/{owner} (operationId repos/get) */');
    expect(existsSync(join(project, 'src/authenticate.ts'))).toBe(false);
    expect(read('src/server.ts')).not.toContain('authenticate');
    linkModules(project);
    expect(typecheck(project)).toBe('');
  });
});
