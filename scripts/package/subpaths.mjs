// The package's entry points as concrete import paths: each key of package.json's "exports", with a
// wildcard key ("./components/*.js") expanded against the files the package ships. Tools that check
// entry points one by one (attw) cannot check a wildcard.

/**
 * The file a plain `import` of an exports value loads: the string itself, or its `import` / `default`
 * condition (nested conditions followed).
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function importTarget(value) {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const conditions = /** @type {Record<string, unknown>} */ (value);
  for (const condition of ['import', 'default']) {
    if (condition in conditions) return importTarget(conditions[condition]);
  }
  return undefined;
}

/** @param {string} text @returns {string} the text as a literal inside a regular expression */
function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every concrete subpath the exports field offers: plain keys as they are, and each wildcard key once
 * per shipped file its target matches. As in Node, every `*` in the target stands for the same text.
 * @param {Record<string, unknown>} exportsField package.json's "exports" (subpath keys)
 * @param {readonly string[]} files the package's files, relative to its root (`dist/index.js`)
 * @returns {string[]} sorted subpaths (`.`, `./components/text-field.js`, …)
 */
export function concreteSubpaths(exportsField, files) {
  const subpaths = new Set();
  for (const [key, value] of Object.entries(exportsField)) {
    if (!key.includes('*')) {
      subpaths.add(key);
      continue;
    }
    const target = importTarget(value);
    if (target === undefined) continue;
    const parts = target.replace(/^\.\//, '').split('*').map(escapeRegExp);
    // The first `*` captures; each later `*` must repeat the capture (`\1`).
    const pattern = new RegExp(`^${parts[0]}(.+)${parts.slice(1).join('\\1')}$`);
    for (const file of files) {
      const match = pattern.exec(file);
      if (match) subpaths.add(key.replace('*', match[1]));
    }
  }
  return [...subpaths].sort();
}
