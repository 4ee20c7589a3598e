/**
 * One error type for every problem Factline reports, from the CLI and the build alike.
 * Each carries the file it is about, a 1-based line and column when known, a sentence
 * saying what is wrong and a hint saying what to do about it.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
  severity: Severity;
}

export class FactlineError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'FactlineError';
    this.problems = list;
  }
}

/** `path:line:col: severity: message (hint)` — the one format used everywhere. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line ?? 1, p.column ?? 1].join(':');
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${where}: ${p.severity}: ${p.message}${hint}`;
}

export function problem(
  file: string,
  message: string,
  opts: { line?: number; column?: number; hint?: string; severity?: Severity } = {},
): Problem {
  return { file, message, severity: opts.severity ?? 'error', ...opts, ...(opts.severity ? {} : { severity: 'error' }) };
}

export const isError = (p: Problem) => p.severity === 'error';
