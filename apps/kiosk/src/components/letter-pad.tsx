/**
 * An on-screen letter pad: a kiosk has a touch screen and no keyboard, and
 * pinyin initials need only the 26 letters.
 */
import { useT } from '@hallq/ui';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export function LetterPad({
  onLetter,
  onDelete,
  onClear,
}: {
  onLetter: (letter: string) => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const t = useT();
  return (
    <div className="k-pad" role="group" aria-label="letters">
      {ROWS.map((row, i) => (
        <div className="k-pad-row" key={row}>
          {[...row].map((ch) => (
            <button
              type="button"
              key={ch}
              className="k-key"
              aria-label={ch}
              onClick={() => onLetter(ch)}
            >
              {ch.toUpperCase()}
            </button>
          ))}
          {i === 2 && (
            <>
              <button type="button" className="k-key k-key-wide" onClick={onDelete}>
                {t('keys.delete')}
              </button>
              <button type="button" className="k-key k-key-wide" onClick={onClear}>
                {t('keys.clear')}
              </button>
            </>
          )}
        </div>
      ))}
    </div>
  );
}
