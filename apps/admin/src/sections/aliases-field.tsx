/**
 * 又称 (aliases): what visitors call an item (身份证, 医保卡…), found by the
 * kiosk's search. Typed as one line, separated by 、 or commas.
 */
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useT } from '@hallq/ui';
import { Field } from '../field';

export const splitAliases = (text: string): string[] =>
  text
    .split(/[、,，;；]/)
    .map((a) => a.trim())
    .filter(Boolean);

export function AliasesField<T extends FieldValues>({
  control,
  name,
}: {
  control: Control<T>;
  name: Path<T>;
}) {
  const t = useT();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={t('aliases')} error={fieldState.error} wide>
          <input
            defaultValue={((field.value as string[] | undefined) ?? []).join('、')}
            onChange={(e) => field.onChange(splitAliases(e.target.value))}
            onBlur={field.onBlur}
            ref={field.ref}
          />
        </Field>
      )}
    />
  );
}
