#!/usr/bin/env node
/**
 * The `factline` command. Each subcommand lives in `cli/commands/<name>.ts` and exports
 * `run(argv: string[]): Promise<number>` (the exit code) and a one-line `summary`.
 */
import { readdirSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactlineError, formatProblem, suggest } from '../src/lib/errors/index.ts';
import { UsageError } from './args.ts';

const commandsDir = fileURLToPath(new URL('./commands/', import.meta.url));

interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function load(name: string): Promise<Command> {
  return (await import(new URL(`./commands/${name}.ts`, import.meta.url).href)) as Command;
}

async function help(): Promise<void> {
  const lines = ['Usage: factline <command> [options]', '', 'Commands:'];
  for (const name of commandNames()) lines.push(`  ${name.padEnd(10)} ${(await load(name)).summary}`);
  lines.push('', 'Run `factline <command> --help` for a command’s options.');
  console.log(lines.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help();
    return name ? 0 : 1;
  }
  if (!commandNames().includes(name)) {
    throw new UsageError(`unknown command "${name}"`, suggest(name, commandNames(), `the commands are ${commandNames().join(', ')}; \`factline --help\` explains them`));
  }
  const command = await load(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof FactlineError) {
      // Paths as every command prints them: relative to where the command was run.
      for (const p of err.problems) console.error(formatProblem(isAbsolute(p.file) ? { ...p, file: relative(process.cwd(), p.file) || p.file } : p));
    } else if (err instanceof UsageError) {
      console.error(`factline: ${err.message}${err.hint ? ` — ${err.hint}` : ''}`);
    } else {
      console.error(`factline: ${err instanceof Error ? err.message : String(err)}`);
    }
    process.exitCode = err instanceof FactlineError ? 1 : 2;
  },
);
