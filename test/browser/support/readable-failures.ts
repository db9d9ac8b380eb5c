// Loaded before every browser test file (web-test-runner.config.mjs, testRunnerHtml). A failing chai
// assertion keeps its `actual` and `expected` values on the error, and the test runner serialises
// them to send the failure to the terminal: a DOM element there (with its shadow root, its form and
// the whole document behind it) makes that serialisation run until the 120 s file timeout, so one
// failed `expect(element).to.equal(other)` hid every result of its file. Elements are replaced by a
// short description; the assertion message (already formatted by chai) is unchanged.
// The chai instance @open-wc/testing uses, imported directly: importing @open-wc/testing here, before
// the test framework has defined mocha's hooks, would skip its fixture clean-up.
import * as chai from '@esm-bundle/chai';

function describeValue(value: unknown): unknown {
  if (value instanceof Element) return `<${value.localName}${value.id ? `#${value.id}` : ''}>`;
  if (value instanceof Node) return value.nodeName;
  return value;
}

const assertion = chai.Assertion.prototype as unknown as { assert: (...args: unknown[]) => void };
const assert = assertion.assert;
assertion.assert = function assertWithSerialisableValues(this: unknown, ...args: unknown[]): void {
  try {
    assert.apply(this, args);
  } catch (error) {
    if (error && typeof error === 'object') {
      const failure = error as { actual?: unknown; expected?: unknown };
      failure.actual = describeValue(failure.actual);
      failure.expected = describeValue(failure.expected);
    }
    throw error;
  }
};
