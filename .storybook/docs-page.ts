// The Docs page of every component in the catalogue (parameters.docs.page in preview.ts): the
// element's summary, the guidance from stories/guidance/, the primary story, its description and
// the reference table from custom-elements.json, the other stories, and the accessibility notes
// generated in docs/accessibility/. Elements that live only inside this one (`parts`) get their
// description, table and notes too.
import {
  ArgTypes,
  Description,
  Markdown,
  Primary,
  Stories,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';
import { createElement as h, Fragment, type ReactElement } from 'react';
import { guidance } from '../stories/guidance/index.js';
import { accessibilityNotes } from './accessibility-notes.js';
import { declarationOf } from './element-manifest.js';
import { GuidanceSections } from './guidance-view.js';

/** No ids on the Markdown's headings: the notes of several elements share their section titles. */
const markdownOptions = { slugify: () => '' };

/** One element's description (Markdown from its JSDoc) and its table of attributes, properties, events, slots, parts and CSS properties. */
function reference(tag: string, named: boolean): ReactElement {
  return h(
    Fragment,
    { key: tag },
    named && h('h3', null, h('code', null, tag)),
    h(Markdown, { options: markdownOptions, children: declarationOf(tag)?.description ?? '' }),
    h(ArgTypes, { of: tag }),
  );
}

/** One element's accessibility notes; a missing page says so. */
function notes(tag: string, named: boolean): ReactElement {
  const text = accessibilityNotes(tag, named ? 2 : 1);
  return h(
    Fragment,
    { key: tag },
    named && h('h3', null, h('code', null, tag)),
    text === undefined
      ? h('p', null, `No accessibility notes for ${tag}: run npm run accessibility-notes.`)
      : h(Markdown, { options: markdownOptions, children: text }),
  );
}

/** The page; Storybook renders it for each stories file's Docs entry. */
export function DocsPage(): ReactElement {
  const { preparedMeta } = useOf('meta', ['meta']);
  const tag = String(preparedMeta.component);
  const advice = guidance[tag];
  const elements = [tag, ...(advice?.parts ?? [])];
  const named = elements.length > 1;
  return h(
    Fragment,
    null,
    h(Title),
    h('p', { className: 'bf-docs-summary' }, declarationOf(tag)?.summary ?? ''),
    advice
      ? h(GuidanceSections, { guidance: advice })
      : h('p', null, `No guidance for ${tag} yet: add it in stories/guidance/.`),
    h('h2', null, 'Example'),
    h(Primary),
    h('h2', null, 'How it works'),
    ...elements.map((element) => reference(element, named)),
    h(Stories, {
      title: h(Fragment, null, h('h2', null, 'More examples'), h(Description, { of: 'meta' })),
      includePrimary: false,
    }),
    h('h2', null, 'Accessibility notes'),
    h(
      'p',
      null,
      'What the automated tests prove, and the manual checks with assistive technology with their status, generated from the tests by ',
      h('code', null, 'npm run accessibility-notes'),
      ' (',
      h('code', null, 'docs/accessibility/'),
      ').',
    ),
    ...elements.map((element) => notes(element, named)),
  );
}
