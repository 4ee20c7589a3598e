/**
 * The button and details after each annotation mark (`<span class="ann-ref">…</span>`, see
 * `render-article.ts`) are interface text: "Details of quote q1", the speaker again, a link to
 * the card. Search and word counts skip them. They are a third of an article page's body, so
 * the indexer is handed the page without them rather than asked to parse and ignore them.
 *
 * A linear scan over the markup the site itself writes, not an HTML parser: the refs are
 * nested `<span>`s, so counting span tags finds where each one ends.
 */
const REF_OPEN = '<span class="ann-ref"';
const SPAN_TAG = /<(\/?)span\b[^>]*>/g;

/**
 * `html` without its annotation refs, each replaced by `replacement` (a space where words on
 * either side must stay apart, as for counting words). A ref that never closes is kept, with
 * everything after it, rather than guessed at.
 *
 * @example withoutAnnotationRefs('<q id="q-1">Hi</q><span class="ann-ref"><button>q1</button><span popover>…</span></span>, she said')
 *          // '<q id="q-1">Hi</q>, she said'
 */
export function withoutAnnotationRefs(html: string, replacement = ''): string {
  let at = html.indexOf(REF_OPEN);
  if (at === -1) return html;
  const pieces: string[] = [];
  let kept = 0;
  while (at !== -1) {
    const end = refEnd(html, at);
    if (end === -1) break;
    pieces.push(html.slice(kept, at), replacement);
    kept = end;
    at = html.indexOf(REF_OPEN, end);
  }
  pieces.push(html.slice(kept));
  return pieces.join('');
}

/** Where the ref opening at `at` ends (just after its closing tag), or -1 if it never does. */
function refEnd(html: string, at: number): number {
  let depth = 0;
  SPAN_TAG.lastIndex = at;
  for (let m = SPAN_TAG.exec(html); m; m = SPAN_TAG.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return SPAN_TAG.lastIndex;
  }
  return -1;
}
