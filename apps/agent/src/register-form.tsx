/**
 * 登记代办: the handling site (the room's township or the district), the item
 * (what the room takes in and that site handles), the villager's name and
 * phone, the materials received as a checklist from the item's office
 * guide, and a note. The server decides (core Q27); its refusal shows as is.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { messageOf, type HallqApi } from '@hallq/client';
import type { CatalogReply, ProxyTicketView } from '@hallq/protocol';
import { useI18n } from '@hallq/ui';
import { StatusQr } from './status-qr';

export interface HandlingSite {
  id: string;
  name: string;
  itemIds: string[];
}

type Item = CatalogReply['items'][number];

export function RegisterForm({
  api,
  items,
  sites,
  onRegistered,
}: {
  api: HallqApi;
  items: readonly Item[];
  sites: readonly HandlingSite[];
  onRegistered: (t: ProxyTicketView) => void;
}) {
  const { t, lang } = useI18n();
  const [siteId, setSiteId] = useState('');
  const [itemId, setItemId] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [materials, setMaterials] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<ProxyTicketView>();

  const site = sites.find((s) => s.id === siteId) ?? sites[0];
  const offered = useMemo(
    () => items.filter((i) => site?.itemIds.includes(i.id) && i.enabled !== false),
    [items, site],
  );
  const item = offered.find((i) => i.id === itemId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!site || !item) return;
    setBusy(true);
    setError(undefined);
    try {
      const reply = await api.registerProxy({
        siteId: site.id,
        itemId: item.id,
        applicant: { name: name.trim(), phone: phone.trim() },
        materials,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setDone(reply.ticket);
      onRegistered(reply.ticket);
      setName('');
      setPhone('');
      setMaterials([]);
      setNote('');
    } catch (err) {
      setError(messageOf(err, lang));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (m: string) =>
    setMaterials((list) => (list.includes(m) ? list.filter((x) => x !== m) : [...list, m]));

  return (
    <form className="agent-card agent-form" onSubmit={(e) => void submit(e)}>
      <h2>{t('new.title')}</h2>
      <label className="agent-field">
        <span>{t('new.site')}</span>
        <select
          name="site"
          value={site?.id ?? ''}
          onChange={(e) => {
            setSiteId(e.target.value);
            setItemId('');
            setMaterials([]);
          }}
        >
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="agent-field">
        <span>{t('new.item')}</span>
        <select
          name="item"
          value={item?.id ?? ''}
          onChange={(e) => {
            setItemId(e.target.value);
            setMaterials([]);
          }}
        >
          <option value="">{t('new.itemPick')}</option>
          {offered.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </label>
      {item ? (
        <p className="agent-hint">
          {item.promisedDays > 0 ? t('new.promise', { n: item.promisedDays }) : t('new.promiseNow')}
        </p>
      ) : null}
      <div className="agent-row">
        <label className="agent-field">
          <span>{t('new.name')}</span>
          <input
            name="applicant-name"
            required
            maxLength={32}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="agent-field">
          <span>{t('new.phone')}</span>
          <input
            name="applicant-phone"
            required
            inputMode="tel"
            pattern="[0-9][0-9 \-]{4,19}"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        </label>
      </div>
      {item ? (
        <fieldset className="agent-materials">
          <legend>{t('new.materials')}</legend>
          {(item.guide?.materials ?? []).length === 0 ? (
            <p className="agent-hint">{t('new.noGuide')}</p>
          ) : null}
          {(item.guide?.materials ?? []).map((m) => (
            <label key={m.name} className="agent-check">
              <input
                type="checkbox"
                checked={materials.includes(m.name)}
                onChange={() => toggle(m.name)}
              />
              <span>{m.name}</span>
              {m.required ? <small>{t('new.required')}</small> : null}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className="agent-field">
        <span>{t('new.note')}</span>
        <textarea
          name="note"
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      {error ? (
        <p className="agent-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="agent-primary" disabled={busy || !item}>
        {busy ? t('new.sending') : t('new.submit')}
      </button>
      {done ? (
        <div className="agent-done" role="status">
          <p>{t('new.done', { day: done.dueDay })}</p>
          <StatusQr url={`${location.origin}/t/${done.id}`} label={t('new.qr')} />
        </div>
      ) : null}
    </form>
  );
}
