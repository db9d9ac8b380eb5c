/**
 * A step's condition from plain HTML (`<bf-step when="bolig=leje">`), without DOM, so a server can
 * evaluate the same text. The forms:
 *
 * - `name=value`: the answer `name` is `value` (or, for several answers such as a checkbox group,
 *   includes it);
 * - `name=a|b`: one of several values;
 * - `name!=value`: the answer is not `value` (and does not include it);
 * - `name`: the answer is not empty;
 * - several conditions separated by `;`: all must hold.
 *
 * Names and values are compared as written (no patterns); white space around them is ignored.
 */

/** The form's answers by name: one text, or several (a name that repeats). */
export type StepValues = Readonly<Record<string, string | readonly string[]>>;

/** One part of a condition. */
interface Clause {
  readonly name: string;
  readonly negated: boolean;
  /** Accepted values; `null`: any answer that is not empty. */
  readonly values: readonly string[] | null;
}

/** The clauses of a `when` text; an empty text gives none (the step always applies). */
export function parseStepCondition(text: string): Clause[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const negatedAt = part.indexOf('!=');
      const equalsAt = part.indexOf('=');
      if (negatedAt >= 0) return clause(part.slice(0, negatedAt), true, part.slice(negatedAt + 2));
      if (equalsAt >= 0) return clause(part.slice(0, equalsAt), false, part.slice(equalsAt + 1));
      return { name: part, negated: false, values: null };
    });
}

function clause(name: string, negated: boolean, values: string): Clause {
  return { name: name.trim(), negated, values: values.split('|').map((value) => value.trim()) };
}

function answersOf(values: StepValues, name: string): readonly string[] {
  if (!Object.hasOwn(values, name)) return [];
  const answer = values[name];
  return (typeof answer === 'string' ? [answer] : answer).filter((value) => value !== '');
}

/** Whether the answers meet every clause of the `when` text. */
export function meetsStepCondition(text: string, values: StepValues): boolean {
  return parseStepCondition(text).every(({ name, negated, values: accepted }) => {
    const answers = answersOf(values, name);
    const holds =
      accepted === null ? answers.length > 0 : answers.some((answer) => accepted.includes(answer));
    return negated ? !holds : holds;
  });
}

/**
 * Whether the answers already given rule the condition out: a clause about a question that has an
 * answer fails (`bolig=leje` when `bolig` is `eje`). A clause about a question not answered yet
 * (`name` alone, or a `name=value` whose `name` is empty) rules nothing out: the condition may still
 * hold once the citizen answers. An empty text is never ruled out.
 */
export function ruledOutByAnswers(text: string, values: StepValues): boolean {
  return parseStepCondition(text).some(({ name, negated, values: accepted }) => {
    const answers = answersOf(values, name);
    if (accepted === null || answers.length === 0) return false;
    const holds = answers.some((answer) => accepted.includes(answer));
    return negated ? holds : !holds;
  });
}

/** The answers of a form's `FormData` for conditions: text entries only (files do not count). */
export function stepValuesOf(data: FormData): StepValues {
  const values: Record<string, string[]> = {};
  for (const [name, value] of data) {
    if (typeof value !== 'string') continue;
    (values[name] ??= []).push(value);
  }
  return values;
}
