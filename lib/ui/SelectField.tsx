/** One choice of a {@link SelectField}. */
export interface SelectChoice {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  choices: readonly SelectChoice[];
  onChange: (value: string) => void;
}

/** A labelled drop-down list. */
export function SelectField({ id, label, value, choices, onChange }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
