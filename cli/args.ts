/**
 * Command-line arguments, read with node:util's parseArgs but explained in Factline's own
 * words: parseArgs's messages have unbalanced quotes and advise `--` even for a misspelled
 * option. A UsageError is printed as `factline: message — hint` and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { listOf, shown } from '../src/lib/content-file/index.ts';
import { suggest } from '../src/lib/errors/index.ts';

export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

type Config = Required<Pick<ParseArgsConfig, 'options'>> & Pick<ParseArgsConfig, 'allowPositionals'>;

/** parseArgs for `factline <command>`, with its errors reworded. */
export function parseCommandArgs<T extends Config>(command: string, argv: string[], config: T) {
  try {
    return parseArgs({ ...config, args: argv, strict: true });
  } catch (err) {
    throw explainArgsError(command, config, err);
  }
}

function explainArgsError(command: string, config: Config, err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (!code?.startsWith('ERR_PARSE_ARGS_')) return err;
  const message = (err as Error).message;
  const name = `\`factline ${command}\``;
  const options = [...Object.keys(config.options).map((o) => `--${o}`), '--help'];
  const theOptions = `its options are ${listOf(options)}; \`factline ${command} --help\` explains them`;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option ${quoted} for ${name}`, suggest(quoted, options, theOptions));
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /^-+[^ ]+/.exec(quoted)?.[0] ?? quoted;
      return /does not take/.test(message)
        ? new UsageError(`option ${option} of ${name} takes no value`, `write just ${option}`)
        : new UsageError(`option ${option} of ${name} needs a value`, `write ${option} followed by its value; \`factline ${command} --help\` explains it`);
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`${name} takes no file or other argument, but was given ${shown(quoted)}`, theOptions);
    default:
      return new UsageError(`${message.replace(/'/g, '"')} (factline ${command})`, theOptions);
  }
}
