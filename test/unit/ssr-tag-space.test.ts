// The white space inside tags of server-rendered markup is collapsed; text, values, comments and raw
// text (a text area's answer) are not touched, whether the markup comes whole or in chunks.
import { describe, expect, it } from 'vitest';
import { collapseTagSpace, TagSpace } from '../../src/ssr/tag-space.js';

const markup = `<div\n  class="a"\n\n  >  line one\n  line two <b>x</b> 1 < 2 <!-- <i\n  x> --><?>
<input part="input"
      type="text"
      value="two\n  lines"

      aria-describedby='hint  x'
    /><textarea\n name="t">  <b\n  a>\n  kept\n</textarea ><pre>  a\n   b</pre><script>if (a <b\n  ) x();</script></div\n>`;

const expected = `<div class="a">  line one\n  line two <b>x</b> 1 < 2 <!-- <i\n  x> --><?>
<input part="input" type="text" value="two\n  lines" aria-describedby='hint  x' /><textarea name="t">  <b\n  a>\n  kept\n</textarea><pre>  a\n   b</pre><script>if (a <b\n  ) x();</script></div>`;

describe('white space inside tags (borgerform/ssr)', () => {
  it('collapses it and leaves text, values, comments and raw text as they are', () => {
    expect(collapseTagSpace(markup)).toBe(expected);
  });

  it('gives the same markup when fed in chunks of any size', () => {
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const tagSpace = new TagSpace();
      let out = '';
      for (let at = 0; at < markup.length; at += size) out += tagSpace.write(markup.slice(at, at + size));
      expect(out).toBe(expected);
    }
  });
});
