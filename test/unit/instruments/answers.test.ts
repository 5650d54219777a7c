import { describe, expect, it } from 'vitest';
import { answerProblem, recoverAnswers, validateAnswers } from '../../../lib/instruments/answers';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import { allItems, findItem } from '../../../lib/instruments/items';

const pulse = getBuiltinInstrument('pulse');
const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');

describe('answers', () => {
  it('accepts scale codes and refuses codes not on the scale', () => {
    const item = findItem(ofsted, 'sufficient_time')!;
    expect(answerProblem(ofsted, item, 9)).toBeNull();
    expect(answerProblem(ofsted, item, 6)).toMatch(/not one of the options/);
    expect(answerProblem(ofsted, item, 'Agree')).toMatch(/not one of the options/);
  });

  it('limits choose-up-to-N to N distinct options', () => {
    const item = findItem(ofsted, 'three_most_important_support')!;
    expect(answerProblem(ofsted, item, [1, 2, 4])).toBeNull();
    expect(answerProblem(ofsted, item, [1, 2, 3, 4])).toBe('choose at most 3');
    expect(answerProblem(ofsted, item, [1, 1])).toBe('an option is chosen twice');
  });

  it('lists every missing required answer with the question in the message', () => {
    const errors = validateAnswers(pulse, allItems(pulse), { week_overall: 4 }, 'social_worker');
    expect(errors.map((e) => e.itemId)).toEqual([
      'workload_manageable',
      'direct_work_time',
      'support_when_needed',
      'emotional_support',
      'decision_confidence',
    ]);
    expect(errors[1]!.message).toBe('Answer "I had enough time for direct work with children and families."');
    expect(validateAnswers(pulse, allItems(pulse), {}, 'manager')[2]!.message).toBe('Answer "I had enough time to support the staff I manage."');
  });

  it('recovers the valid answers of a corrupt draft and names the rest', () => {
    expect(recoverAnswers(pulse, { week_overall: 3, workload_manageable: 'lots', no_such_item: 1, comment: 'fine' })).toEqual({
      answers: { week_overall: 3, comment: 'fine' },
      dropped: ['workload_manageable', 'no_such_item'],
      unreadable: false,
    });
    expect(recoverAnswers(pulse, 'garbage')).toEqual({ answers: {}, dropped: [], unreadable: true });
    expect(recoverAnswers(pulse, undefined)).toEqual({ answers: {}, dropped: [], unreadable: false });
  });
});
