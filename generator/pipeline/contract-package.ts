import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApiIR } from '../ir/ir.js';
import type { Finding } from '../lint/finding.js';
import type { PackageNames } from '../naming/package-names.js';
import { writePackage } from '../write/write-package.js';
import type { ContractModule } from '../emit/contract/contract-module.js';
import { generatePackageModel } from './generate-package.js';
import type { LintResult } from './lint-in-worker.js';

/** A spec's package generated into a folder of its own, with its contract module loaded: what `serve` and `test` run. */
export interface ContractPackage {
  dir: string;
  ir: ApiIR;
  names: PackageNames;
  contract: ContractModule;
  /** The lint's findings that do not refuse generation. */
  warnings: Finding[];
  /** Removes the folder; safe to call more than once. */
  remove(): void;
}

/**
 * Generates the spec's package (refusing, as `generate` does, a spec it cannot generate from) into a temporary
 * folder and imports its `contract` module. The folder is the caller's to remove.
 */
export async function loadContractPackage(specPath: string, lint: Promise<LintResult>, lintConfigPath: string | undefined): Promise<ContractPackage> {
  const lintConfig = lintConfigPath === undefined ? undefined : await import('../lint/config.js').then(({ loadLintConfig }) => loadLintConfig(lintConfigPath));
  const { files, ir, names, warnings } = await generatePackageModel({ specPath, packageName: 'specforge-contract', lintConfig, lintConfigPath, lint });
  const dir = mkdtempSync(join(tmpdir(), 'specforge-contract-'));
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writePackage(dir, files);
    const contract = (await import(pathToFileURL(join(dir, 'contract.js')).href)) as ContractModule;
    return { dir, ir, names, contract, warnings, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
