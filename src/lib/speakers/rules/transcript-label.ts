import { actorSpeaker } from '../mentions.ts';
import type { Speaker } from '../speaker.ts';
import type { AttributionContext } from './context.ts';

/** A speaker's label in capitals opening a transcript's paragraph: "LOWE: …", "ANN ORTIZ: …", "MR. LOWE: …". */
const LABEL = /^\s*((?:\p{Lu}[\p{Lu}'’.-]*\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s/u;

/** Titles a label may carry, which are no part of the name. */
const TITLES = /^(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF|REV)\.?$/;

/** Labels in capitals that head a paragraph without naming anyone. */
const NOT_SPEAKERS =
  /^(?:UPDATE|UPDATED|BREAKING|WATCH|NOTE|EDITOR['’]S NOTE|VIDEO|PHOTOS?|READ|READ MORE|RELATED|SOURCE|QUOTE|CORRECTION|CLARIFICATION|LISTEN|TRANSCRIPT|EXCLUSIVE|ALERT|WARNING|DISCLOSURE|FULL TEXT|PARTIAL TRANSCRIPT)$/;

/** How far back a run of paragraphs may reach for the label that opened it. */
const MAX_RUN = 20;

/** The speaker a label names: someone the article named by that surname, else a registry actor, else a proposed one. */
function labelSpeaker(c: AttributionContext, label: string): Speaker | undefined {
  if (NOT_SPEAKERS.test(label)) return undefined;
  const words = label
    .split(/\s+/)
    .filter((w) => !TITLES.test(w))
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  if (words.length === 0) return undefined;
  const surname = words.at(-1)!.toLowerCase();
  const named = c.resolver.index.mentions.find((m) => m.person && m.speaker.name.toLowerCase().split(/\s+/).at(-1) === surname);
  if (named) return named.speaker;
  const actor = c.resolver.registry.resolveName(words.join(' '), c.resolver.date);
  if (actor) return actorSpeaker(actor);
  return { ...c.resolver.registry.proposeActor(words.join(' ')), proposed: true };
}

/** The label opening quote `k`, when the quote opens a paragraph. */
function labelOf(c: AttributionContext, k: number): string | undefined {
  const i = c.tokenOf.get(k);
  if (i === undefined || !c.tokens[i]!.paragraphStart) return undefined;
  return LABEL.exec(c.quotes[k]!.text)?.[1];
}

/**
 * `transcriptLabel`: a transcript set out as quoted paragraphs, each turn opening with the
 * speaker's name in capitals and a colon, speaks for that name; a paragraph of the same run with
 * no label of its own (the run unbroken by any text outside the quotes) goes on in the voice of the
 * last label.
 *
 * @example
 * `"KELLS: Will you run?` / `"LOWE: Well, look, I have said it before.` / `"And I will say it again.`
 * → Kells for the first, Tom Lowe (named earlier in the article) for the other two.
 */
export function transcriptLabel(c: AttributionContext, k: number): Speaker | undefined {
  const own = labelOf(c, k);
  if (own) return labelSpeaker(c, own);
  let i = c.tokenOf.get(k);
  if (i === undefined || !c.tokens[i]!.paragraphStart) return undefined;
  for (let n = k - 1; n >= 0 && k - n <= MAX_RUN; n--) {
    const prev = c.tokenOf.get(n);
    // Each paragraph of the run follows the one before with nothing outside the quotes between them.
    if (prev === undefined || prev !== i - 1 || !c.tokens[prev]!.paragraphStart) return undefined;
    const label = labelOf(c, n);
    if (label) return labelSpeaker(c, label);
    i = prev;
  }
  return undefined;
}
