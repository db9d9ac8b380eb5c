// The guidance sections of a Docs page (when to use, when not, the Danish texts, examples), made
// from one element's entry in stories/guidance/.
import { createElement as h, Fragment, type ReactElement } from 'react';
import type { Guidance, GuidanceExample } from '../stories/guidance/index.js';
import { inlineText } from './inline-text.js';

function list(items: readonly string[]): ReactElement {
  return h(
    'ul',
    null,
    items.map((item) => h('li', { key: item }, ...inlineText(item))),
  );
}

/** Good and bad side by side in a table; the Danish cells are marked as Danish, not only coloured. */
function examples(pairs: readonly GuidanceExample[]): ReactElement {
  const head = ['Write', 'Not', 'Why'].map((text) => h('th', { key: text, scope: 'col' }, text));
  const rows = pairs.map((pair) =>
    h(
      'tr',
      { key: pair.good },
      h('td', { lang: 'da' }, pair.good),
      h('td', { lang: 'da' }, pair.bad),
      h('td', null, ...inlineText(pair.why)),
    ),
  );
  return h('table', null, h('thead', null, h('tr', null, ...head)), h('tbody', null, ...rows));
}

/** The sections, each under an h2, from `guidance`. */
export function GuidanceSections({ guidance }: { guidance: Guidance }): ReactElement {
  return h(
    Fragment,
    null,
    h('h2', null, 'When to use it'),
    list(guidance.use),
    h('h2', null, 'When not to use it'),
    list(guidance.avoid),
    h('h2', null, 'Writing its Danish texts'),
    list(guidance.content),
    h('h3', null, 'Good and bad wording'),
    examples(guidance.examples),
  );
}
