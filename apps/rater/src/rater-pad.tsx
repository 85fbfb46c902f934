/**
 * The pad facing the visitor: idle with the window's clerk and an
 * invitation; after the window's 办结, the ticket and five large faces;
 * after 不满意 or 非常不满意, the reasons and an optional comment. Unrated
 * after the timeout (the server records it so), and back to idle. The clerk
 * sees none of it: the level goes from this pad to the server only.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { messageOf, type FeedState, type HallFeed, type HallqApi } from '@hallq/client';
import type { CatalogReply, RaterPadReply, WireEvent } from '@hallq/protocol';
import { createPromptSpeaker, LangToggle, useI18n } from '@hallq/ui';
import { Face } from './face';
import {
  IDLE,
  padReducer,
  RATING_LEVELS,
  type PadAction,
  type PadState,
  type RatingLevel,
} from './pad-state';

interface Props {
  api: HallqApi;
  pad: RaterPadReply;
  catalog: CatalogReply;
  feed: FeedState & { feed: HallFeed | undefined };
}

export function RaterPad({ api, pad, catalog, feed }: Props) {
  const { t, lang } = useI18n();
  const timeoutMs = pad.padTimeoutSeconds * 1000;
  const [state, dispatch] = useReducer(
    (s: PadState, a: PadAction) => padReducer(s, a, timeoutMs),
    IDLE,
  );
  const [comment, setComment] = useState('');
  // 适老 mode, as on the kiosk: larger text and buttons, and every screen's prompt spoken.
  const [elderly, setElderly] = useState(false);
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(Date.now());
  // The pad's prompts in the screens' voice: a zh-CN browser voice, else the server's /tts.
  const speak = useMemo(() => createPromptSpeaker((text) => api.ttsUrl(text)), [api]);

  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
      dispatch({ type: 'tick', at: Date.now() });
    }, 500);
    return () => clearInterval(timer);
  }, []);

  // The server's clock less the tablet's, from the hall view's time (each event moves it).
  const skew = useRef(0);
  const viewAt = feed.snapshot?.at;
  useEffect(() => {
    if (viewAt !== undefined) skew.current = viewAt - Date.now();
  }, [viewAt]);

  useEffect(() => {
    if (!feed.feed) return;
    return feed.feed.onEvent((e: WireEvent) => {
      if (e.name !== 'ticket.finished' || e.payload.window.id !== pad.windowId) return;
      // A replayed 办结 from long ago (after a lost connection) is not the visitor in front.
      if (Date.now() + skew.current - e.payload.at > timeoutMs) return;
      const { id, number, itemId } = e.payload.ticket;
      setComment('');
      setError(undefined);
      dispatch({ type: 'finished', ticket: { id, number, itemId }, at: Date.now() });
      speak(t('voice.prompt'));
    });
  }, [feed.feed, pad.windowId, timeoutMs, t, speak]);

  const send = useCallback(
    async (ticketId: string, level: RatingLevel, tags: string[]) => {
      setError(undefined);
      try {
        await api.rate({
          ticketId,
          level,
          ...(tags.length ? { tags } : {}),
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        });
        dispatch({ type: 'sent', at: Date.now() });
      } catch (err) {
        setError(t('error.send', { message: messageOf(err, lang) }));
      }
    },
    [api, comment, lang, t],
  );

  useEffect(() => {
    if (!elderly) return;
    if (state.screen === 'reasons') speak(t('voice.reasons'));
    if (state.screen === 'thanks') speak(t('voice.thanks'));
  }, [elderly, state.screen, t, speak]);

  const win = feed.snapshot?.windows.find((w) => w.id === pad.windowId);
  const unitNames = (win?.todayUnitIds ?? [])
    .map((id) => catalog.units.find((u) => u.id === id)?.name)
    .filter(Boolean)
    .join('、');
  const itemName = (id: string) => catalog.items.find((i) => i.id === id)?.name ?? '';
  const left = (since: number) => Math.max(0, Math.ceil((since + timeoutMs - now) / 1000));

  return (
    <main className={`rater rater-${state.screen}${elderly ? ' rater-elderly' : ''}`}>
      <div className="rater-corner">
        <button
          type="button"
          className="rater-elderly-toggle"
          aria-pressed={elderly}
          onClick={() => setElderly((e) => !e)}
        >
          {t('elderly')}
        </button>
        <LangToggle />
      </div>
      {state.screen === 'idle' && (
        <section className="rater-idle">
          <p className="rater-window">{win ? t('idle.window', { n: win.number }) : ''}</p>
          {win?.staff ? (
            <>
              <h1 className="rater-clerk">{win.staff.name}</h1>
              <p className="rater-staffno">{t('idle.staffNo', { no: win.staff.staffNo })}</p>
              <p className="rater-unit">{unitNames}</p>
            </>
          ) : (
            <h1 className="rater-clerk">{t('idle.noClerk')}</h1>
          )}
          <p className="rater-invite">{t('idle.invite')}</p>
        </section>
      )}
      {state.screen === 'prompt' && (
        <section className="rater-prompt">
          <h1>{t('prompt.title')}</h1>
          <p className="rater-ticket">
            {t('prompt.ticket', {
              number: state.ticket.number,
              item: itemName(state.ticket.itemId),
            })}
          </p>
          <div className="rater-levels">
            {RATING_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                className={`rater-level level-${level}`}
                onClick={() => {
                  dispatch({ type: 'level', level, at: Date.now() });
                  if (level >= 3) void send(state.ticket.id, level, []);
                }}
              >
                <Face level={level} />
                <span>{t(`level.${level}`)}</span>
              </button>
            ))}
          </div>
          <p className="rater-countdown">{t('countdown', { s: left(state.since) })}</p>
        </section>
      )}
      {state.screen === 'reasons' && (
        <section className="rater-reasons">
          <h1>{t('reasons.title')}</h1>
          <div className="rater-tags">
            {pad.badTags.map((tag) => (
              <button
                key={tag}
                type="button"
                aria-pressed={state.tags.includes(tag)}
                className="rater-tag"
                onClick={() => dispatch({ type: 'toggleTag', tag, at: Date.now() })}
              >
                {tag}
              </button>
            ))}
          </div>
          <label className="rater-comment">
            {t('reasons.comment')}
            <textarea
              maxLength={200}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="rater-submit"
            disabled={state.tags.length === 0}
            onClick={() => void send(state.ticket.id, state.level, state.tags)}
          >
            {t('reasons.submit')}
          </button>
          <p className="rater-countdown">{t('countdown', { s: left(state.since) })}</p>
        </section>
      )}
      {state.screen === 'thanks' && (
        <section className="rater-thanks">
          <h1>{t('thanks.title')}</h1>
        </section>
      )}
      {error && (
        <p className="rater-error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
