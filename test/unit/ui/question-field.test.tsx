import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { validateAnswers, type Answers } from '../../../lib/instruments/answers';
import { allItems } from '../../../lib/instruments/items';
import { parseInstrument } from '../../../lib/instruments/parse-instrument';
import { QuestionField } from '../../../lib/ui/QuestionField';
import { FACES_SCALE } from '../fixtures/faces-scale';
import { clickLabel, mount, typeInto, type Mounted } from './mount';

/** One item of each of the six question types, validated like any instrument. */
const instrument = parseInstrument(
  {
    id: 'six-types',
    version: '1.0.0',
    title: 'Six types',
    roles: ['social_worker', 'manager'],
    groupLabel: 'testers',
    scales: [
      {
        id: 'agree',
        options: [
          { code: 5, label: 'Strongly agree' },
          { code: 4, label: 'Agree' },
          { code: 2, label: 'Disagree' },
          { code: 9, label: "Don't know", substantive: false },
        ],
      },
      FACES_SCALE,
      { id: 'setting', options: [{ code: 1, label: 'Office' }, { code: 2, label: 'Home' }, { code: 3, label: 'Court' }] },
    ],
    sections: [
      {
        id: 'all',
        items: [
          { id: 'q_likert', type: 'likert', scale: 'agree', stem: 'My manager helps me to:', text: 'Plan my week', required: true },
          { id: 'q_rating', type: 'rating', scale: 'feel', text: 'How was today?' },
          { id: 'q_single', type: 'single', scale: 'setting', text: 'Where did you mostly work?', textByRole: { manager: 'Where did your team mostly work?' } },
          { id: 'q_multi', type: 'multi', scale: 'setting', maxChoices: 2, text: 'Where else did you work?', hint: 'Pick the main ones.' },
          { id: 'q_number', type: 'number', text: 'Hours of overtime', min: 0, max: 80, unit: 'hours' },
          { id: 'q_text', type: 'text', text: 'Anything else?', maxLength: 40, warning: 'Do not name children.' },
        ],
      },
    ],
  },
  'six-types test instrument',
);

let answers: Answers = {};
let mounted: Mounted | undefined;

/** Every item of the test instrument, answered into `answers` as a page would. */
function Form({ role }: { role: 'social_worker' | 'manager' }) {
  const [state, setState] = useState<Answers>({});
  return (
    <form>
      {allItems(instrument).map((item) => (
        <QuestionField
          key={item.id}
          instrument={instrument}
          item={item}
          role={role}
          value={state[item.id]}
          onChange={(value) => {
            const next = { ...state };
            if (value === undefined) delete next[item.id];
            else next[item.id] = value;
            answers = next;
            setState(next);
          }}
        />
      ))}
    </form>
  );
}

async function render(role: 'social_worker' | 'manager' = 'social_worker') {
  answers = {};
  mounted = await mount(<Form role={role} />);
  return mounted.container;
}

const question = (root: HTMLElement, id: string) => root.querySelector<HTMLFieldSetElement>(`#question-${id}`)!;
/** The text a screen reader takes as the legend: everything but aria-hidden parts. */
function legendName(fieldset: HTMLFieldSetElement): string {
  const legend = fieldset.querySelector('legend')!.cloneNode(true) as HTMLElement;
  legend.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return legend.textContent!;
}

afterEach(() => mounted?.unmount());

describe('QuestionField renders and answers every question type', () => {
  it('likert: one radio per option, named by its label; choosing gives the code', async () => {
    const root = await render();
    const field = question(root, 'q_likert');
    expect([...field.querySelectorAll('input')].map((i) => i.type)).toEqual(['radio', 'radio', 'radio', 'radio']);
    expect([...field.querySelectorAll('label')].map((l) => l.textContent)).toEqual(['Strongly agree', 'Agree', 'Disagree', "Don't know"]);
    await clickLabel(field, 'Agree');
    expect(answers).toEqual({ q_likert: 4 });
    await clickLabel(field, "Don't know");
    expect(answers).toEqual({ q_likert: 9 });
    expect(field.querySelector<HTMLInputElement>('#question-q_likert-9')!.checked).toBe(true);
    expect(field.querySelector<HTMLInputElement>('#question-q_likert-4')!.checked).toBe(false);
  });

  it('likert with a stem: the legend reads as one sentence, and only required questions are marked', async () => {
    const root = await render();
    expect(legendName(question(root, 'q_likert'))).toBe('My manager helps me to plan my week (required)');
    expect(question(root, 'q_likert').querySelector('legend [aria-hidden="true"]')!.textContent).toBe('Plan my week');
    expect(legendName(question(root, 'q_rating'))).toBe('How was today?');
    expect(root.textContent).not.toContain('(optional)');
  });

  it('rating: five options, each with a drawn face beside its label', async () => {
    const root = await render();
    const field = question(root, 'q_rating');
    const labels = [...field.querySelectorAll('label')];
    expect(labels.map((l) => l.textContent)).toEqual(['Awful', 'Poor', 'So-so', 'Good', 'Great']);
    expect(labels.map((l) => l.querySelector('svg.face')?.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true', 'true', 'true']);
    await clickLabel(field, 'Good');
    expect(answers).toEqual({ q_rating: 4 });
  });

  it("single: a list of radios in the respondent's role's wording", async () => {
    const root = await render('manager');
    const field = question(root, 'q_single');
    expect(legendName(field)).toBe('Where did your team mostly work?');
    expect(field.querySelector('.choices')!.className).toBe('choices list');
    await clickLabel(field, 'Court');
    await clickLabel(field, 'Home');
    expect(answers).toEqual({ q_single: 2 });
  });

  it('multi: tick boxes, at most N, with a counter that is announced and describes the question', async () => {
    const root = await render();
    const field = question(root, 'q_multi');
    const boxes = [...field.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => b.type)).toEqual(['checkbox', 'checkbox', 'checkbox']);
    expect([...field.querySelectorAll('.choice')].every((c) => c.classList.contains('tick'))).toBe(true);
    const counter = field.querySelector('#question-q_multi-counter')!;
    expect(counter.getAttribute('aria-live')).toBe('polite');
    expect(field.getAttribute('aria-describedby')!.split(' ')).toEqual(['question-q_multi-hint', 'question-q_multi-counter']);
    expect(counter.textContent).toBe('Choose up to 2. 0 chosen.');

    await clickLabel(field, 'Office');
    await clickLabel(field, 'Court');
    expect(answers).toEqual({ q_multi: [1, 3] });
    expect(counter.textContent).toBe('Choose up to 2. 2 chosen.');
    expect(boxes.map((b) => b.disabled)).toEqual([false, true, false]);

    await clickLabel(field, 'Office');
    expect(answers).toEqual({ q_multi: [3] });
    expect(boxes[1]!.disabled).toBe(false);
    await clickLabel(field, 'Court');
    expect(answers).toEqual({});
  });

  it('number: typed digits become a number, labelled by the question and its unit; clearing removes the answer', async () => {
    const root = await render();
    const input = question(root, 'q_number').querySelector<HTMLInputElement>('input')!;
    expect(input.type).toBe('number');
    expect([input.min, input.max, input.step]).toEqual(['0', '80', '1']);
    expect(input.getAttribute('aria-labelledby')).toBe('question-q_number-legend question-q_number-unit');
    expect(root.querySelector('#question-q_number-unit')!.textContent!.trim()).toBe('hours');
    await typeInto(input, '12');
    expect(answers).toEqual({ q_number: 12 });
    await typeInto(input, '');
    expect(answers).toEqual({});
  });

  it('text: a labelled box with its warning read out, limited in length; clearing removes the answer', async () => {
    const root = await render();
    const field = question(root, 'q_text');
    const box = field.querySelector('textarea')!;
    expect(box.maxLength).toBe(40);
    expect(box.getAttribute('aria-describedby')).toBe('question-q_text-warning');
    expect(root.querySelector('#question-q_text-warning')!.textContent).toBe('Do not name children.');
    await typeInto(box, 'A quiet week.');
    expect(answers).toEqual({ q_text: 'A quiet week.' });
    await typeInto(box, '');
    expect(answers).toEqual({});
  });

  it('produces answers that the instrument accepts', async () => {
    const root = await render();
    await clickLabel(question(root, 'q_likert'), 'Strongly agree');
    await clickLabel(question(root, 'q_rating'), 'Awful');
    await clickLabel(question(root, 'q_single'), 'Office');
    await clickLabel(question(root, 'q_multi'), 'Home');
    await typeInto(question(root, 'q_number').querySelector('input')!, '7');
    await typeInto(question(root, 'q_text').querySelector('textarea')!, 'Fine');
    expect(answers).toEqual({ q_likert: 5, q_rating: 1, q_single: 1, q_multi: [2], q_number: 7, q_text: 'Fine' });
    expect(validateAnswers(instrument, allItems(instrument), answers)).toEqual([]);
  });
});
