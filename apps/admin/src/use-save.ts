/**
 * A form's save: call the server, put a refusal on its field (or keep it
 * for the form), and on success reset the form to what was saved (no
 * longer unsaved) and read the changed lists again.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useI18n } from '@hallq/ui';
import { applyServerError } from './field';
import { KEYS } from './live-keys';

export function useSave<T extends FieldValues>(
  form: UseFormReturn<T>,
  fields: readonly Path<T>[],
  reread: (readonly string[])[],
) {
  const { lang } = useI18n();
  const client = useQueryClient();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const run = async (values: T, send: (values: T) => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    setSaved(false);
    try {
      await send(values);
    } catch (err) {
      setError(applyServerError(err, fields, form.setError, lang));
      return false;
    }
    form.reset(values);
    setSaved(true);
    for (const key of [...reread, KEYS.audit]) void client.invalidateQueries({ queryKey: key });
    return true;
  };
  return { error, saved, run };
}
