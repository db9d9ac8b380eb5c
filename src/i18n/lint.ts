import type { Message, Messages } from './types.js';

/** Words the Danish catalogue must not use (REQUIREMENTS 1.2: plain language, no system words). */
export const BANNED_DANISH_WORDS = [
  'påkrævet',
  'ugyldig',
  'obligatorisk',
  'input',
  'submit',
  'validering',
  'fejlkode',
  'null',
  'undefined',
  'NaN',
] as const;

/** The most words a default message may have. */
export const MAX_WORDS = 25;

/** The highest LIX a catalogue may score ("middel"). */
export const MAX_LIX = 40;

/** The words of a text: runs containing a letter; placeholders (`{label}`) are left out. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\{\w+\}/gu, ' ')
    .split(/[\s/]+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
}

/**
 * LIX readability (Björnsson): words per sentence plus the percentage of long words (more than six
 * letters). `sentences` defaults to the number of sentence ends in the text, at least one.
 */
export function lix(
  text: string,
  sentences = Math.max(1, (text.match(/[.!?:]+(\s|$)/gu) ?? []).length),
): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const long = words.filter((word) => (word.match(/\p{L}/gu)?.length ?? 0) > 6).length;
  return words.length / sentences + (100 * long) / words.length;
}

function textsOf(message: Message): string[] {
  return typeof message === 'string' ? [message] : [message.one, message.other];
}

/** The problems of a Danish catalogue: banned words, messages over 25 words, LIX over 40 overall. */
export function lintDanishCatalogue(messages: Partial<Messages>): string[] {
  const problems: string[] = [];
  const all: string[] = [];
  for (const [key, message] of Object.entries<Message>(messages as Record<string, Message>)) {
    for (const text of textsOf(message)) {
      all.push(text);
      const words = wordsOf(text);
      if (words.length > MAX_WORDS) problems.push(`${key}: ${words.length} words (at most ${MAX_WORDS})`);
      for (const banned of BANNED_DANISH_WORDS) {
        if (words.some((word) => word.toLowerCase() === banned.toLowerCase()))
          problems.push(`${key}: uses "${banned}"`);
      }
    }
  }
  const score = lix(all.join(' '), all.length);
  if (score > MAX_LIX) problems.push(`LIX of the catalogue is ${score.toFixed(1)} (at most ${MAX_LIX})`);
  return problems;
}
