/**
 * The kiosk: wires the server (health, catalogue, printer, issuing; the hall
 * feed for when the catalogue moved) to the visitor's path (kiosk-state.ts)
 * and picks the screen. The 暂停取号 screen
 * covers everything while the server is unreachable; the path underneath is
 * kept, so a visitor mid-way carries on when it comes back.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ApiError, NetworkError, createApi, messageOf, newIdempotencyKey } from '@hallq/client';
import { useHallFeed } from '@hallq/client/react';
import { useI18n, usePinyin } from '@hallq/ui';
import type { DeviceConfig } from './device-config';
import { DEFAULT_IDLE_MS, type KioskOptions } from './kiosk-options';
import { confirmationFor, initialKioskState, kioskReducer } from './kiosk-state';
import { issueAndPrint } from './issue-ticket';
import { useHealth } from './hooks/use-health';
import { useCatalog } from './hooks/use-catalog';
import { printerWarning, usePrinterStatus } from './hooks/use-printer-status';
import { useIdle } from './hooks/use-idle';
import { usePromptVoice } from './hooks/use-prompt-voice';
import { screenPrompt } from './screen-prompt';
import { TopBar } from './components/top-bar';
import { NavBar } from './components/nav-bar';
import { IdleWarning } from './components/idle-warning';
import { HomeScreen } from './screens/home-screen';
import { ItemsScreen } from './screens/items-screen';
import { ItemScreen } from './screens/item-screen';
import { ClosedScreen } from './screens/closed-screen';
import { TicketScreen } from './screens/ticket-screen';
import { LoadingScreen, OutageScreen, SetupScreen } from './screens/status-screens';

/** Codes after which the catalogue on screen is stale (quota used up, rota changed). */
const STALE_CATALOG = new Set(['HALLQ_E_QUOTA_EXHAUSTED', 'HALLQ_E_UNIT_NOT_SERVED_TODAY']);

export function Kiosk({ config, options }: { config: DeviceConfig; options: KioskOptions }) {
  const { t, lang, setLang } = useI18n();
  const token = config.deviceToken;
  const api = useMemo(
    () => (token ? createApi({ baseUrl: config.serverUrl, token: () => token }) : undefined),
    [config.serverUrl, token],
  );
  // Health answers fast or not at all: a short timeout shows the outage sooner.
  const healthApi = useMemo(
    () => (token ? createApi({ baseUrl: config.serverUrl, timeoutMs: 4_000 }) : undefined),
    [config.serverUrl, token],
  );
  // Refused by the server: a token it never accepted, or one revoked since it worked.
  const [refused, setRefused] = useState<'unauthorized' | 'revoked'>();
  const accepted = useRef(false);
  const onUnauthorized = useCallback(
    () => setRefused(accepted.current ? 'revoked' : 'unauthorized'),
    [],
  );
  const { health, downSince, check } = useHealth(healthApi, options.healthPollMs);
  const { catalog, reload, onFeedEvent } = useCatalog(api, options.catalogPollMs);
  // The hall feed tells the kiosk when the catalogue's quotas or rota moved (see use-catalog.ts).
  const feedOptions = useMemo(
    () => (token ? { url: config.serverUrl, token } : undefined),
    [config.serverUrl, token],
  );
  const feed = useHallFeed(feedOptions, onFeedEvent);
  // A revoked kiosk's socket is closed by the server and its reconnection
  // refused: the screen says so within a second instead of waiting for a
  // visitor's tap to meet a 401.
  useEffect(() => {
    if (feed.status === 'live') accepted.current = true;
    if (feed.status === 'unauthorized') onUnauthorized();
  }, [feed.status, onUnauthorized]);
  const printer = usePrinterStatus(api, config.bridge, options.printerPollMs, onUnauthorized);
  const pinyin = usePinyin();
  const [state, dispatch] = useReducer(kioskReducer, initialKioskState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const inFlight = useRef(false);

  // Back from an outage: the day, the rota or the quotas may have moved on.
  const wasDown = useRef(false);
  useEffect(() => {
    if (health === 'down') wasDown.current = true;
    if (health === 'ok' && wasDown.current) {
      wasDown.current = false;
      reload();
      printer.refresh();
    }
  }, [health, reload, printer.refresh]);

  const endSession = useCallback(() => {
    dispatch({ type: 'reset' });
    setLang('zh-CN');
    reload();
  }, [setLang, reload]);

  // Nobody touching the screen: ask first (还需要更多时间吗？), then start over. The
  // ticket screen has its own countdown home; the untouched home screen has nothing to reset.
  const [idleAsk, setIdleAsk] = useState(false);
  const idleMs =
    options.idleMs ?? (catalog?.hall.kioskIdleSeconds ?? DEFAULT_IDLE_MS / 1000) * 1000;
  useIdle(
    idleMs,
    () => {
      const s = stateRef.current;
      if (s.screen.name === 'ticket') endSession();
      // Home in plain Chinese is where the next visitor starts: nothing to ask about.
      else if (s.screen.name !== 'home' || s.elder || lang !== 'zh-CN') setIdleAsk(true);
    },
    !idleAsk,
  );
  const idleTimeout = useCallback(() => {
    setIdleAsk(false);
    endSession();
  }, [endSession]);

  const confirm = useCallback(async () => {
    if (inFlight.current || !api || !catalog) return;
    const confirmation = confirmationFor(stateRef.current, newIdempotencyKey());
    if (!confirmation) return;
    inFlight.current = true;
    dispatch({ type: 'confirm', confirmation });
    try {
      const issued = await issueAndPrint(
        { api, bridge: config.bridge, catalog, origin: config.serverUrl || location.origin },
        confirmation,
      );
      accepted.current = true;
      dispatch({ type: 'issued', issued });
      printer.refresh();
      reload();
    } catch (err) {
      const unauthorizedNow = err instanceof ApiError && (err.status === 401 || err.status === 403);
      if (unauthorizedNow) onUnauthorized();
      // Unanswered or answered by a failing server: the same key may safely be sent again.
      const retryable =
        err instanceof NetworkError || (err instanceof ApiError && err.status >= 500);
      dispatch({ type: 'failed', message: messageOf(err, lang), retryable });
      if (err instanceof NetworkError) check();
      if (err instanceof ApiError && STALE_CATALOG.has(err.code)) reload();
    } finally {
      inFlight.current = false;
    }
  }, [api, catalog, config, lang, check, reload, printer.refresh, onUnauthorized]);

  // 适老 mode speaks each screen's prompt (Chinese: the kiosk's voice is Mandarin).
  const down = health === 'down';
  const prompt = screenPrompt(state, catalog, { idleAsk, down }, t, lang);
  // Spoken again on every new screen, even one that says the same.
  const shown = down && state.screen.name !== 'ticket' ? 'down' : idleAsk ? 'idle' : state.screen;
  usePromptVoice(api, prompt, shown, state.elder && lang === 'zh-CN');

  const warningKey = printerWarning(printer.status);
  const screen = state.screen;

  let body;
  if (!token || refused) body = <SetupScreen refused={refused} />;
  // A number already issued stays on screen through an outage: it is the visitor's only copy.
  else if (health === 'down' && screen.name !== 'ticket') body = <OutageScreen since={downSince} />;
  else if (!catalog) body = <LoadingScreen />;
  else if (screen.name === 'home') {
    body = (
      <HomeScreen
        catalog={catalog}
        warning={warningKey && t(warningKey)}
        elder={state.elder}
        onOpenUnit={(unitId) => dispatch({ type: 'openUnit', unitId })}
        onOpenClosed={(unitId) => dispatch({ type: 'openClosed', unitId })}
        onOpenItem={(itemId) => dispatch({ type: 'openItem', itemId })}
        onSearchAll={() => dispatch({ type: 'searchAll' })}
      />
    );
  } else if (screen.name === 'items') {
    body = (
      <ItemsScreen
        catalog={catalog}
        unitId={screen.unitId}
        query={state.query}
        pinyin={pinyin}
        elder={state.elder}
        onQuery={(query) => dispatch({ type: 'setQuery', query })}
        onOpenItem={(itemId) => dispatch({ type: 'openItem', itemId })}
        onOpenClosed={(unitId, itemId) => dispatch({ type: 'openClosed', unitId, itemId })}
      />
    );
  } else if (screen.name === 'closed') {
    body = (
      <ClosedScreen
        catalog={catalog}
        unitId={screen.unitId}
        itemId={screen.itemId}
        onOpenItem={(itemId) => dispatch({ type: 'openItem', itemId })}
      />
    );
  } else if (screen.name === 'item') {
    body = (
      <ItemScreen
        catalog={catalog}
        itemId={screen.itemId}
        priority={state.priority}
        issuing={state.issuing}
        error={state.error}
        warning={warningKey && t(warningKey)}
        onPriority={(priority) => dispatch({ type: 'setPriority', priority })}
        onConfirm={() => void confirm()}
      />
    );
  } else {
    const failed = screen.issued.print.kind !== 'ok';
    body = (
      <TicketScreen
        catalog={catalog}
        issued={screen.issued}
        backAfterMs={failed ? options.ticketFailedIdleMs : options.ticketIdleMs}
        onDone={endSession}
      />
    );
  }

  const showNav =
    token &&
    !refused &&
    health !== 'down' &&
    catalog &&
    (screen.name === 'items' || screen.name === 'item' || screen.name === 'closed');

  return (
    <div className={`kiosk${state.elder ? ' elder' : ''}`} data-elder={state.elder} lang={lang}>
      <TopBar
        hallName={catalog?.hall.name ?? t('app.title')}
        timeZone={catalog?.hall.timeZone ?? 'Asia/Shanghai'}
        elder={state.elder}
        onToggleElder={() => dispatch({ type: 'toggleElder' })}
      />
      {body}
      {showNav && (
        <NavBar
          onBack={() => dispatch({ type: 'back' })}
          onHome={() => dispatch({ type: 'home' })}
          disabled={state.issuing}
        />
      )}
      {idleAsk && (
        <IdleWarning
          ms={options.idleWarnMs}
          onContinue={() => setIdleAsk(false)}
          onTimeout={idleTimeout}
        />
      )}
    </div>
  );
}
