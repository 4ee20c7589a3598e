/**
 * A claim's history as pages show it (its page's "History" section, /corrections/ and its
 * feed): dates and values in words. Built from the git history the build read
 * (src/lib/history); plain JSON, part of each page's data and so of its cache key.
 */
import type { ClaimHistory, HistoryEntry, TrackedField } from '../history/index.ts';
import type { Actor, Verdict } from '../schema/index.ts';
import { formatCalendarValue } from './format-calendar.ts';
import type { ClaimRow } from './rows.ts';
import { PUBLISHER_ID } from './routes.ts';
import { verdictInfo } from './verdicts.ts';

export interface ChangeLine {
  field: TrackedField;
  /** "verdict", "statement", "claimant". */
  label: string;
  from?: string;
  to: string;
}

export interface HistoryLine {
  kind: HistoryEntry['kind'];
  date: string;
  dateLabel: string;
  message: string;
  commit: string;
  changes: ChangeLine[];
}

export interface ClaimHistoryView {
  available: boolean;
  reason?: string;
  /** Oldest first: when it was first published, then each change. */
  entries: HistoryLine[];
}

/** One change of a published claim, for /corrections/. */
export interface CorrectionRow {
  key: string;
  date: string;
  dateLabel: string;
  message: string;
  changes: ChangeLine[];
  claim: Pick<ClaimRow, 'key' | 'href' | 'headline' | 'verdict' | 'verdictLabel' | 'article'>;
}

const LABELS: Record<TrackedField, string> = { verdict: 'verdict', statement: 'statement', claimant: 'claimant' };

export function historyView(history: ClaimHistory | undefined, key: string, actors: ReadonlyMap<string, Actor>, publisher: string): ClaimHistoryView {
  if (!history?.available) return { available: false, reason: history?.reason ?? 'this site was built without the history of its content', entries: [] };
  const words = (field: TrackedField, value: string) =>
    field === 'verdict' ? verdictInfo(value as Verdict).label : field === 'claimant' ? (value === PUBLISHER_ID ? publisher : (actors.get(value)?.name ?? value)) : value;
  return {
    available: true,
    entries: (history.claims.get(key) ?? []).map((e) => ({
      kind: e.kind,
      date: e.date,
      dateLabel: formatCalendarValue(e.date, 'day'),
      message: e.message,
      commit: e.commit.slice(0, 12),
      changes: e.changes.map((c) => ({ field: c.field, label: LABELS[c.field], ...(c.from !== undefined ? { from: words(c.field, c.from) } : {}), to: words(c.field, c.to) })),
    })),
  };
}

/** Every change after first publication, newest first. */
export function correctionRows(claims: readonly (ClaimRow & { history: ClaimHistoryView })[]): CorrectionRow[] {
  return claims
    .flatMap((c) =>
      c.history.entries
        .filter((e) => e.kind === 'changed')
        .map((e) => ({
          key: `${c.key}-${e.commit}`,
          date: e.date,
          dateLabel: e.dateLabel,
          message: e.message,
          changes: e.changes,
          claim: { key: c.key, href: c.href, headline: c.headline, verdict: c.verdict, verdictLabel: c.verdictLabel, article: c.article },
        })),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
