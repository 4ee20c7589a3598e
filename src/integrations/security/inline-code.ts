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

/**
 * The HTML with the contents of quoted attribute values blanked out, offsets kept: text such
 * as `content="said <script>…"` is an attribute's value, escaped for the browser, not markup.
 */
function maskAttributeValues(html: string): string {
  // A start tag, its quoted values allowed to hold `>`; each quoted value blanked to spaces.
  return html.replace(/<[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g, (tag) =>
    tag.replace(/=(\s*)("[^"]*"|'[^']*')/g, (_, space: string, value: string) => `=${space}${value[0]}${' '.repeat(value.length - 2)}${value[0]}`),
  );
}

/** Anything a finding needs; a page without any of it (nearly every page) is clean. */
const SUSPECT = /\son[a-z]+\s*=|javascript:|\sstyle\s*=|<style\b/i;

/** Every `<script>` tag is a data block or loads a file: the common case, checked fast. */
const scriptsAreSafe = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/gi)].every((m) => {
    const tag = m[1] ?? '';
    const type = attrValue(attr(tag, 'type'));
    return (type !== undefined && DATA_SCRIPT_TYPES.test(type.trim())) || attr(tag, 'src') !== null;
  });

export function findInlineCode(html: string): InlineCodeFinding[] {
  // The precise scan below costs milliseconds per page; tens of thousands of clean pages skip it.
  if (!SUSPECT.test(html) && scriptsAreSafe(html)) return [];
  const findings: InlineCodeFinding[] = [];
  const add = (index: number, kind: InlineCodeFinding['kind'], message: string) => findings.push({ ...position(html, index), kind, message });
  // Comments are not markup; blank them out (keeping offsets), then attribute values.
  const uncommented = html.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
  const scan = maskAttributeValues(uncommented);
  for (const m of scan.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    // Attribute values are read from the unmasked text at the same offsets.
    const tag = uncommented.slice(m.index, m.index + 7 + (m[1] ?? '').length + 1);
    const type = attrValue(attr(tag, 'type'));
    if (type !== undefined && DATA_SCRIPT_TYPES.test(type.trim())) continue;
    if (attr(tag, 'src') === null) add(m.index, 'script', 'inline <script> (move the code to a script file)');
  }
  // The contents of script elements (data blocks included) are not markup either.
  const outsideData = scan.replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi, (_, a: string, body: string, b: string) => a + ' '.repeat(body.length) + b);
  for (const m of outsideData.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const masked = m[0];
    const tag = uncommented.slice(m.index, m.index + masked.length);
    for (const h of masked.matchAll(/\s(on[a-z]+)\s*=/gi)) add(m.index + h.index, 'script', `event handler attribute ${h[1]} (attach the listener from a script file)`);
    for (const u of masked.matchAll(/\s(?:href|src|action|formaction)\s*=\s*/gi)) {
      if (/^["']?\s*javascript:/i.test(tag.slice(u.index + u[0].length))) add(m.index + u.index, 'script', 'javascript: URL');
    }
    if (/^<style\b/i.test(masked)) add(m.index, 'style', '<style> element (move the rules to the stylesheet)');
    const st = /\sstyle\s*=/i.exec(masked);
    if (st) add(m.index + st.index, 'style', 'style attribute (use a class or an SVG attribute instead)');
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
