#!/usr/bin/env node
import { ExitCode, UserError } from '../util/user-error.js';
import { COMMANDS, findCommand, mainHelp } from './commands.js';

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      if (topic !== undefined) {
        const command = findCommand(topic);
        if (!command) throw new UserError(`unknown command '${topic}'; run 'specforge --help' for the list`);
        process.stdout.write(command.help);
      } else {
        process.stdout.write(mainHelp());
      }
      return name === undefined ? ExitCode.unusable : ExitCode.ok;
    }
    if (name === '--version' || name === '-v') {
      const { packageVersion } = await import('../util/package-version.js');
      process.stdout.write(`${packageVersion()}\n`);
      return ExitCode.ok;
    }
    const command = findCommand(name);
    if (!command) {
      throw new UserError(`unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(command.help);
      return ExitCode.ok;
    }
    const run = await command.load();
    return await run(rest);
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`specforge: ${error.line}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`specforge: internal error: ${message}\n`);
    if (process.env.SPECFORGE_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    else process.stderr.write('specforge: this is a bug in specforge; run again with SPECFORGE_DEBUG=1 for details and report it\n');
    return ExitCode.internal;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = ExitCode.internal;
  },
);
