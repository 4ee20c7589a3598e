/**
 * Date evaluation: for each gold date expression, is a mention found overlapping it (span
 * recall), and does its value match exactly (value accuracy)? Span precision counts found
 * mentions that overlap no gold expression.
 */
import { readFileSync } from 'node:fs';
import { extractDates } from '../src/lib/dates/index.ts';

interface Gold {
  documents: { published: string; text: string; dates: { text: string; value: string }[] }[];
}

export async function evaluateDates(): Promise<{ name: string; metrics: Record<string, number>; n: number }[]> {
  const gold = JSON.parse(readFileSync(new URL('./data/dates/hand-gold.json', import.meta.url), 'utf8')) as Gold;
  let n = 0, found = 0, correct = 0, predicted = 0, overlapping = 0;
  for (const doc of gold.documents) {
    const mentions = extractDates(doc.text, doc.published);
    predicted += mentions.length;
    const spans = doc.dates.map((g) => ({ ...g, start: doc.text.indexOf(g.text) }));
    for (const g of spans) {
      n++;
      const hit = mentions.find((m) => m.start < g.start + g.text.length && g.start < m.start + m.text.length);
      if (hit) {
        found++;
        if (hit.value === g.value) correct++;
      }
    }
    overlapping += mentions.filter((m) => spans.some((g) => m.start < g.start + g.text.length && g.start < m.start + m.text.length)).length;
  }
  const p = predicted ? overlapping / predicted : 0, r = n ? found / n : 0;
  return [{ name: 'dates: hand-made 2025 passages', n, metrics: { date_span_precision: p, date_span_recall: r, date_span_f1: p + r ? (2 * p * r) / (p + r) : 0, date_value_accuracy: n ? correct / n : 0 } }];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await evaluateDates(), null, 2));
