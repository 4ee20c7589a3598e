/**
 * What a reader sees highlighted: for each annotation element id in a page (`q-1`, `c-2`,
 * `d-3`), the text of the element with that id followed by the text of every continuation
 * segment (`data-continues="q-1"`), in document order. The ref links the renderer adds
 * (`.ann-ref`) are not article text and are left out. HTML is parsed with html-validate's
 * parser (a dev dependency already used by the built-site checks); text is entity-decoded.
 */
import { type DOMNode, type HtmlElement, NodeType, Parser, StaticConfigLoader } from 'html-validate';

const config = await new StaticConfigLoader().getConfigFor('page.html');

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode character references; an unknown named one is an error rather than a silent mismatch. */
export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (ref, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
    const named = NAMED[body.toLowerCase()];
    if (named === undefined) throw new Error(`marked-text: unknown character reference ${ref}`);
    return named;
  });
}

function textOf(node: DOMNode): string {
  if (node.nodeType === NodeType.TEXT_NODE) return decodeEntities(node.textContent);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const el = node as HtmlElement;
  if (el.classList.contains('ann-ref')) return '';
  return el.childNodes.map(textOf).join('');
}

// Segments of one annotation in different blocks are joined as the plain text joins blocks.
const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'td', 'th', 'dd', 'dt', 'div', 'article', 'section']);
const blockOf = (el: HtmlElement): HtmlElement | null => {
  for (let p = el.parent; p; p = p.parent) if (BLOCKS.has(p.tagName)) return p;
  return null;
};

export function parseHtml(html: string): HtmlElement {
  return new Parser(config).parseHtml(html);
}

/** Marked text by element id, for every element with an id matching `idPattern`. */
export function markedText(html: string, idPattern = /^[qcd]-\d+$/): Map<string, string> {
  const root = parseHtml(html);
  const out = new Map<string, string>();
  const lastBlock = new Map<string, HtmlElement | null>();
  for (const el of root.querySelectorAll('[id], [data-continues]')) {
    const id = el.getAttributeValue('data-continues') ?? el.getAttributeValue('id') ?? '';
    if (!idPattern.test(id)) continue;
    const continues = el.hasAttribute('data-continues');
    if (continues && !out.has(id)) throw new Error(`marked-text: a segment of ${id} comes before the element with that id`);
    if (!continues && out.has(id)) throw new Error(`marked-text: two elements have the id ${id}`);
    const block = blockOf(el);
    const separator = continues && lastBlock.get(id) !== block ? '\n\n' : '';
    lastBlock.set(id, block);
    out.set(id, (out.get(id) ?? '') + separator + textOf(el));
  }
  return out;
}
