/**
 * What each kiosk screen says aloud in 适老 mode: what to do here, in one
 * sentence (the idle question and 暂停取号 included).
 */
import type { CatalogReply } from '@hallq/protocol';
import type { Lang } from '@hallq/ui';
import type { KioskState } from './kiosk-state';
import { servedDaysText } from './served-days';

type T = (key: string, vars?: Record<string, string | number>) => string;

/** What covers the visitor's screen: the idle question, or 暂停取号 while the server is down. */
export interface Cover {
  idleAsk: boolean;
  down: boolean;
}

export function screenPrompt(
  state: KioskState,
  catalog: CatalogReply | undefined,
  cover: Cover,
  t: T,
  lang: Lang,
): string | undefined {
  const screen = state.screen;
  // A number already issued stays on screen through an outage (kiosk.tsx).
  if (cover.down && screen.name !== 'ticket') return t('say.outage');
  if (!catalog) return undefined;
  if (cover.idleAsk) return t('say.idle');
  switch (screen.name) {
    case 'home':
      return t('say.home');
    case 'items':
      return t(screen.unitId ? 'say.items' : 'say.search');
    case 'item':
      return t('say.item');
    case 'closed': {
      const unit = catalog.units.find((u) => u.id === screen.unitId);
      if (!unit) return undefined;
      const days = unit.servedWeekdays.length
        ? servedDaysText(unit.servedWeekdays, lang)
        : t('closed.never');
      return t('say.closed', { unit: unit.shortName, days });
    }
    case 'ticket':
      return t('say.ticket', { number: screen.issued.ticket.number });
  }
}
