/**
 * Text that shrinks until it fits its box: the box's size comes from the
 * page's layout (a fixed grid cell), the CSS font-size is the largest the
 * text may be, and FitText only ever makes it smaller.
 *
 * Why measured and why here: the screens show strings whose length is not
 * known in advance (WT1234 or A1, 公共资源交易服务中心 or 医保局, a pause
 * reason of up to 64 characters), in fonts whose Latin and CJK widths differ
 * from machine to machine. CSS clamp() and container-query units scale with
 * the box, never with the text, so only a measurement guarantees that
 * nothing is clipped. The libraries that measure do less than this needs:
 * fitty fits the width only (a wrapped pause reason overflows the height),
 * use-fit-text re-renders React once per search step and sizes in percent of
 * the parent, react-textfit is unmaintained. This is a binary search on the
 * element's own font-size, run in a layout effect (before paint, so a new
 * call never shows at the wrong size) and again when the box is resized.
 */
import { useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';

/** The smallest font size FitText goes down to (px); below it the text overflows, visibly. */
export const FIT_MIN_PX = 6;

/**
 * The largest size in [min, max] at which `fits(size)` holds, to within 0.25 px;
 * `min` when nothing fits. `fits` must be monotonic (smaller never overflows more).
 */
export function fitSize(max: number, min: number, fits: (px: number) => boolean): number {
  if (max <= min || fits(max)) return max;
  let lo = min;
  let hi = max;
  while (hi - lo > 0.25) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Does the element's content fit inside its own padding box? */
export function overflows(el: HTMLElement): boolean {
  return el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
}

/** Fit one element now: reset to its CSS size, then shrink while it overflows. */
export function fitElement(el: HTMLElement, min = FIT_MIN_PX): number {
  el.style.fontSize = '';
  const max = parseFloat(getComputedStyle(el).fontSize);
  const size = fitSize(max, min, (px) => {
    el.style.fontSize = `${px}px`;
    return !overflows(el);
  });
  el.style.fontSize = size === max ? '' : `${size}px`;
  return size;
}

export interface FitTextProps {
  children: ReactNode;
  className?: string | undefined;
  /** Let the text wrap onto more lines (then the box's height limits it too). */
  wrap?: boolean;
  as?: 'span' | 'div' | 'h2' | 'p' | 'li';
  style?: CSSProperties;
  [data: `data-${string}`]: string | number | undefined;
}

/**
 * Refits when its text changes and when its box changes size. Children that
 * size themselves in `em` scale with it (a call line "A012 → 5号窗口").
 */
export function FitText({ children, className, wrap = false, as = 'span', ...rest }: FitTextProps) {
  const ref = useRef<HTMLElement>(null);
  const Tag = as;
  const fitted = useRef('');
  // After every render, but measured only when the text changed: a screen
  // re-renders on each hall event and most of its text stays the same.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || el.textContent === fitted.current) return;
    fitElement(el);
    fitted.current = el.textContent ?? '';
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let room = '';
    const observer = new ResizeObserver(() => {
      // Our own font-size change can resize a content-sized box: refit only when the room changed.
      if (`${el.clientWidth}x${el.clientHeight}` === room) return;
      fitElement(el);
      room = `${el.clientWidth}x${el.clientHeight}`;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <Tag
      ref={ref as never}
      className={`hq-fit${wrap ? ' hq-fit-wrap' : ''}${className ? ` ${className}` : ''}`}
      {...rest}
    >
      {children}
    </Tag>
  );
}
