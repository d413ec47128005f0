import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../util/user-error.js';

/** `util.parseArgs` with its errors turned into one-line usage errors (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]?.replace(/\. To specify a positional argument.*$/, '');
    throw new UserError(`${command}: ${reason}; run 'specforge ${command} --help'`);
  }
}
