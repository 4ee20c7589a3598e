/**
 * The verdict scale, its definitions (shown on /methodology/) and its mapping to schema.org
 * ClaimReview `reviewRating` (ratingValue on a 1–5 scale, worst = 1; `alternateName` is the
 * verdict in words, which is what search engines show).
 */
import type { Verdict } from '../schema/index.ts';

export interface VerdictInfo {
  verdict: Verdict;
  label: string;
  definition: string;
  /** 1 (worst) … 5 (best); unrated verdicts have none. */
  ratingValue?: number;
  /** Tailwind-free colour token used by the site's badge styles. */
  tone: 'green' | 'lime' | 'amber' | 'red' | 'slate' | 'stone';
}

export const VERDICTS: VerdictInfo[] = [
  { verdict: 'accurate', label: 'Accurate', definition: 'The claim is correct and nothing significant is missing.', ratingValue: 5, tone: 'green' },
  { verdict: 'mostly-accurate', label: 'Mostly accurate', definition: 'The claim is correct but needs clarification or additional information.', ratingValue: 4, tone: 'lime' },
  { verdict: 'misleading', label: 'Misleading', definition: 'The claim contains some truth but leaves out or distorts facts in a way that gives a wrong impression.', ratingValue: 2, tone: 'amber' },
  { verdict: 'false', label: 'False', definition: 'The claim is contradicted by the record.', ratingValue: 1, tone: 'red' },
  { verdict: 'unsupported', label: 'Unsupported', definition: 'No evidence is offered for the claim and none could be found; it may be true, but nothing shows it.', ratingValue: 3, tone: 'slate' },
  { verdict: 'unverified', label: 'Not yet checked', definition: 'The claim is check-worthy and no one has reviewed it yet; it carries no explanation until it is checked.', tone: 'stone' },
];

/** The icon shown with a verdict's word, so that colour is never the only cue. */
export const TONE_ICONS: Record<VerdictInfo['tone'], string> = { green: '✓', lime: '✓', amber: '!', red: '✗', slate: '?', stone: '…' };

const BY_VERDICT = new Map(VERDICTS.map((v) => [v.verdict, v]));

export function verdictInfo(verdict: Verdict): VerdictInfo {
  return BY_VERDICT.get(verdict)!;
}
