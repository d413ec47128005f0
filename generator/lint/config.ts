import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '@redocly/openapi-core';
import { ExitCode, UserError } from '../util/user-error.js';
import { displayPath } from '../util/display-path.js';
import { packageRoot } from '../util/package-root.js';
import { specforgePlugin } from './plugin.js';

/** The redocly.yaml specforge ships. */
export function defaultConfigPath(): string {
  return join(packageRoot(), 'generator', 'lint', 'redocly.yaml');
}

/**
 * Loads a Redocly configuration: specforge's own, or a team's (`--config`). Either way the specforge plugin is
 * available, so a team's config can extend `specforge/recommended` or pick single `specforge/*` rules.
 */
export async function loadLintConfig(configPath?: string): Promise<Config> {
  const path = configPath ? resolve(configPath) : defaultConfigPath();
  const shown = displayPath(path);
  if (!existsSync(path)) throw new UserError('lint config not found', ExitCode.unusable, shown);
  try {
    return await loadConfig({ configPath: path, plugins: [specforgePlugin] });
  } catch (error) {
    const message = (error as Error).message.split('\n').find((line) => line.trim()) ?? 'unknown error';
    throw new UserError(`lint config cannot be used: ${message.trim()}`, ExitCode.unusable, shown);
  }
}
