import type { Answer } from '../instruments/answers';
import { itemText, scaleOf, statement } from '../instruments/items';
import type { Role } from '../instruments/roles';
import type { Instrument, Item } from '../instruments/schema';
import { Face } from './Face';

/** The DOM id of a question's fieldset, the target of error-summary links. */
export function questionId(itemId: string): string {
  return `question-${itemId}`;
}

interface QuestionFieldProps {
  instrument: Instrument;
  item: Item;
  role?: Role;
  value: Answer | undefined;
  /** Called with the new answer, or undefined when the answer is cleared. */
  onChange: (value: Answer | undefined) => void;
  error?: string;
}

/**
 * One question: a fieldset whose legend is the question, with a labelled control per option.
 * An item that completes a stem is named by the whole sentence (stem and text, see `statement`),
 * while the page shows the stem once above its items and the text in each legend.
 */
export function QuestionField({ instrument, item, role, value, onChange, error }: QuestionFieldProps) {
  const id = questionId(item.id);
  const legendId = `${id}-legend`;
  const hintId = item.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const warningId = item.type === 'text' && item.warning ? `${id}-warning` : undefined;
  const counterId = item.type === 'multi' ? `${id}-counter` : undefined;
  const describedBy = [hintId, counterId, warningId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} class={error ? 'question has-error' : 'question'} aria-describedby={describedBy} tabIndex={-1}>
      <legend id={legendId}>
        {item.stem ? (
          <>
            <span class="visually-hidden">{statement(item, role)}</span>
            <span aria-hidden="true">{itemText(item, role)}</span>
          </>
        ) : (
          itemText(item, role)
        )}
        {item.required && <span class="required"> (required)</span>}
      </legend>
      {item.hint && (
        <p class="hint" id={hintId}>
          {item.hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={errorId}>
          {error}
        </p>
      )}
      <Control instrument={instrument} item={item} value={value} onChange={onChange} labelledBy={legendId} describedBy={describedBy} />
    </fieldset>
  );
}

function Control({
  instrument,
  item,
  value,
  onChange,
  labelledBy,
  describedBy,
}: Omit<QuestionFieldProps, 'role' | 'error'> & { labelledBy: string; describedBy?: string }) {
  const scale = scaleOf(instrument, item);
  const base = questionId(item.id);
  switch (item.type) {
    case 'likert':
    case 'rating':
    case 'single':
      return (
        <div class={item.type === 'single' ? 'choices list' : 'choices'}>
          {scale!.options.map((option) => (
            <div class={option.substantive ? 'choice' : 'choice non-substantive'} key={option.code}>
              <input
                type="radio"
                id={`${base}-${option.code}`}
                name={item.id}
                value={option.code}
                checked={value === option.code}
                onChange={() => onChange(option.code)}
              />
              <label for={`${base}-${option.code}`}>
                {option.face && <Face face={option.face} />}
                {option.label}
              </label>
            </div>
          ))}
        </div>
      );
    case 'multi': {
      const chosen = Array.isArray(value) ? value : [];
      const full = chosen.length >= item.maxChoices;
      return (
        <>
          <p class="hint" id={`${base}-counter`} aria-live="polite">
            Choose up to {item.maxChoices}. {chosen.length} chosen.
          </p>
          <div class="choices list">
            {scale!.options.map((option) => {
              const checked = chosen.includes(option.code);
              return (
                <div class="choice tick" key={option.code}>
                  <input
                    type="checkbox"
                    id={`${base}-${option.code}`}
                    name={item.id}
                    value={option.code}
                    checked={checked}
                    disabled={full && !checked}
                    onChange={() => {
                      const next = checked ? chosen.filter((c) => c !== option.code) : [...chosen, option.code];
                      onChange(next.length > 0 ? next : undefined);
                    }}
                  />
                  <label for={`${base}-${option.code}`}>{option.label}</label>
                </div>
              );
            })}
          </div>
        </>
      );
    }
    case 'number':
      return (
        <>
          <input
            type="number"
            id={`${base}-input`}
            aria-labelledby={item.unit ? `${labelledBy} ${base}-unit` : labelledBy}
            aria-describedby={describedBy}
            min={item.min}
            max={item.max}
            step={item.integer ? 1 : 'any'}
            value={typeof value === 'number' ? value : ''}
            onInput={(event) => {
              const input = event.currentTarget;
              // A half-typed number ("-", "1e") reads as '' with badInput set: keep the last answer.
              if (input.validity.badInput) return;
              onChange(input.value === '' ? undefined : Number(input.value));
            }}
          />
          {item.unit && (
            <span class="unit" id={`${base}-unit`}>
              {' '}
              {item.unit}
            </span>
          )}
        </>
      );
    case 'text':
      return (
        <>
          {item.warning && (
            <p class="warning" id={`${base}-warning`}>
              {item.warning}
            </p>
          )}
          <textarea
            id={`${base}-input`}
            aria-labelledby={labelledBy}
            aria-describedby={describedBy}
            maxLength={item.maxLength}
            value={typeof value === 'string' ? value : ''}
            onInput={(event) => {
              const text = event.currentTarget.value;
              onChange(text === '' ? undefined : text);
            }}
          />
        </>
      );
  }
}
