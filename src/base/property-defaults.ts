import type { PropertyDeclaration } from 'lit';

declare module '@lit/reactive-element' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the augmented interface must repeat Lit's type parameters
  interface PropertyDeclaration<Type = unknown, TypeHint = unknown> {
    /**
     * The value a reactive property has while it holds none (never set, or set to `null` or
     * `undefined`, as when its attribute is removed). Borgerform elements declare defaults here
     * instead of assigning them in the constructor: an assignment goes through Lit's setter, and a
     * field has some twenty properties, times every field of a long form (see `bench/findings.md`).
     * Ignored on a property whose class defines its own accessor.
     */
    readonly initial?: Type;
  }
}

declare module '@lit/reactive-element/decorators/state.js' {
  interface StateDeclaration<Type = unknown> {
    /** As `PropertyDeclaration.initial`, for internal state. */
    readonly initial?: Type;
  }
}

type Initials = ReadonlyArray<readonly [key: string | symbol, value: unknown]>;

/** Per class: the storage keys and initial values of the properties it declares itself. */
const declared = new WeakMap<object, Array<readonly [string | symbol, unknown]>>();
/** Per class: its own and its ancestors' initial values, ancestors first. */
const inherited = new WeakMap<object, Initials>();

/*
 * How it hooks in: `BfFormControl` overrides Lit's static `getPropertyDescriptor`, which Lit calls for
 * properties declared with TypeScript's experimental decorators (as Borgerform compiles them, see
 * tsconfig.json) or `static properties`. Lit marks that override deprecated (its development build
 * warns once) because standard decorators do not call it; a move to standard decorators needs
 * another way in (the unit test and the conformance suite's default checks fail until then).
 */

/**
 * Lit's accessor for a property, made to read `options.initial` while the property holds no value,
 * and the initial value noted for `assignInitialValues`. `descriptor` is what
 * `ReactiveElement.getPropertyDescriptor` made for class `owner`; `key` is where it stores the value.
 * Leaves the descriptor alone when there is no `initial`, or when the class has its own accessor
 * (`ownAccessor`), whose getter Lit calls instead of reading `key`.
 */
export function withInitialValue(
  owner: object,
  descriptor: PropertyDescriptor | undefined,
  key: string | symbol,
  options: PropertyDeclaration,
  ownAccessor: boolean,
): PropertyDescriptor | undefined {
  const initial = options.initial;
  if (!descriptor || initial === undefined || ownAccessor) return descriptor;
  let list = declared.get(owner);
  if (!list) declared.set(owner, (list = []));
  list.push([key, initial]);
  return {
    ...descriptor,
    get(this: Record<string | symbol, unknown>) {
      return this[key] ?? initial;
    },
  };
}

function initialsOf(constructor: object | null): Initials {
  if (!constructor || constructor === Function.prototype) return [];
  let all = inherited.get(constructor);
  if (!all)
    inherited.set(
      constructor,
      (all = [
        ...initialsOf(Object.getPrototypeOf(constructor) as object | null),
        ...(declared.get(constructor) ?? []),
      ]),
    );
  return all;
}

/**
 * Writes every initial value straight into its storage, in declaration order, ancestors first: no
 * setter, no update request, and every element of a class gets the same object shape (so the
 * property reads in rendering stay monomorphic). Called once from the constructor.
 */
export function assignInitialValues(element: object): void {
  const target = element as Record<string | symbol, unknown>;
  for (const [key, value] of initialsOf(element.constructor)) target[key] = value;
}
