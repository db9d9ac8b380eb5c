/**
 * The declaration's text as the citizen reads it, from the element's content: what `bf-declaration`
 * submits, shows in summaries and binds a confirmation to. Plain text, never HTML.
 */

/** HTML's white space (what the browser collapses when it lays out text); a no-break space stays. */
const HTML_WHITE_SPACE = /[\t\n\f\r ]+/gu;

/** Content that is not read as text: scripts, styles, templates. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** Elements that start a new line: a space keeps the words on either side apart. */
const LINE_BREAKING = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Runs of white space as one space, none at either end: the text as a browser lays it out. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(HTML_WHITE_SPACE, ' ').trim();
}

/** The parts of a node and what is inside it that a citizen reads. */
function collect(node: Node, parts: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push((node as Text).data);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return; // comments
  const element = node as Element;
  if (NOT_TEXT.has(element.localName) || element.hasAttribute('hidden')) return;
  const breaks = LINE_BREAKING.has(element.localName);
  if (breaks) parts.push(' ');
  for (let child = element.firstChild; child; child = child.nextSibling) collect(child, parts);
  if (breaks) parts.push(' ');
}

/**
 * The text of the host's content that goes to its default slot (not `slot="hint"` or another named
 * slot), as the citizen reads it: text of elements and links included, scripts, styles and `hidden`
 * content left out, white space collapsed.
 */
export function slottedText(host: Element): string {
  const parts: string[] = [];
  for (let child = host.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE && (child as Element).getAttribute('slot')) continue;
    collect(child, parts);
  }
  return collapseWhiteSpace(parts.join(''));
}
