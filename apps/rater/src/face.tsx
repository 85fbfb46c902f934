/** A face for a level, drawn (no emoji font needed): the mouth curves up for 5, down for 1. */
import type { RatingLevel } from './pad-state';

const CURVE: Record<RatingLevel, number> = { 5: 14, 4: 8, 3: 0, 2: -8, 1: -14 };

export function Face({ level }: { level: RatingLevel }) {
  const c = CURVE[level];
  return (
    <svg viewBox="0 0 100 100" className="face" aria-hidden="true">
      <circle cx="50" cy="50" r="46" fill="currentColor" opacity="0.18" />
      <circle cx="50" cy="50" r="46" fill="none" stroke="currentColor" strokeWidth="5" />
      <circle cx="34" cy="40" r="6" fill="currentColor" />
      <circle cx="66" cy="40" r="6" fill="currentColor" />
      <path
        d={`M 28 ${66 - c / 2} Q 50 ${66 + c * 1.5} 72 ${66 - c / 2}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="6"
        strokeLinecap="round"
      />
    </svg>
  );
}
