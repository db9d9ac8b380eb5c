/** Pure text rules shared by the text validators and the demo server: no DOM. */

/** Length in Unicode code points, so an emoji counts as one character (not two UTF-16 units). */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Whether a value counts as empty for `required`: nothing but white space. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * A valid e-mail address by the rule HTML's `<input type="email">` uses (WHATWG "valid e-mail
 * address"), so the client, the server and the browser agree.
 */
export function isEmail(text: string): boolean {
  return /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/u.test(
    text,
  );
}

/** An absolute http(s) web address. */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\/\S+$/iu.test(text)) return false;
  return URL.canParse(text);
}

const patternCache = new Map<string, RegExp | null>();

/**
 * Whether the whole text matches an HTML `pattern` attribute (compiled like the browser does, with
 * the `v` flag and anchored). An invalid pattern matches everything, as in HTML.
 */
export function matchesPattern(text: string, pattern: string): boolean {
  let regexp = patternCache.get(pattern);
  if (regexp === undefined) {
    try {
      regexp = new RegExp(`^(?:${pattern})$`, 'v');
    } catch {
      regexp = null;
    }
    patternCache.set(pattern, regexp);
  }
  return regexp ? regexp.test(text) : true;
}
