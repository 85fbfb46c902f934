/**
 * A list taller than the screen says so: a cue at its foot while more lies
 * below ("向下滑动查看更多"; its row is kept, hidden, at the end), and in 适老 mode two large arrows that turn
 * it a page at a time, with "第 2/3 页" between them, for visitors who do
 * not think of swiping. A page ends at the last entry that is fully shown
 * (entries marked `data-stop`), so nothing is cut in half by a page turn.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '@hallq/ui';

export interface Position {
  page: number;
  pages: number;
  above: boolean;
  below: boolean;
}

const AT_START: Position = { page: 1, pages: 1, above: false, below: false };

/**
 * Which page is shown, of how many. A page turn ends at an entry's edge, so
 * pages are a little shorter than the box: any scroll past the top is page
 * 2 or later, and the count grows if the pages run short of it.
 */
export function positionOf(el: HTMLElement): Position {
  const h = Math.max(1, el.clientHeight);
  const above = el.scrollTop > 2;
  const below = el.scrollTop + h < el.scrollHeight - 2;
  const estimate = Math.max(1, Math.ceil((el.scrollHeight - 2) / h));
  const at = above ? Math.ceil((el.scrollTop - 2) / h) + 1 : 1;
  const page = below ? at : Math.max(at, estimate);
  return { page, pages: Math.max(estimate, below ? page + 1 : page), above, below };
}

/** The scroll offset of an entry's top inside the scrolling box. */
const topOf = (el: HTMLElement, stop: Element) =>
  stop.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;

export function pageTarget(el: HTMLElement, dir: 1 | -1): number {
  const stops = [...el.querySelectorAll('[data-stop]')];
  const bottom = el.scrollTop + el.clientHeight;
  if (dir === 1) {
    // The first entry not wholly shown starts the next page.
    const next = stops.find((s) => topOf(el, s) + s.getBoundingClientRect().height > bottom + 1);
    return next ? topOf(el, next) : el.scrollTop + el.clientHeight;
  }
  // The previous page ends where this one starts: start at the first entry that fits above.
  const from = el.scrollTop - el.clientHeight;
  const prev = stops.find((s) => topOf(el, s) >= from - 1);
  return prev ? Math.min(topOf(el, prev), Math.max(0, el.scrollTop - 1)) : 0;
}

export function ScrollPager({
  elder,
  className,
  children,
}: {
  elder: boolean;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<Position>(AT_START);
  const measure = useCallback(() => {
    if (!ref.current) return;
    const next = positionOf(ref.current);
    // Only a change re-renders: measuring after every render must not loop.
    setPos((p) =>
      p.page === next.page &&
      p.pages === next.pages &&
      p.above === next.above &&
      p.below === next.below
        ? p
        : next,
    );
  }, []);
  // Re-measured after every render (the list changed) and when the box resizes (适老 mode).
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);
  const turn = (dir: 1 | -1) => {
    const el = ref.current;
    if (!el) return;
    el.scrollTo({ top: pageTarget(el, dir) });
    measure();
  };
  return (
    <div className={`k-pager${className ? ` ${className}` : ''}`}>
      <div ref={ref} className="k-scroll" onScroll={measure} data-testid="scroll">
        {children}
      </div>
      {/* The cue's row stays while the list is longer than its box, hidden at
          the end: were it to come and go, the list would jump under a finger
          (or a click) aimed at its last entries. */}
      {pos.pages > 1 && (
        <div
          className="k-scroll-cue"
          data-testid="scroll-cue"
          data-shown={pos.below || undefined}
          aria-hidden
        >
          {t('scroll.more')}
        </div>
      )}
      {elder && pos.pages > 1 && (
        <div className="k-pager-bar">
          <button
            type="button"
            className="k-btn k-page-btn"
            disabled={!pos.above}
            onClick={() => turn(-1)}
          >
            {t('page.prev')}
          </button>
          <span className="k-page-no" data-testid="page-no">
            {t('page.of', { page: pos.page, pages: pos.pages })}
          </span>
          <button
            type="button"
            className="k-btn k-page-btn"
            disabled={!pos.below}
            onClick={() => turn(1)}
          >
            {t('page.next')}
          </button>
        </div>
      )}
    </div>
  );
}
