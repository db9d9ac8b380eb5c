// The Vue 3 recipe of docs/frameworks.md at build time: an SFC template is compiled with no element
// registry (Vite's and vue-loader's `compileTemplate`), so only `compilerOptions.isCustomElement` tells Vue
// that `bf-` tags are elements. With it, `v-model` is Vue's text binding (the `value` property and the
// `input` event); without it, Vue looks for a component and binds a `modelValue` no element has.
// test/browser/vue.test.ts runs the recipe in a browser.
import { compileTemplate } from 'vue/compiler-sfc';
import { describe, expect, it } from 'vitest';

const source = `<bf-text-field name="fornavn" label="Fornavn" v-model="name"></bf-text-field>
<bf-date-input name="flyttedato" label="Flyttedato" v-model.lazy="moved"></bf-date-input>`;

function compiled(isCustomElement?: (tag: string) => boolean): string {
  const result = compileTemplate({
    source,
    filename: 'Form.vue',
    id: 'form',
    compilerOptions: { isCustomElement },
  });
  expect(result.errors).toEqual([]);
  return result.code;
}

describe('Vue templates with bf- elements', () => {
  it('with isCustomElement: elements, and v-model as the value property and the input (or, lazy, change) event', () => {
    const code = compiled((tag) => tag.startsWith('bf-'));
    expect(code).not.toContain('resolveComponent');
    expect(code).toContain('_createElementVNode("bf-text-field"');
    expect(code).toContain('[_vModelText, _ctx.name]');
    expect(code).toMatch(/\[\s*_vModelText,\s*_ctx\.moved,\s*void 0,\s*\{ lazy: true \}\s*\]/u);
    expect(code).not.toContain('modelValue:');
  });

  it('without it: components that do not exist, and a modelValue that no element reads', () => {
    const code = compiled();
    expect(code).toContain('_resolveComponent("bf-text-field")');
    expect(code).toContain('modelValue: _ctx.name');
    expect(code).not.toContain('vModelText');
  });
});
