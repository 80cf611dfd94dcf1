import { FieldError } from './field-messages';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Language of the label, when it differs from the page (language names). */
  lang?: string;
}

interface ChoiceGroupProps<T extends string> {
  id: string;
  legend: string;
  error?: string;
  choices: readonly Choice<T>[];
  disabled?: boolean;
}

interface RadioGroupProps<T extends string> extends ChoiceGroupProps<T> {
  value: T;
  onChange: (value: T) => void;
}

interface CheckboxGroupProps<T extends string> extends ChoiceGroupProps<T> {
  values: readonly T[];
  onChange: (values: T[]) => void;
}

/** A fieldset of radio buttons: better than a select on phones when there are few options. */
export function RadioGroup<T extends string>({
  id,
  legend,
  error,
  choices,
  value,
  onChange,
  disabled,
}: RadioGroupProps<T>) {
  return (
    <fieldset className="field choice-group" aria-describedby={error ? `${id}-error` : undefined} disabled={disabled}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div className="choice" key={choice.value}>
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name={id}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <label htmlFor={`${id}-${choice.value}`} lang={choice.lang}>
            {choice.label}
          </label>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export function CheckboxGroup<T extends string>({
  id,
  legend,
  error,
  choices,
  values,
  onChange,
  disabled,
}: CheckboxGroupProps<T>) {
  const toggle = (choice: T, checked: boolean) =>
    onChange(checked ? [...values, choice] : values.filter((value) => value !== choice));
  return (
    <fieldset className="field choice-group" aria-describedby={error ? `${id}-error` : undefined} disabled={disabled}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div className="choice" key={choice.value}>
          <input
            type="checkbox"
            id={`${id}-${choice.value}`}
            name={id}
            value={choice.value}
            checked={values.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
