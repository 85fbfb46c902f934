/** Back and home, at the foot of every screen below home: big, always in the same place. */
import { useT } from '@hallq/ui';

export function NavBar({
  onBack,
  onHome,
  disabled = false,
}: {
  onBack?: () => void;
  onHome: () => void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <nav className="k-nav">
      {onBack && (
        <button
          type="button"
          className="k-btn k-btn-secondary"
          onClick={onBack}
          disabled={disabled}
        >
          {t('nav.back')}
        </button>
      )}
      <button type="button" className="k-btn k-btn-secondary" onClick={onHome} disabled={disabled}>
        {t('nav.home')}
      </button>
    </nav>
  );
}
