/**
 * Names in quotation marks are not quotes: programmes ("Fox & Friends"), posts, books,
 * slogans and named groups ("The “Coalition of the Willing” discussed…"). Told apart by a
 * cue word right before the mark, or by Title Case wording that is not a sentence.
 */

/** Nouns that introduce a title: `the Fox News program “Fox & Friends”` (lowercase: "Song" is a name). */
const TITLE_NOUNS =
  /(?<![\p{L}-])(?:program|programme|show|series|sitcom|book|memoir|novel|film|movie|documentary|podcast|song|album|single|track|article|column|op-ed|editorial|headline|newspaper|magazine|post|essay|report|episode|segment|special|exhibition|play|poem|game|app|hashtag|slogan|motto|operation|campaign|initiative|plan|doctrine|group|coalition|committee|caucus|party|movement|network|channel|station|brand|label|website|blog|newsletter|speech|address|bill|act|law|treaty|accord|declaration|statement|doc|video|clip|ad|advert|advertisement|commercial|tagline|catchphrase|motto|letter|titled|entitled|nicknamed|known as|billed as)\s*$/u;

/** Naming verbs that introduce a title only when what follows is a name (Title Case). */
const NAMING_CUE = /\b(?:called|dubbed|named|so-called|so called|the)\s*$/i;

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', '&', 'de', 'la', 'le', 'der', 'von', 'van', 'is', 'it',
]);

/**
 * Title Case wording that is not a sentence: two words or more, every content word
 * capitalised, no sentence punctuation inside, and not shouting in capitals throughout.
 */
export function isTitleCase(quoted: string): boolean {
  const body = quoted.replace(/[,.;:]$/, '').trim();
  if (/[.!?…]\s|[!?]$|[;:]/.test(body)) return false;
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 10) return false;
  const letters = body.replace(/[^\p{L}]/gu, '');
  if (letters && letters === letters.toUpperCase()) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false; // "1-0 for Putin" is a score, not a title
  if (/^(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|We|You|He|She|They|It|This|That|There|What|Why|How|When|If|We're|We’re|It's|It’s)$/.test(words[0]!)) return false;
  return words.every((w, i) => {
    const bare = w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '');
    if (!bare) return true;
    if (i > 0 && FUNCTION_WORDS.has(bare.toLowerCase())) return true;
    return /^[\p{Lu}\p{N}&]/u.test(bare);
  });
}

/**
 * Capitalised wording that names something: every content word capitalised, up to seven words, no
 * sentence punctuation inside. Unlike `isTitleCase` it takes one word ("Today") and any first word
 * ("This Week"): only used after a cue that a name follows.
 */
function isCapitalisedName(quoted: string): boolean {
  const body = quoted.replace(/[,.]$/, '').trim();
  if (!body || /[.!?…;:]\s|[!?;:]$/.test(body)) return false;
  const words = body.split(/\s+/);
  return words.length <= 7 && words.every((w, i) => (i > 0 && FUNCTION_WORDS.has(w.toLowerCase())) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * `programmeOf`: a capitalised name straight after a possessive name is a programme, a show or a
 * work of that network, channel or author, not words said: `told NBC’s “Morning Desk”`, `on ABC’s
 * “This Week,” Ortiz said`, `star of television’s “Harbor Lights”`.
 */
const programmeOf = (quoted: string, before: string) =>
  /(?:\b\p{Lu}[\p{L}\p{N}.&-]*|\b(?:television|network|channel|radio|netflix))['’]s?\s*$/u.test(before) && isCapitalisedName(quoted);

/**
 * `bylinedTitle`: a capitalised title followed by its author or outlet is a work or a headline:
 * `“Windows on the Harbor” by Ana Ruiz`, `—“Council backs the pier plan,” by the Ledger's Ed Park:`.
 */
const bylinedTitle = (quoted: string, after: string) =>
  /^[\p{Lu}\p{N}‘'“"]/u.test(quoted.trimStart()) &&
  // (A headline closes with a comma before its outlet: "…,” by the Ledger's Ed Park; a work's author is a person's
  // name: “…” by Ana Ruiz. "“If we had not stepped in” by the United States" is a quote.)
  (/,$/.test(quoted.trimEnd()) ? /^\s*["”]?\s*by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*?\p{Lu}[\p{L}.'’-]*(?:['’]s\b|\s+\p{Lu})/u : /^\s*["”]?\s*,?\s*by\s+\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’-]+/u).test(after);

/**
 * `nickname`: one or two capitalised words between a first name (or initial) and a surname are a
 * nickname: `Juan “Chico” Reyes of Tulsa`, `Gov. C.L. "Buddy" Marsh (R-Ida.)`. (A headline goes on in
 * capitals after the surname: `Why She Felt “Unseen” As A Child`.)
 */
const nickname = (quoted: string, before: string, after: string) =>
  /(?:^|[\s.])\p{Lu}[\p{L}.'’-]*\s$/u.test(before) &&
  /^[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)?$/u.test(quoted) &&
  /^["”]?\s\p{Lu}[\p{L}'’-]+(?:\s+(?:Jr\.|Sr\.|II|III))?(?:[,.;:)]|\s+[(\p{Ll}\p{N}]|\s*$)/u.test(after);

/** Is the quoted text a name (title) rather than something someone said? */
export function isTitle(quoted: string, before: string, after: string): boolean {
  if (programmeOf(quoted, before) || bylinedTitle(quoted, after) || nickname(quoted, before, after)) return true;
  // `In an interview on “State of the Union,” Sanders said`, `said today on “This Week.”`: a capitalised name
  // after "on" is a programme, whatever follows it.
  if (/\bon\s*$/.test(before) && isCapitalisedName(quoted) && quoted.trim().split(/\s+/).length >= 2) return true;
  // Titles are capitalised: `the biofuels program "back on track"` is a quote.
  if (TITLE_NOUNS.test(before) && /^[\p{Lu}\p{N}‘'“"]/u.test(quoted.trimStart())) return true;
  if (isTitleCase(quoted)) {
    // "…," he said / "…": a title-cased utterance is still an utterance when it is attributed.
    if (/[:]\s*$/.test(before)) return false;
    if (/^\s*[,!?]?\s*["”]?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:said|says|told|added|wrote|tweeted|posted)\b/u.test(after) && /[,!?]$/.test(quoted)) return false;
    return true;
  }
  if (NAMING_CUE.test(before) && /^\p{Lu}/u.test(quoted) && quoted.split(/\s+/).length <= 6 && !/[.!?]/.test(quoted)) {
    return /\b(?:called|dubbed|named|so-called|so called)\s*$/i.test(before) ? true : false;
  }
  return false;
}
