// The server-rendered page: the bench's Borgerform form rendered in Node to declarative shadow DOM,
// then hydrated in the browser by a bundle that loads Lit's hydrate support before the form's
// elements.
//
// Today it renders with `@lit-labs/ssr` 4.1.0 directly, importing the elements from the top-level
// build (`dist/define/<name>.js`), as the prototype in findings.md did. When the library's own server
// rendering (`borgerform/ssr`, in src/ssr) is built, this module renders through it instead; nothing
// else in the bench changes (the page's URL, its bundle's URL and every row stay the same).
//
// `prepareSsr()` decides whether the page can be measured at all: every element of the form must
// import in Node, render without throwing, and render its shadow root with its content (a choice
// group with its options). Otherwise it returns the first reason, which the bench prints as
// "not measured: <reason>"; it never serves a page that is not the whole form.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALL_TAGS, FORM_DEFINES, KINDS, VARIANTS, documentShell, formMarkup } from './form.mjs';
import { writeFormBundle } from './bundle-size.mjs';

// Not imported from server.mjs: its command-line start imports this module.
const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HYDRATE_SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/**
 * @param {{ bundleOut: string, distDir?: string }} options `bundleOut`: where to write the hydrating
 *   bundle; `distDir`: where the elements are imported from in Node (default: the top-level dist/).
 * @returns {Promise<{ render: (n: number, kinds?: object[]) => Promise<string>, bundleFile: string,
 *   serverMs: Map<string, number> } | { reason: string }>}
 */
export async function prepareSsr({ bundleOut, distDir = path.join(repoDir, 'dist') }) {
  let ssr, staticHtml;
  try {
    ssr = {
      ...(await import('@lit-labs/ssr')),
      ...(await import('@lit-labs/ssr/lib/render-result.js')),
    };
    staticHtml = await import('lit/static-html.js');
  } catch (error) {
    return { reason: `@lit-labs/ssr does not load: ${firstLine(error)}` };
  }
  // 1. Every element of the form imports in Node.
  for (const name of FORM_DEFINES) {
    const file = path.join(distDir, 'define', `${name}.js`);
    try {
      await import(pathToFileURL(file).href);
    } catch (error) {
      return {
        reason: `@lit-labs/ssr cannot import the library's elements in Node yet: ${path.relative(repoDir, file)} throws ${firstLine(error)}`,
      };
    }
  }
  const library = VARIANTS.find((variant) => variant.id === 'library');
  const ssrVariant = VARIANTS.find((variant) => variant.id === 'ssr');
  const renderForm = async (n, kinds) => {
    const markup = formMarkup(library, n, kinds);
    // The library page's own markup as one Lit template, so that @lit-labs/ssr renders the elements in it.
    const template = staticHtml.html`${staticHtml.unsafeStatic(markup)}`;
    return ssr.collectResult(ssr.render(template));
  };
  // 2. One fieldset of every kind renders, each element with a declarative shadow root holding its content.
  let sample;
  try {
    sample = await renderForm(1, KINDS);
  } catch (error) {
    return { reason: `@lit-labs/ssr cannot render the library's elements yet: ${firstLine(error)}` };
  }
  const roots = (sample.match(/<template shadowroot(mode)?="open"/gu) ?? []).length;
  const hosts = ALL_TAGS.filter((tag) => tag !== 'bf-option').reduce(
    (count, tag) => count + (sample.match(new RegExp(`<${tag}[\\s>]`, 'gu')) ?? []).length,
    0,
  );
  if (roots < hosts)
    return {
      reason: `@lit-labs/ssr rendered ${roots} declarative shadow roots for ${hosts} Borgerform elements in one fieldset`,
    };
  const selectRoot = /<bf-select[^>]*>\s*<template shadowroot[^]*?<\/template>/u.exec(sample)?.[0] ?? '';
  if (!selectRoot.includes('København'))
    return {
      reason:
        'bf-select renders no options on the server (an element there never sees its light-DOM children)',
    };
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
  return { render, bundleFile, serverMs };
}
