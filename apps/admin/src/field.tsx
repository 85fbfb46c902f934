/**
 * A labelled form field with its error beside it: the form's own check
 * (TypeBox through react-hook-form) or the server's coded refusal, which
 * `applyServerError` puts on the field it names.
 */
import type { ReactNode } from 'react';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { messageOf } from '@hallq/client';
import { useI18n, type Lang } from '@hallq/ui';
import type { DictKey } from './dict';
import { fieldOfError } from './server-error';

/** TypeBox keywords → the console's words (TypeBox's own messages are English only). */
const KEYWORD_TEXT: Record<string, DictKey> = {
  required: 'vRequired',
  minLength: 'vRequired',
  maxLength: 'vTooLong',
  pattern: 'vFormat',
  minimum: 'vRange',
  maximum: 'vRange',
  exclusiveMinimum: 'vRange',
  exclusiveMaximum: 'vRange',
  minItems: 'vRequired',
};

export function errorText(error: FieldError | undefined, t: (k: string) => string) {
  if (!error) return undefined;
  if (error.type === 'server') return error.message;
  const key = KEYWORD_TEXT[String(error.type)];
  return t(key ?? 'vInvalid');
}

export function Field({
  label,
  error,
  children,
  wide,
}: {
  label: string;
  error?: FieldError | undefined;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useI18n();
  const text = errorText(error, t);
  return (
    <label className={`field${wide ? ' wide' : ''}${text ? ' invalid' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
      {text ? (
        <span className="field-error" role="alert">
          {text}
        </span>
      ) : null}
    </label>
  );
}

/** A group of checkboxes (a label may not hold other labels): a fieldset with its legend. */
export function FieldGroup({
  label,
  error,
  children,
}: {
  label: string;
  error?: FieldError | undefined;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const text = errorText(error, t);
  return (
    <fieldset className={`field-group${text ? ' invalid' : ''}`}>
      <legend className="field-label">{label}</legend>
      <span className="checks">{children}</span>
      {text ? (
        <span className="field-error" role="alert">
          {text}
        </span>
      ) : null}
    </fieldset>
  );
}

/**
 * Puts a server refusal on its field (`type: 'server'`, the coded message
 * in the console's language); returns the message when it belongs to the
 * whole form instead.
 */
export function applyServerError<T extends FieldValues>(
  err: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  lang: Lang,
): string | undefined {
  const message = messageOf(err, lang);
  const field = fieldOfError(err, fields);
  if (field === undefined) return message;
  setError(field as Path<T>, { type: 'server', message }, { shouldFocus: true });
  return undefined;
}
