// A labelled group of checkboxes for a multi-choice filter where nothing chosen (null) means "all".
import { useId, type ReactNode } from 'react';

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  icon?: ReactNode;
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly CheckboxOption<T>[];
  /** null: every option is ticked. */
  chosen: readonly T[] | null;
  onToggle(value: T): void;
  testId?: string;
}

export function CheckboxGroup<T extends string>({ legend, options, chosen, onToggle, testId }: CheckboxGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="checkbox-group" data-testid={testId}>
      <legend className="checkbox-group__legend">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox-group__item" htmlFor={`${id}-${option.value}`}>
          <input
            id={`${id}-${option.value}`}
            type="checkbox"
            value={option.value}
            checked={chosen === null || chosen.includes(option.value)}
            onChange={() => onToggle(option.value)}
          />
          {option.icon}
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
