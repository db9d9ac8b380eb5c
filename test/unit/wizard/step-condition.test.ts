import { describe, expect, it } from 'vitest';
import {
  meetsStepCondition,
  parseStepCondition,
  ruledOutByAnswers,
  stepValuesOf,
} from '../../../src/components/wizard/step-condition.js';

describe('a step condition from plain HTML (when="…")', () => {
  const values = { bolig: ['leje'], ydelser: ['bolig', 'pension'], navn: ['Ada'], tom: [''] };

  it('an empty condition always holds', () => {
    expect(parseStepCondition('')).toEqual([]);
    expect(meetsStepCondition('  ', {})).toBe(true);
  });

  it('name=value: equal, or among several answers', () => {
    expect(meetsStepCondition('bolig=leje', values)).toBe(true);
    expect(meetsStepCondition('bolig=eje', values)).toBe(false);
    expect(meetsStepCondition('ydelser=pension', values)).toBe(true);
    expect(meetsStepCondition('findes=leje', values)).toBe(false);
  });

  it('name=a|b: one of several values; white space ignored', () => {
    expect(meetsStepCondition(' bolig = eje | leje ', values)).toBe(true);
    expect(meetsStepCondition('bolig=eje|andel', values)).toBe(false);
  });

  it('name!=value: not that value (a missing answer is not it)', () => {
    expect(meetsStepCondition('bolig!=eje', values)).toBe(true);
    expect(meetsStepCondition('bolig!=leje', values)).toBe(false);
    expect(meetsStepCondition('findes!=x', values)).toBe(true);
  });

  it('name alone: answered at all; an empty text is no answer', () => {
    expect(meetsStepCondition('navn', values)).toBe(true);
    expect(meetsStepCondition('tom', values)).toBe(false);
    expect(meetsStepCondition('findes', values)).toBe(false);
  });

  it('several clauses with ";": all must hold', () => {
    expect(meetsStepCondition('bolig=leje; ydelser=bolig', values)).toBe(true);
    expect(meetsStepCondition('bolig=leje; ydelser=dagpenge', values)).toBe(false);
  });

  it('names and values are text, never patterns', () => {
    expect(meetsStepCondition('a(=(a+)+', { 'a(': ['(a+)+'] })).toBe(true);
    expect(meetsStepCondition('bolig=.*', values)).toBe(false);
    expect(meetsStepCondition('__proto__=x', values)).toBe(false);
  });

  it('ruled out by the answers given: a clause about an answered question fails; an unanswered one rules nothing out', () => {
    expect(ruledOutByAnswers('bolig=eje', values)).toBe(true);
    expect(ruledOutByAnswers('bolig=leje', values)).toBe(false);
    expect(ruledOutByAnswers('findes=x', values)).toBe(false); // may still come
    expect(ruledOutByAnswers('tom=x', values)).toBe(false); // an empty answer is no answer
    expect(ruledOutByAnswers('bolig!=leje', values)).toBe(true);
    expect(ruledOutByAnswers('findes; bolig=leje', values)).toBe(false); // `name` alone: only once passed
    expect(ruledOutByAnswers('findes=x; ydelser=dagpenge', values)).toBe(true);
    expect(ruledOutByAnswers('', values)).toBe(false);
  });

  it('takes the text answers of FormData, a repeated name as several', () => {
    const data = new FormData();
    data.append('ydelser', 'bolig');
    data.append('ydelser', 'pension');
    data.append('bilag', new Blob(['x']), 'a.pdf');
    expect(stepValuesOf(data)).toEqual({ ydelser: ['bolig', 'pension'] });
  });
});
