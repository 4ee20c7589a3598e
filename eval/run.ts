/**
 * `npm run eval`: quality of the extractor on news that is not in the site's corpus —
 * quote spans and speakers (eval/quotes.ts) and date values (eval/dates.ts) — printed as a
 * Markdown table against the targets.
 */
import { evaluateDates } from './dates.ts';
import { evaluateQuotes } from './quotes.ts';

const TARGETS: Record<string, number> = { quote_span_f1: 0.95, speaker_accuracy: 0.92, date_value_accuracy: 0.92 };

const rows = [...(await evaluateQuotes()), ...(await evaluateDates())];
console.log('| data set | n | metric | value | target |');
console.log('|---|---:|---|---:|---:|');
for (const row of rows) {
  for (const [metric, value] of Object.entries(row.metrics)) {
    const target = TARGETS[metric];
    const mark = target === undefined ? '' : value >= target ? ' ✓' : ' ✗';
    console.log(`| ${row.name} | ${row.n} | ${metric} | ${value.toFixed(3)}${mark} | ${target ?? ''} |`);
  }
}
