/** Pure Danish domain rules: no DOM, no clock; the same modules run in the browser and in Node. */
export type { ParseFailure, ParseResult, ParseSuccess } from './result.js';
export {
  compareIsoDates,
  daysInMonth,
  formatDate,
  isIsoDate,
  isLeapYear,
  parseDateParts,
  parseDateString,
  splitIsoDate,
} from './dates.js';
export type { DateErrorCode, DateOptions, DatePart, DateParts, DateResult } from './dates.js';
export { formatCpr, parseCpr } from './cpr.js';
export type { CprErrorCode, CprResult } from './cpr.js';
export { parseCvr } from './cvr.js';
export type { CvrErrorCode, CvrResult } from './cvr.js';
export { parsePhone } from './phone.js';
export {
  allPostcodes,
  cityForPostcode,
  municipalitiesForPostcode,
  municipalityName,
  municipalityNamesText,
  normaliseMunicipalityCode,
  parsePostcode,
  postcodeReaches,
  POSTCODE_TABLE_SOURCE,
  splitMunicipalityCodes,
} from './postcode.js';
export type { Municipality, PostcodeErrorCode, PostcodeResult } from './postcode.js';
export type { PhoneErrorCode, PhoneMode, PhoneResult } from './phone.js';
export { parseDanishAccount, splitDanishAccount } from './bank-account.js';
export type { DanishAccountErrorCode, DanishAccountParts, DanishAccountResult } from './bank-account.js';
export { formatIban, IBAN_COUNTRIES, ibanRemainder, parseIban } from './iban.js';
export type { IbanErrorCode, IbanResult } from './iban.js';
export {
  acceptedTypeNames,
  checkFile,
  describeAccept,
  fileExtension,
  fileSizeParts,
  formatFileSize,
  formatList,
  isSameFile,
  matchesAccept,
  parseAccept,
  parseFileSize,
  selectFiles,
} from './files.js';
export type {
  AcceptToken,
  FileCheckResult,
  FileLike,
  FileRejectionCode,
  FileRules,
  FileSelection,
  FileSizeResult,
  FileSizeUnit,
} from './files.js';
export {
  ADDRESS_PARTS,
  EMPTY_ADDRESS_PARTS,
  REQUIRED_ADDRESS_PARTS,
  checkAddressParts,
  formatAddress,
  isEmptyAddress,
  normaliseSearchText,
  parseAddressPostcode,
  parseAddressText,
  parseDoor,
  parseFloor,
  parseHouseNumber,
  searchWords,
} from './address.js';
export type {
  AddressErrorCode,
  AddressPart,
  AddressPartResult,
  AddressParts,
  AddressPartsResult,
} from './address.js';
