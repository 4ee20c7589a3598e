import { isCoreSpeechVerb } from '../../quotes/index.ts';
import { isCapitalized, isInverting, isPersonish, isWord, leftSubject, rightSubject } from '../noun-phrase.ts';
import type { Speaker } from '../speaker.ts';
import { lower, reportsAt, resolve, resolveStrict, type AttributionContext } from './context.ts';
import { openingSubject } from './opening-subject.ts';

/**
 * Who speaks through a reporting participle after a comma (`…, saying`, `…, adding that`,
 * `…, telling reporters`) at token `v`, its clause starting at `from`: the subject of a reporting
 * verb just before the comma (`Peskov said, adding, “…”`; `“…,” said Lavrov at the briefing,
 * adding that “…”`), else the subject that opens the clause the participle hangs on.
 *
 * @example
 * `Sen. Lindsey Graham threw his support behind the bill Wednesday, saying it is time for “…”` →
 * Lindsey Graham; `He added the endorsement means a lot to him, calling it “…”` → whom "He" stands
 * for. In `Trump and Putin will meet on Monday, Peskov said, adding, “…”` → Peskov, not Trump;
 * `with Zelensky calling the plan “a trap” and adding, “…”` → Zelensky.
 */
export function participleSubject(c: AttributionContext, v: number, from: number): Speaker | undefined {
  const { tokens } = c;
  const comma = v - 1;
  // "with Zelensky calling the plan “…” and adding, “…”": a participle joined to an earlier one speaks for the same subject.
  if (lower(tokens[comma]) === 'and') return joinedParticiple(c, comma, from);
  if (tokens[comma]?.text !== ',') return undefined;
  // A reporting verb in the stretch before the comma, back to the previous comma or quote.
  for (let u = comma - 1; u >= from && comma - u < 16; u--) {
    const t = tokens[u]!;
    if (t.type === 'quote' || t.text === ',' || /^[.;:!?]$/.test(t.text)) break;
    if (!isWord(t) || /ing$/.test(lower(t)) || !reportsAt(c, u)) continue;
    const before = tokens[u - 1];
    const inverted = isInverting(t) && (u === from || before?.type === 'quote' || (before?.text === ',' && tokens[u - 2]?.type === 'quote'));
    const r = inverted ? rightSubject(tokens, u, comma) : leftSubject(tokens, u, from);
    // ("The senator delivered a sharp retort …, tweeting": a noun after an article is no subject.)
    if (r && isPersonish(tokens, r) && !/^(?:a|an|the)$/i.test(tokens[r.from - 1]?.text ?? '')) return isCoreSpeechVerb(t.text) ? resolve(c, r) : resolveStrict(c, r);
    break;
  }
  const s = openingSubject(c, from, comma);
  if (s && isPersonish(tokens, s)) return resolveStrict(c, s);
  // "Mr. Manafort, citing “the unique magic of Trump,” said …": a participle set off right after the
  // subject speaks for it.
  const name = { from, to: comma };
  if (comma - from >= 1 && comma - from <= 5 && tokens.slice(from, comma).every((t) => isCapitalized(t)) && isPersonish(tokens, name)) return resolveStrict(c, name);
  return undefined;
}

/**
 * The subject of the participle before the "and" at `and` (a reporting one, or any that opens a
 * phrase after a comma): its own ("with Trump tweeting"), or the clause's.
 */
function joinedParticiple(c: AttributionContext, and: number, from: number): Speaker | undefined {
  const { tokens } = c;
  for (let u = and - 1; u >= from && and - u < 25; u--) {
    const t = tokens[u]!;
    if (/^[.;:!?]$/.test(t.text)) return undefined;
    // (Any participle opening a phrase after a comma: "Axelrod emailed her, addressing her as “Hillary” and telling her, “…”".)
    if (!isWord(t) || !/ing$/.test(lower(t)) || !(reportsAt(c, u) || (tokens[u - 1]?.text === ',' && !isCapitalized(t)))) continue;
    if (isCapitalized(tokens[u - 1])) {
      const own = leftSubject(tokens, u, from);
      return own ? resolveStrict(c, own) : undefined;
    }
    return participleSubject(c, u, from);
  }
  return undefined;
}
