// Renders one string of guidance prose (stories/guidance/types.ts) as React nodes: «Danish text» in a
// <q lang="da">, `code` in a <code>, the rest as plain text. Never parses HTML.
import { createElement as h, type ReactNode } from 'react';

const MARKS = /«([^»]*)»|`([^`]*)`/gu;

/** The nodes of `text`, its marks turned into elements. */
export function inlineText(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKS)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    const [, danish, code] = match;
    nodes.push(
      danish === undefined
        ? h('code', { key: match.index }, code)
        : h('q', { key: match.index, lang: 'da' }, danish),
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
