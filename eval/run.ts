/**
 * `npm run eval`: quality of the extractor on news that is not in the site's corpus, printed as a
 * Markdown table against the targets, every set with its n and its role:
 * - development: looked at while the rules were written (errors read, rules changed);
 * - test: held out, scored for reporting only;
 * - "written alongside the rules": hand-made sets by the same hands as the rules, so their
 *   figures say little about news the rules never saw.
 *
 * Sets: quote spans and speakers (eval/quotes.ts: hand-made 2025 passages, PolNeAR dev/train/test),
 * date values (eval/dates.ts: hand-made passages; eval/tempeval.ts: TempEval-3 TBAQ-cleaned and
 * platinum). `--dev` scores the development sets only.
 */
import { parseArgs } from 'node:util';
import { evaluateDates } from './dates.ts';
import { evaluateQuotes } from './quotes.ts';
import { evaluateTempeval } from './tempeval.ts';

const TARGETS: Record<string, number> = { quote_span_f1: 0.95, speaker_accuracy: 0.92, date_value_accuracy: 0.92, value_f1: 0.8, relaxed_span_f1: 0.85 };

const ROLES: Record<string, string> = {
  'quotes: hand-made 2025 (dev)': 'development; written alongside the rules',
  'quotes: hand-made 2025 (test)': 'held-out passages, but written alongside the rules',
  'quotes: PolNeAR dev': 'development',
  'quotes: PolNeAR train': 'development',
  'quotes: PolNeAR test': 'test',
  'dates: hand-made 2025 passages': 'development; written alongside the rules',
};

const USAGE = `Usage: npm run eval [-- --dev]

Scores the extractor on every data set it finds and prints a Markdown table against the targets.
  --dev       score the development sets only (the test sets stay unread)
  -h, --help  print this and exit

PolNeAR and TempEval-3 are read from local copies named by POLNEAR_DIR and TEMPEVAL_DIR
(see README, "Extraction quality"); a set without one is skipped with a message.`;

let values: { dev: boolean; help: boolean };
try {
  ({ values } = parseArgs({ options: { dev: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const rows = [
  ...(await evaluateQuotes({ splits: values.dev ? ['dev', 'train'] : ['dev', 'train', 'test'] })).map((r) => ({ ...r, role: ROLES[r.name] ?? '' })),
  ...(await evaluateDates()).map((r) => ({ ...r, role: ROLES[r.name] ?? '' })),
  ...evaluateTempeval({ splits: values.dev ? ['dev'] : ['dev', 'test'] }),
];
console.log('| data set | role | n | metric | value | target |');
console.log('|---|---|---:|---|---:|---:|');
for (const row of rows) {
  for (const [metric, value] of Object.entries(row.metrics)) {
    const target = TARGETS[metric];
    const mark = target === undefined ? '' : value >= target ? ' ✓' : ' ✗';
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(3);
    console.log(`| ${row.name} | ${row.role} | ${row.n} | ${metric} | ${shown}${mark} | ${target ?? ''} |`);
  }
}
