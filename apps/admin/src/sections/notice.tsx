/**
 * 公告: the scrolling notice of the site's hall screen (PUT /notice); the
 * district hall's may publish it at every township hall at once.
 */
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { typeboxResolver } from '@hookform/resolvers/typebox';
import { useQuery } from '@tanstack/react-query';
import { NoticeBody } from '@hallq/protocol';
import { useT } from '@hallq/ui';
import { useCatalog, useConsole } from '../console-context';
import { Field } from '../field';
import { KEYS } from '../live-keys';
import { SaveBar } from '../panel';
import { useUnsavedGuard } from '../unsaved-guard';
import { useSave } from '../use-save';

export function NoticeSection() {
  const t = useT();
  const { api, siteId } = useConsole();
  const notice = useQuery({
    queryKey: [...KEYS.notice, siteId],
    queryFn: () => api.notice(siteId),
  }).data;
  if (!notice) return <p>{t('loading')}</p>;
  return <NoticeForm key={siteId} text={notice.notice} />;
}

function NoticeForm({ text }: { text: string }) {
  const t = useT();
  const { api, siteId } = useConsole();
  const district = useCatalog()?.sites.find((s) => s.id === siteId)?.level === 'district';
  const form = useForm<NoticeBody>({
    resolver: typeboxResolver(NoticeBody),
    defaultValues: { notice: text, includeChildren: false },
  });
  const { register, handleSubmit, formState } = form;
  useUnsavedGuard(formState.isDirty);
  // Changed elsewhere (another admin, the CLI): show it, unless this form holds an edit.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset({ notice: text, includeChildren: false });
  }, [text, form]);
  const save = useSave(form, ['notice'], [KEYS.notice]);
  // How many halls the last save reached (the box is unticked again after it: each push is asked for).
  const [sentTo, setSentTo] = useState<number>();
  const submit = handleSubmit(async (v) => {
    const saved = await save.run(v, async (b) => {
      setSentTo(undefined);
      const reply = await api.setNotice(b.notice, siteId, district && b.includeChildren === true);
      if (reply.siteIds.length > 1) setSentTo(reply.siteIds.length);
      return reply;
    });
    if (saved) form.reset({ ...v, includeChildren: false });
  });
  return (
    <form className="form" onSubmit={(ev) => void submit(ev)} noValidate>
      <Field label={t('noticeText')} error={formState.errors.notice} wide>
        <textarea rows={4} {...register('notice')} />
        <small>{t('noticeHint')}</small>
      </Field>
      {district && (
        <label className="check">
          <input type="checkbox" {...register('includeChildren')} /> {t('noticeChildren')}
        </label>
      )}
      {sentTo !== undefined && save.saved ? (
        <p className="form-meta">{t('noticeSentTo', { n: sentTo })}</p>
      ) : null}
      <SaveBar
        busy={formState.isSubmitting}
        dirty={formState.isDirty}
        saved={save.saved}
        error={save.error}
      />
    </form>
  );
}
