import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../../../src/tokens/default-theme.js';

// Issue 22: every size inside a field derives from the one base size (`font-size-body`, `medium`),
// through `em`, so a page's root font size (DKFDS sets 62.5 %) cannot shrink a field. A raw `rem`
// anywhere, or a `px` length outside a hairline, breaks that; this check fails the test command.

const SRC = path.resolve(import.meta.dirname, '../../../src');

/** Every component stylesheet: the `*.styles.ts` files, where all of the library's CSS lives. */
function styleFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return styleFiles(full);
    return entry.name.endsWith('.styles.ts') ? [full] : [];
  });
}

/** The source without comments, line by line (line numbers kept). */
function codeLines(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//gu, (comment) =>
    comment.replace(/[^\n]/gu, ' '),
  );
  return text.split('\n').map((line) => line.replace(/(^|\s)\/\/.*$/u, ''));
}

const LENGTH = /(?<![\w-])\d*\.?\d+(rem|px)\b/gu;

/**
 * Where a pixel length is right: hairlines that must stay one or a few device pixels whatever the text
 * size (borders, the error bar, inset rings), and the visually-hidden pattern's 1 px box. Each entry is
 * the CSS property the line sets.
 */
const HAIRLINE_PROPERTIES = new Set([
  'border',
  'border-block-start',
  'border-block-end',
  'border-inline-start',
  'box-shadow',
]);

/** Lines that are not a property but carry a hairline: the radio dot's 1 px anti-aliasing edge. */
const HAIRLINE_LINES = [/radial-gradient\(circle closest-side, .* calc\(50% \+ 1px\)\)/u];

/** The visually-hidden pattern: a 1 px box, the same at any text size. */
const VISUALLY_HIDDEN = path.join(SRC, 'base/visually-hidden.styles.ts');

function offendingLengths(file: string): string[] {
  return codeLines(file).flatMap((line, index) => {
    const found = [...line.matchAll(LENGTH)];
    if (found.length === 0) return [];
    const where = `${path.relative(SRC, file)}:${index + 1}: ${line.trim()}`;
    if (found.some((match) => match[1] === 'rem')) return [where];
    const property = /^\s*([a-z-]+)\s*:/u.exec(line)?.[1];
    if (property && HAIRLINE_PROPERTIES.has(property)) return [];
    if (HAIRLINE_LINES.some((pattern) => pattern.test(line))) return [];
    if (file === VISUALLY_HIDDEN && (property === 'width' || property === 'height')) return [];
    return [where];
  });
}

describe('sizes derive from the one base size (issue 22)', () => {
  it('finds the stylesheets it checks', () => {
    const files = styleFiles().map((file) => path.relative(SRC, file));
    expect(files).toContain('base/form-control.styles.ts');
    expect(files).toContain('base/choice-mark.styles.ts');
    expect(files.length).toBeGreaterThan(10);
  });

  it('no component stylesheet uses a rem, or a px length other than a hairline', () => {
    expect(styleFiles().flatMap(offendingLengths)).toEqual([]);
  });

  it('the check itself catches a rem and a px size, and lets a border through', () => {
    const probe = (line: string) => [...line.matchAll(LENGTH)].map((match) => match[0]);
    expect(probe('    padding: 0.5rem;')).toEqual(['0.5rem']);
    expect(probe('    min-height: 44px;')).toEqual(['44px']);
    expect(probe('    gap: var(--bf-space-2, 0.5em);')).toEqual([]);
    expect(HAIRLINE_PROPERTIES.has('border-inline-start')).toBe(true);
  });

  it('the base size is the browser default (medium), and every theme size is in em but the hairlines', () => {
    expect(defaultTheme['font-size-body']).toBe('medium');
    const hairlines = ['border-width', 'focus-width', 'focus-offset'];
    for (const [name, value] of Object.entries(defaultTheme)) {
      if (!/\d(rem|px|em)\b/u.test(value)) continue;
      if (hairlines.includes(name)) expect(value, name).toMatch(/^\d+px$/u);
      else expect(value, name).toMatch(/^\d*\.?\d+em$/u);
    }
  });
});
