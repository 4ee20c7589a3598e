/**
 * A reader for TimeML (.tml) documents, as the TempEval-3 corpora ship them: the plain text of
 * the <TEXT> element with the TIMEX3 expressions in it (type, value, offsets in that text), and
 * the document creation time (the TIMEX3 whose functionInDocument is CREATION_TIME).
 */

export interface Timex {
  tid: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  text: string;
  start: number;
  end: number;
}

export interface TimemlDocument {
  id: string;
  /** The document creation time's value, as given (`1998-01-08`, `2013-03-22T09:00`). */
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

/** Reads one .tml document. `id` names it in error messages. */
export function readTimeml(id: string, xml: string): TimemlDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  if (!dctTag) throw new Error(`${id}: no TIMEX3 with functionInDocument="CREATION_TIME"; a TempEval document needs its creation time.`);
  const dct = attributes(dctTag).value;
  if (!dct) throw new Error(`${id}: the creation-time TIMEX3 has no value attribute.`);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) throw new Error(`${id}: no <TEXT> element.`);
  let text = '';
  const timexes: Timex[] = [];
  let open: { attrs: Record<string, string>; start: number } | undefined;
  for (const m of body[1]!.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|&(\w+);|[^<&]+|[<&]/g)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3' || m[4]) continue;
      if (!m[1]) open = { attrs: attributes(m[3]!), start: text.length };
      else if (open) {
        const { attrs, start } = open;
        const type = attrs.type as Timex['type'];
        if (text.length > start) timexes.push({ tid: attrs.tid ?? '', type, value: attrs.value ?? '', text: text.slice(start), start, end: text.length });
        open = undefined;
      }
    } else if (m[5]) text += ENTITIES[m[5]] ?? m[0];
    else text += m[0];
  }
  return { id, dct, text, timexes };
}
