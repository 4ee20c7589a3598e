/**
 * The publication date and how it was established: the editor's --published (with their
 * evidence, or a note that they gave it), else a dateline found at the top of the raw text.
 * A day that does not exist or lies in the future is refused.
 */
import type { Dateline } from '../clean/clean-result.ts';
import { FactlineError, problem } from '../errors/index.ts';
import { isRealDay } from '../schema/common.ts';

export interface PublishedDate {
  published: string;
  published_evidence: string;
}

/** Today's calendar day where the command runs, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function resolvePublished(opts: {
  file: string;
  sourceFile: string;
  published?: string;
  evidence?: string;
  dateline: Dateline | null;
  today: string;
}): PublishedDate {
  const { file, published, evidence, dateline, today } = opts;
  const notFuture = (day: string, what: string, line?: number) => {
    if (day > today) {
      throw new FactlineError(problem(file, `${what} ${day} is in the future (today is ${today})`, { ...(line ? { line, column: 1 } : {}), hint: 'pass --published YYYY-MM-DD with the day the article actually appeared' }));
    }
  };
  if (published !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !isRealDay(published)) {
      throw new FactlineError(problem(file, `--published "${published}" is not a calendar day`, { hint: 'write --published as YYYY-MM-DD, a day that exists (e.g. 2025-05-29)' }));
    }
    notFuture(published, '--published', undefined);
    return { published, published_evidence: evidence?.trim() || `given by the editor: ${published}` };
  }
  if (dateline) {
    notFuture(dateline.value, `the dateline "${dateline.text}" names`, dateline.line);
    const where = `dateline on line ${dateline.line} of ${opts.sourceFile}: "${dateline.text}"`;
    const caveat = dateline.kind === 'updated' ? ' (an update time; the first publication may be earlier)' : '';
    return { published: dateline.value, published_evidence: evidence?.trim() || `${where}${caveat}` };
  }
  throw new FactlineError(
    problem(file, 'no publication date: the text has no dateline to trust and no --published was given', {
      hint: 'pass --published YYYY-MM-DD, and --evidence "how you established it"',
    }),
  );
}
