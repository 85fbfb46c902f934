/**
 * The full office guide of an item, when it has one (set in the admin
 * console): 受理条件, the 申请材料 checklist (一次性告知: each material, in
 * original or copy, how many, whether it must be brought) and where to ask.
 */
import type { ItemView } from '@hallq/protocol';
import { useT } from '@hallq/ui';

type Guide = NonNullable<ItemView['guide']>;

export function GuideMaterials({ guide }: { guide: Guide }) {
  const t = useT();
  return (
    <div className="k-guide-full">
      {guide.conditions ? (
        <p>
          <span className="k-guide-label">{t('guide.conditions')}</span>
          {guide.conditions}
        </p>
      ) : null}
      {guide.materials.length > 0 ? (
        <>
          <h3>{t('guide.materials')}</h3>
          <ol className="k-materials" data-testid="materials">
            {guide.materials.map((m, i) => (
              <li key={i}>
                <b>{m.name}</b>
                <span>
                  {t(`guide.form.${m.form}`)} {t('guide.copies', { n: m.copies })}
                  {m.required ? '' : ` · ${t('guide.optional')}`}
                </span>
                {m.notes ? <small>{m.notes}</small> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {guide.consultPhone ? (
        <p>
          <span className="k-guide-label">{t('guide.consultPhone')}</span>
          {guide.consultPhone}
        </p>
      ) : null}
    </div>
  );
}
