/**
 * Finds what a strict Content-Security-Policy would block in a built page: inline scripts,
 * event-handler attributes, `javascript:` URLs, `<style>` elements and `style` attributes.
 * JSON-LD and other data blocks (`<script type="application/ld+json">`) are not scripts and
 * are allowed. Works on the HTML text the build wrote, so a finding names its line and column.
 */
export interface InlineCodeFinding {
  line: number;
  column: number;
  /** `script` findings break the page under the policy; `style` ones lose their styling. */
  kind: 'script' | 'style';
  message: string;
}

/** `<script>` types that hold data rather than code. */
const DATA_SCRIPT_TYPES = /^(application\/(ld\+)?json|application\/schema\+json|text\/plain)$/i;

const position = (html: string, index: number) => {
  const before = html.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
};

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
const attrValue = (m: RegExpExecArray | null) => (m ? (m[2] ?? m[3] ?? m[4] ?? '') : undefined);

export function findInlineCode(html: string): InlineCodeFinding[] {
  const findings: InlineCodeFinding[] = [];
  const add = (index: number, kind: InlineCodeFinding['kind'], message: string) => findings.push({ ...position(html, index), kind, message });
  // Comments and the contents of data blocks are not markup; blank them out (keeping offsets).
  const scan = html.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  for (const m of scan.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const tag = m[1] ?? '';
    const type = attrValue(attr(tag, 'type'));
    if (type !== undefined && DATA_SCRIPT_TYPES.test(type.trim())) continue;
    if (attr(tag, 'src') === null) add(m.index, 'script', 'inline <script> (move the code to a script file)');
  }
  const outsideData = scan.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi, (_, a: string, body: string, b: string) => a + ' '.repeat(body.length) + b);
  for (const m of outsideData.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const tag = m[0];
    for (const h of tag.matchAll(/\s(on[a-z]+)\s*=/gi)) add(m.index + h.index, 'script', `event handler attribute ${h[1]} (attach the listener from a script file)`);
    for (const u of tag.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)) add(m.index + u.index, 'script', 'javascript: URL');
    if (/^<style\b/i.test(tag)) add(m.index, 'style', '<style> element (move the rules to the stylesheet)');
    const s = /\sstyle\s*=/i.exec(tag);
    if (s) add(m.index + s.index, 'style', 'style attribute (use a class or an SVG attribute instead)');
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
