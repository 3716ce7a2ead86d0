import { Field } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';
import { type ReactNode, useEffect, useState } from 'react';
import { fromMinutesSeconds, toMinutesSeconds } from './minutes-seconds';

interface IntegerProps {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  labelAction?: ReactNode;
  attribute: { pluginOptions?: { editor?: { input?: string } } };
}

/**
 * The edit view's input for integers: its digits as they are, 2026 and not the design system's
 * grouped "2,026" (its NumberInput has no switch for that); a keystroke that would make it anything
 * but an optionally signed whole number is not taken. A field whose schema says
 * `pluginOptions.editor.input: "minutes-seconds"` stores seconds and is typed as 分:秒 (1:30).
 */
export function IntegerInput(props: object) {
  const { name, label, hint, required, disabled, placeholder, labelAction, attribute } = props as IntegerProps;
  const field = useField<number | null>(name);
  const focus = useFocusInputField<HTMLInputElement>(name);
  const minutesSeconds = attribute.pluginOptions?.editor?.input === 'minutes-seconds';
  const shown = (value: number | null | undefined) => (value == null ? '' : minutesSeconds ? toMinutesSeconds(value) : String(value));
  /** The value a text stands for; 分:秒 not yet complete ("1:") stands for none. */
  const storedValue = (typed: string) => (minutesSeconds ? (fromMinutesSeconds(typed) ?? null) : typed === '' || typed === '-' ? null : Number(typed));
  // What is typed, which while typing is not always a number yet ("1:", "-").
  const [text, setText] = useState(() => shown(field.value));
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a value set from elsewhere (loading, discarding) replaces what is typed.
  useEffect(() => {
    if (storedValue(text) !== (field.value ?? null)) setText(shown(field.value));
  }, [field.value]);

  const invalid = minutesSeconds && fromMinutesSeconds(text) === undefined;
  return (
    <Field.Root name={name} hint={hint} error={field.error ?? (invalid ? '请按“分:秒”填写，如 1:30 表示 1 分 30 秒' : undefined)} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <Field.Input
        ref={focus}
        inputMode={minutesSeconds ? 'text' : 'numeric'}
        autoComplete="off"
        disabled={disabled}
        placeholder={placeholder ?? (minutesSeconds ? '分:秒，如 1:30' : undefined)}
        value={text}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          const typed = event.target.value.trim();
          if (!minutesSeconds && !/^-?\d*$/.test(typed)) return;
          setText(typed);
          // Incomplete 分:秒 stores nothing, so a save cannot keep an old time by mistake (such fields are required).
          field.onChange(name, storedValue(typed));
        }}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}
