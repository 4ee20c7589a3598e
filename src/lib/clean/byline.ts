/**
 * Who wrote and who published the article, read from whole lines of page furniture:
 *
 * - bylines: "By Jane Ostrowski, Riverton Ledger", "By Jane Ostrowski and Ali Ray | Reuters",
 *   "Written by Jane Ostrowski", "Author: Jane Ostrowski";
 * - author lines: "Jane Ostrowski, Staff Writer" (a name, then a newsroom role);
 * - publisher lines: "Published by the Riverton Ledger";
 * - copyright lines: "© 2026 Riverton Ledger. All rights reserved.", "Copyright 2025 The
 *   Associated Press", which name the publisher when nothing better does.
 *
 * Each reader takes a whole line or nothing: a sentence that happens to start with "By" or
 * mention a copyright is prose, and stays in the body.
 */
import { hasLetters, wordCount } from './line-shape.ts';

export interface BylineParts {
  /** People credited, in the order the line names them. */
  authors: string[];
  /** The outlet the line names, if any. */
  publisher?: string;
}

const LEAD = /^(?:by|written by|words by|story by|reporting by|report by|posted by|author:|authors:|byline:)\s+/i;
/** Separators that set a credit apart from the names: "By Jane Ostrowski | Reuters". */
const STRONG_SEPARATOR = /\s*[|/]\s*|\s+[–—·]\s+/;
/** Newsroom roles that follow a name: "Staff Writer", "Senior Political Correspondent". */
const ROLE_NOUN = /(?:^|\s)(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|photographer|producer|staff|bureau chief|intern)s?$/i;
const ROLE_WORD = /^[\p{L}.'’&-]+$/u;
/** Name particles written in lower case inside a name: "Ursula von der Leyen". */
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'du', 'van', 'von', 'la', 'le', 'bin', 'al', 'el', 'ter', 'ten']);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:Mc|Mac|O’|O')\p{Lu}[\p{L}'’-]*)$/u;

/** A person's or an outlet's name as a byline writes it: one to five capitalised words. */
function isName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words[words.length - 1]!)) return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w));
}

/** "Staff Writer", "Senior Correspondent": a short phrase ending in a newsroom role. */
export function isRole(text: string): boolean {
  const t = text.trim().replace(/\.$/, '');
  const words = t.split(/\s+/);
  return words.length <= 5 && ROLE_NOUN.test(t) && words.slice(0, -1).every((w) => ROLE_WORD.test(w));
}

/** A name that stands for an organisation rather than a person: one word ("Reuters") or "The …". */
const isOrganisationName = (name: string) => !/\s/.test(name) || /^the\s/i.test(name);

/** Names joined by commas, "and" or "&" → each name; undefined when a part is not a name. */
function splitNames(text: string): string[] | undefined {
  const parts = text.split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/).filter(Boolean);
  return parts.length > 0 && parts.every(isName) ? parts : undefined;
}

const toParts = (authors: string[], publisher: string | undefined): BylineParts => (publisher ? { authors, publisher } : { authors });

/**
 * Read a byline ("By …", "Written by …", "Author: …"). Undefined when the line is anything
 * else, including a sentence that starts with "By".
 */
export function parseByline(text: string): BylineParts | undefined {
  const lead = LEAD.exec(text);
  if (!lead || wordCount(text) > 16 || /[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ''))) return undefined;
  const [namesPart, ...credits] = text.slice(lead[0].length).split(STRONG_SEPARATOR).map((s) => s.trim());
  let publisher = credits.find((c) => hasLetters(c) && !isRole(c) && isName(c.replace(/\.$/, '')))?.replace(/\.$/, '');

  // "Jane Ostrowski, Staff Writer, Riverton Ledger": drop roles; then a last part without
  // "and" after one name is the outlet, while "A, B and C" lists three people.
  const pieces = namesPart!.split(/\s*,\s*/).filter((p) => p && !isRole(p));
  if (pieces.length === 0) return undefined;
  const listsPeople = pieces.slice(1).some((p) => /^(?:and|&)\s|\s(?:and|&)\s/.test(p));
  if (!listsPeople && pieces.length > 1) {
    const last = pieces.pop()!;
    if (!isName(last)) return undefined;
    publisher ??= last;
  }
  const names = splitNames(pieces.join(', '));
  if (!names) return undefined;
  // "By Reuters", "By The Associated Press": an outlet credited instead of a person.
  if (names.length === 1 && isOrganisationName(names[0]!)) return toParts([], publisher ?? names[0]);
  // "By Times staff" credits the newsroom, not a person.
  return toParts(names.filter((n) => !/\bstaff$/i.test(n)), publisher);
}

/** "Jane Ostrowski, Staff Writer" or "Jane Ostrowski | Senior Correspondent": a name, then a role. */
export function parseAuthorLine(text: string): BylineParts | undefined {
  const m = /^(.+?)\s*(?:,|\||–|—)\s*(.+)$/.exec(text);
  if (!m || !isName(m[1]!) || isOrganisationName(m[1]!) || !isRole(m[2]!)) return undefined;
  return { authors: [m[1]!] };
}

/** "Published by the Riverton Ledger" → "Riverton Ledger"'s line: the outlet named, or undefined. */
export function parsePublisherLine(text: string): string | undefined {
  const m = /^(?:published|publisher|produced|brought to you|presented)(?: by|:)\s+(?:the\s+)?(.+?)\.?$/i.exec(text);
  if (!m) return undefined;
  const name = m[1]!.trim();
  return isName(name) ? name : undefined;
}

/** Sentences that end a copyright line as furniture: "All rights reserved." and the wire agencies' notice. */
const COPYRIGHT_TAIL = /(?:\s*[.,;|]?\s*(?:all rights reserved|this material may not be published, broadcast, rewritten,? or redistributed(?: without permission)?|terms of (?:use|service)|privacy policy))+\.?$/i;

/**
 * A copyright line: "©", "(c)" or "Copyright" with a year or a © sign, then the holder and
 * perhaps "All rights reserved." Returns the holder ("" when the line names none), or
 * undefined when the line is not a copyright notice.
 */
export function parseCopyright(text: string): string | undefined {
  if (wordCount(text) > 40) return undefined;
  const bare = text.replace(COPYRIGHT_TAIL, '').trim();
  if (bare === '' && COPYRIGHT_TAIL.test(text)) return ''; // "All rights reserved." on its own line
  const m = /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*((?:\d{4}(?:\s*[-–]\s*\d{4})?)?)\s*,?\s*(.*)$/i.exec(bare);
  if (!m) return undefined;
  const hasMark = /^(?:©|\(c\))|copyright\s*(?:©|\(c\))/i.test(bare);
  if (!hasMark && !m[1]) return undefined; // "Copyright law …" is a sentence, not a notice
  const holder = m[2]!.replace(/^(?:by|provided by)\s+/i, '').replace(/^the\s+/i, '').replace(/[.,;]+$/, '').trim();
  if (wordCount(holder) > 15) return undefined;
  const named = isName(holder.replace(/,?\s+(?:inc|ltd|llc|plc|gmbh|co)\.?$/i, ''));
  // With a © sign or "All rights reserved" the line is furniture whatever follows; "Copyright
  // 2025 …" alone is taken only with a name after it ("Copyright 2025 filings show …" is prose).
  if (named) return holder;
  return hasMark || bare !== text.trim() ? '' : undefined;
}
