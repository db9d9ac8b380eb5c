import { describe, expect, it } from 'vitest';
import { assignInitialValues, withInitialValue } from '../../../src/base/property-defaults.js';

/** What Lit's `getPropertyDescriptor` makes: a getter reading `key`, a setter writing it. */
function litDescriptor(key: symbol): PropertyDescriptor {
  return {
    get(this: Record<symbol, unknown>) {
      return this[key];
    },
    set(this: Record<symbol, unknown>, value: unknown) {
      this[key] = value;
    },
    configurable: true,
    enumerable: true,
  };
}

describe('withInitialValue', () => {
  it('reads the initial value while the property holds none, and the value once set', () => {
    class Owner {}
    const key = Symbol('label');
    const descriptor = withInitialValue(Owner, litDescriptor(key), key, { initial: 'Fornavn' }, false)!;
    const element: Record<symbol, unknown> = {};
    const read = (): unknown => descriptor.get!.call(element);
    expect(read()).toBe('Fornavn');
    descriptor.set!.call(element, 'Efternavn');
    expect(read()).toBe('Efternavn');
    descriptor.set!.call(element, null); // the attribute was removed
    expect(read()).toBe('Fornavn');
    descriptor.set!.call(element, '');
    expect(read(), 'an empty string is a value').toBe('');
  });

  it('leaves the descriptor alone without an initial value or for a class with its own accessor', () => {
    class Owner {}
    const key = Symbol('x');
    const original = litDescriptor(key);
    expect(withInitialValue(Owner, original, key, {}, false)).toBe(original);
    expect(withInitialValue(Owner, original, key, { initial: 1 }, true)).toBe(original);
    expect(withInitialValue(Owner, undefined, key, { initial: 1 }, false)).toBeUndefined();
  });
});

describe('assignInitialValues', () => {
  it('writes every initial value into its storage, ancestors first, in declaration order', () => {
    class Base {}
    class Field extends Base {}
    class Other {}
    const [name, required, type] = [Symbol('name'), Symbol('required'), Symbol('type')];
    withInitialValue(Base, litDescriptor(name), name, { initial: '' }, false);
    withInitialValue(Base, litDescriptor(required), required, { initial: false }, false);
    withInitialValue(Field, litDescriptor(type), type, { initial: 'text' }, false);
    const field = new Field() as Record<symbol, unknown>;
    assignInitialValues(field);
    expect(Object.getOwnPropertySymbols(field)).toEqual([name, required, type]);
    expect([field[name], field[required], field[type]]).toEqual(['', false, 'text']);
    const other = new Other();
    assignInitialValues(other);
    expect(Object.getOwnPropertySymbols(other)).toEqual([]);
  });
});
