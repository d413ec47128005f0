import type { Config, SpecVersion } from '@redocly/openapi-core';
import { hasExternalRef } from './external-refs.js';
import { JsonFirstResolver, type SpecDocument } from './read-spec.js';

/**
 * The spec as one self-contained document: Redocly's bundle, which brings in `$ref`ed files and applies the
 * config's preprocessors and decorators. A spec that is one file already, read with a config that changes
 * nothing, is its own bundle: it is used as it is, without the walk (0.5 s for GitHub's 13 MB).
 */
export async function bundleSpec(spec: SpecDocument, config: Config): Promise<Record<string, unknown>> {
  const parsed = spec.document.parsed as Record<string, unknown>;
  const source = spec.document.source;
  const json = spec.resolver instanceof JsonFirstResolver && spec.resolver.jsonSources().includes(source);
  if (!hasExternalRef(parsed, json ? source.body : undefined) && !changesDocuments(config, spec.version === '3.0' ? 'oas3_0' : 'oas3_1')) return parsed;
  const { bundle } = await import('@redocly/openapi-core');
  const result = await bundle({ doc: spec.document, config, externalRefResolver: spec.resolver });
  return result.bundle.parsed as Record<string, unknown>;
}

/** Whether the config turns on a preprocessor or decorator, which bundling would apply. */
export function changesDocuments(config: Config, version: SpecVersion): boolean {
  for (const plugin of config.plugins) {
    for (const id of Object.keys(plugin.preprocessors?.oas3 ?? {})) if (config.getPreprocessorSettings(id, version).severity !== 'off') return true;
    for (const id of Object.keys(plugin.decorators?.oas3 ?? {})) if (config.getDecoratorSettings(id, version).severity !== 'off') return true;
  }
  return false;
}
