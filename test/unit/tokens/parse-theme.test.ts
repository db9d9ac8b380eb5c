import { describe, expect, it } from 'vitest';
import { checkThemeContrast } from '../../../src/tokens/contrast.js';
import { parseThemeCss } from '../../../src/tokens/parse-theme.js';

describe('parseThemeCss', () => {
  it('reads system tokens, ignores comments, lets the later declaration win, lists other --bf names', () => {
    const parsed = parseThemeCss(`/* --bf-color-text: #fff; */
      :root { --bf-color-primary: #123456; --bf-input-border-color: #000 }
      .dark { --bf-color-primary:#654321 ; }`);
    expect(parsed.theme).toEqual({ 'color-primary': '#654321' });
    expect(parsed.unknown).toEqual(['--bf-input-border-color']);
  });

  it('feeds the contrast check: a pale municipal blue fails', () => {
    expect(
      checkThemeContrast(parseThemeCss(':root { --bf-color-primary: #7fb2e5; }').theme).length,
    ).toBeGreaterThan(0);
  });
});
