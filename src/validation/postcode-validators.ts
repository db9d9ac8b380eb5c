import { postcodeReaches, type PostcodeErrorCode, type PostcodeResult } from '../domain/postcode.js';
import type { MessageKey, MessageParams } from '../i18n/types.js';
import type { BuiltInValidator, ValidityFlag } from './validator.js';

/** What the built-in postcode rules read from a control (`bf-postcode-input`, or a server's view of a posted postcode). */
export interface PostcodeConstraints {
  readonly required: boolean;
  /** The parse of the current text. */
  readonly postcodeResult: PostcodeResult;
  /** The municipalities (codes as DAR writes them, `0751`) the postcode must reach; empty for any. */
  readonly municipalityCodes: readonly string[];
  /** Their names as the message lists them, in the control's language ("Aarhus Kommune eller Favrskov Kommune"). */
  readonly municipalityNames: string;
}

/** Each code of `parsePostcode`: its message key and the `ValidityState` flag it sets. */
const RULES: ReadonlyArray<readonly [PostcodeErrorCode, MessageKey, ValidityFlag]> = [
  ['required', 'postcodeRequired', 'valueMissing'],
  ['format', 'postcodeFormat', 'patternMismatch'],
  ['unknown', 'postcodeUnknown', 'badInput'],
];

/**
 * The built-in rules of a postcode field (REQUIREMENTS §5.3): `required` → `postcodeRequired`
 * (valueMissing, only when `required`), `format` → `postcodeFormat` (patternMismatch), `unknown` →
 * `postcodeUnknown` (badInput: four digits, but no such postcode), then `postcodeMunicipality`
 * (customError: a real postcode that reaches none of `municipalityCodes`, `{municipality}` naming
 * them). A message never carries the citizen's value.
 */
export const postcodeValidators: readonly BuiltInValidator<PostcodeConstraints>[] = [
  ...RULES.map(([code, key, flag]): BuiltInValidator<PostcodeConstraints> => ({
    key,
    flag,
    check: (c) => {
      const result = c.postcodeResult;
      if (result.ok || result.code !== code) return null;
      return code === 'required' && !c.required ? null : {};
    },
  })),
  {
    key: 'postcodeMunicipality',
    flag: 'customError',
    check: (c): MessageParams | null => {
      const result = c.postcodeResult;
      if (!result.ok || c.municipalityCodes.length === 0) return null;
      if (c.municipalityCodes.some((code) => postcodeReaches(result.value, code))) return null;
      return { municipality: c.municipalityNames };
    },
  },
];
