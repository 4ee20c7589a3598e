/**
 * Reporting verbs: the words news uses to hand the floor to someone. Used both to link the
 * parts of an interrupted quote and to find who a quote is attributed to.
 */
const BASES = `say tell add state write post tweet declare announce claim insist warn stress emphasize emphasise
note explain argue suggest mention remark comment reply respond answer ask acknowledge admit concede
confirm deny describe call characterize characterise label dub term brand threaten promise vow pledge
predict urge caution complain boast joke quip recall recount continue conclude observe report reiterate
repeat express voice testify shout cry lament praise criticize criticise slam blast accuse charge hail
thank assure reassure proclaim muse wonder quote read tout decry denounce dismiss mock ridicule scoff
retort counter rebut agree disagree affirm assert contend maintain allege demand plead beg implore
complain concur guarantee highlight underline underscore point signal indicate reveal disclose
predict forecast estimate calculate pronounce opine posit propose recommend advise instruct order
tell inform brief relay echo summarize summarise sum put insist exclaim whisper yell scream sigh laugh
sing chant admonish chide scold rebuke lambaste fume rail rage vent gush rave marvel cheer celebrate applaud welcome
interject condemn deplore wail sob moan groan bellow holler mutter murmur stammer snap snarl grumble gasp shriek sneer hiss growl bark roar
thunder intone`
  .split(/\s+/)
  .filter(Boolean);

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'written', 'writes', 'writing'],
  read: ['reads', 'reading'],
  put: ['puts', 'putting'],
  cry: ['cried', 'cries', 'crying'],
  sum: ['summed', 'sums', 'summing'],
  slam: ['slammed', 'slams', 'slamming'],
  quip: ['quipped', 'quips', 'quipping'],
  plead: ['pleaded', 'pled', 'pleads', 'pleading'],
  beg: ['begged', 'begs', 'begging'],
  rebut: ['rebutted', 'rebuts', 'rebutting'],
  admit: ['admitted', 'admits', 'admitting'],
  forecast: ['forecasts', 'forecasting'],
  vent: ['vented', 'vents', 'venting'],
  rage: ['raged', 'rages', 'raging'],
  sing: ['sang', 'sung', 'sings', 'singing'],
  snap: ['snapped', 'snaps', 'snapping'],
  sob: ['sobbed', 'sobs', 'sobbing'],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]!];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  return [base, past, third, `${stem}ing`];
}

/** Forms that are more often nouns in news prose ("the call", "his comments", "a report"). */
const NOUN_FORMS = new Set(
  `call calls report reports comment comments answer answers charge charges order orders post posts quote quotes
  signal signals point points estimate estimates forecast forecasts promise promises demand demands reply replies
  praise voice voices cry cries joke jokes welcome counter counters note notes label labels brand brands term terms
  continue read reads sum sums echo echoes remark remarks claim claims statement warning warnings pledge pledges vow vows
  order plea sigh laugh cheer cheers state states guarantee guarantees`.split(/\s+/),
);

export const SPEECH_VERBS: ReadonlySet<string> = new Set(BASES.flatMap(inflect).filter((w) => !NOUN_FORMS.has(w)));

export const isSpeechVerb = (word: string) => SPEECH_VERBS.has(word.toLowerCase());

const CORE_BASES = `say tell write add state ask reply respond answer announce declare claim insist warn note explain argue
comment read conclude report post tweet stress emphasize emphasise call describe confirm deny predict promise urge suggest
acknowledge admit mention reiterate repeat continue recall remark observe quip joke assert contend maintain`.split(/\s+/);
const CORE_FORMS: ReadonlySet<string> = new Set(CORE_BASES.flatMap(inflect));

/**
 * Verbs that report speech whatever their subject ("the statement said", "a report says"); for
 * the others ("highlighted", "signalled", "welcomed") only a person or body is a speaker:
 * "the meeting highlighted the 'striking' difference" reports no one.
 */
export const isCoreSpeechVerb = (word: string) => CORE_FORMS.has(word.toLowerCase());

const ALL_FORMS: ReadonlySet<string> = new Set(BASES.flatMap(inflect));

/** Also the forms that are usually nouns: right after a subject ("Okafor notes", "she calls it") they are verbs. */
export const isSpeechVerbAfterSubject = (word: string) => ALL_FORMS.has(word.toLowerCase());
