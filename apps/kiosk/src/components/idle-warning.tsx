/**
 * Before an idle kiosk starts over, it asks: "还需要更多时间吗？" with a
 * countdown and a large 继续. A visitor reading a guide slowly keeps their
 * place with one tap (anywhere on the notice); one who walked away leaves a
 * fresh home screen for the next.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '@hallq/ui';

export function IdleWarning({
  ms,
  onContinue,
  onTimeout,
}: {
  ms: number;
  onContinue: () => void;
  onTimeout: () => void;
}) {
  const t = useT();
  const [left, setLeft] = useState(Math.ceil(ms / 1000));
  const onTimeoutRef = useRef(onTimeout);
  onTimeoutRef.current = onTimeout;
  useEffect(() => {
    const started = Date.now();
    const tick = setInterval(() => {
      setLeft(Math.max(0, Math.ceil((ms - (Date.now() - started)) / 1000)));
    }, 250);
    const done = setTimeout(() => onTimeoutRef.current(), ms);
    return () => {
      clearInterval(tick);
      clearTimeout(done);
    };
  }, [ms]);
  return (
    <div className="k-idle" role="alertdialog" aria-labelledby="k-idle-title" onClick={onContinue}>
      <div className="k-idle-box">
        <h2 id="k-idle-title" className="k-idle-title">
          {t('idle.title')}
        </h2>
        <p className="k-idle-countdown" data-testid="idle-countdown">
          {t('idle.countdown', { seconds: left })}
        </p>
        <button type="button" className="k-btn k-confirm k-idle-continue" onClick={onContinue}>
          {t('idle.continue')}
        </button>
      </div>
    </div>
  );
}
