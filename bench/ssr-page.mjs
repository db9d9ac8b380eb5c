// The server-rendered page: the bench's Borgerform form rendered in Node by the library's own server
// rendering (`renderFragment` from `borgerform/ssr`, imported from the build: `dist/ssr/index.js`) to
// declarative shadow DOM, each shadow root linking its element class's stylesheet
// (`dist/ssr/styles/<tag>.css`, served under `/ssr/styles/`), then hydrated in the browser by a bundle
// of only this form's elements with Lit's hydrate support first (`/ssr/borgerform.js`, built like the
// client-rendered page's bundle and like the library's `borgerform/hydrate.js` entry).
//
// The template is the client-rendered page's own markup (form.mjs), as one Lit template through
// `lit/static-html.js`: the two pages hold the same form, attribute for attribute.
//
// `prepareSsr()` decides whether the page can be measured at all: `borgerform/ssr` must import in
// Node and render one fieldset of every kind, each element with a declarative shadow root linking its
// stylesheet (a choice list with its options), and the stylesheets must exist. Otherwise it returns
// the first reason, which the bench prints as "not measured: <reason>"; it never serves a page that
// is not the whole form.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ALL_TAGS,
  FORM_DEFINES,
  KINDS,
  SSR_AFTER_PAINT_PATH,
  SSR_STYLES_PATH,
  VARIANTS,
  documentShell,
  formMarkup,
} from './form.mjs';
import { writeFormBundle } from './bundle-size.mjs';

// Not imported from server.mjs: its command-line start imports this module.
const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What `src/hydrate.ts` (`borgerform/hydrate.js`) imports before the elements. */
const HYDRATE_SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** The page's language (`<html lang="da">` in form.mjs), which the elements render their texts in. */
const PAGE_LANG = 'da';

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/**
 * @param {{ bundleOut: string, distDir?: string, hydrate?: 'load' | 'after-paint' }} options
 *   `bundleOut`: where to write the hydrating bundle; `distDir`: the build whose `ssr/index.js`
 *   renders and whose `ssr/styles/` is served (default: the top-level dist/); `hydrate`: the page
 *   loads the bundle as a module (`load`, default: it runs right after parsing) or through a module
 *   that waits for the frame after parsing first (`after-paint`, an experiment).
 * @returns {Promise<{ render: (n: number, kinds?: object[]) => Promise<string>, bundleFile: string,
 *   stylesDir: string, serverMs: Map<string, number> } | { reason: string }>}
 */
export async function prepareSsr({ bundleOut, distDir = path.join(repoDir, 'dist'), hydrate = 'load' }) {
  const entry = path.join(distDir, 'ssr', 'index.js');
  const stylesDir = path.join(distDir, 'ssr', 'styles');
  let renderFragment, staticHtml;
  try {
    ({ renderFragment } = await import(pathToFileURL(entry).href));
    staticHtml = await import('lit/static-html.js');
  } catch (error) {
    return {
      reason: `borgerform/ssr (${path.relative(repoDir, entry)}) does not import in Node: ${firstLine(error)}`,
    };
  }
  const library = VARIANTS.find((variant) => variant.id === 'library');
  const ssrPage = VARIANTS.find((variant) => variant.id === 'ssr');
  const ssrVariant =
    hydrate === 'after-paint'
      ? { ...ssrPage, head: `<script type="module" src="${SSR_AFTER_PAINT_PATH}"></script>` }
      : ssrPage;
  const renderForm = (n, kinds) =>
    // The client-rendered page's markup as one Lit template (no bindings: the same form, attribute for attribute).
    renderFragment(staticHtml.html`${staticHtml.unsafeStatic(formMarkup(library, n, kinds))}`, {
      stylesBase: SSR_STYLES_PATH,
      lang: PAGE_LANG,
    });
  // 1. One fieldset of every kind renders, each element with a declarative shadow root linking its stylesheet.
  let sample;
  try {
    sample = await renderForm(1, KINDS);
  } catch (error) {
    return { reason: `borgerform/ssr cannot render the form: ${firstLine(error)}` };
  }
  const roots = (sample.match(/<template shadowroot(mode)?="open"/gu) ?? []).length;
  const hosts = ALL_TAGS.filter((tag) => tag !== 'bf-option').reduce(
    (count, tag) => count + (sample.match(new RegExp(`<${tag}[\\s>]`, 'gu')) ?? []).length,
    0,
  );
  if (roots < hosts)
    return {
      reason: `borgerform/ssr rendered ${roots} declarative shadow roots for ${hosts} Borgerform elements in one fieldset`,
    };
  const selectRoot = /<bf-select[^>]*>\s*<template shadowroot[^]*?<\/template>/u.exec(sample)?.[0] ?? '';
  if (!selectRoot.includes('København')) return { reason: 'bf-select renders no options on the server' };
  // 2. Every stylesheet a shadow root links exists in the build.
  const linked = [
    ...new Set([...sample.matchAll(/<link rel="stylesheet" href="([^"]+)">/gu)].map((m) => m[1])),
  ];
  if (linked.length === 0) return { reason: 'the shadow roots link no stylesheet' };
  const missing = linked.find(
    (href) =>
      !href.startsWith(SSR_STYLES_PATH) ||
      !existsSync(path.join(stylesDir, href.slice(SSR_STYLES_PATH.length))),
  );
  if (missing)
    return { reason: `a shadow root links ${missing}, which is not in ${path.relative(repoDir, stylesDir)}` };
  // 3. The hydrating bundle: Lit's hydrate support, then the form's elements.
  let bundleFile;
  try {
    bundleFile = await writeFormBundle(repoDir, FORM_DEFINES, bundleOut, { prelude: [HYDRATE_SUPPORT] });
  } catch (error) {
    return { reason: `the hydrating bundle does not build: ${firstLine(error)}` };
  }
  // Pages are rendered once per form and kept: the bench measures the browser, not Node's rendering
  // (which `serverMs` records per form).
  const cache = new Map();
  const serverMs = new Map();
  const render = (n, kinds = KINDS) => {
    const key = `${n}:${kinds.map((kind) => kind.id).join(',')}`;
    if (!cache.has(key)) {
      const started = performance.now();
      cache.set(
        key,
        renderForm(n, kinds).then((form) => {
          serverMs.set(key, performance.now() - started);
          return documentShell(ssrVariant, n, form);
        }),
      );
    }
    return cache.get(key);
  };
  return { render, bundleFile, stylesDir, serverMs };
}
