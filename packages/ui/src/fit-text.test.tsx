// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FitText, fitElement, fitSize } from './fit-text';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * happy-dom has no layout: give an element a box and a text whose width
 * grows with its font size (`perPx` px of width per px of font size).
 */
function sized(el: HTMLElement, box: { w: number; h: number }, perPx: () => number, css = 40) {
  const size = () => parseFloat(el.style.fontSize || `${css}`);
  Object.defineProperties(el, {
    clientWidth: { get: () => box.w },
    clientHeight: { get: () => box.h },
    scrollWidth: { get: () => Math.max(box.w, size() * perPx()) },
    scrollHeight: { get: () => Math.max(box.h, size() * 1.2) },
  });
  const style = document.createElement('style');
  style.textContent = `.t { font-size: ${css}px }`;
  document.head.append(style);
  el.className = 't';
  return size;
}

describe('fitSize', () => {
  it('keeps the largest size when it fits', () => {
    expect(fitSize(40, 6, () => true)).toBe(40);
  });
  it('finds the largest size that fits, to a quarter pixel', () => {
    const size = fitSize(40, 6, (px) => px * 6 <= 120); // fits up to 20 px
    expect(size).toBeLessThanOrEqual(20);
    expect(size).toBeGreaterThan(19.75);
  });
  it('gives the minimum when nothing fits', () => {
    expect(fitSize(40, 6, () => false)).toBe(6);
  });
});

describe('fitElement', () => {
  afterEach(() => document.body.replaceChildren());

  it('shrinks a line of six glyphs until it fits a 120 px box, and leaves a short one at its CSS size', () => {
    const el = document.createElement('span');
    document.body.append(el);
    let glyphs = 6;
    const size = sized(el, { w: 120, h: 100 }, () => glyphs * 0.6);
    fitElement(el);
    expect(size() * glyphs * 0.6).toBeLessThanOrEqual(120);
    expect(size()).toBeGreaterThan(32); // 120 / 3.6 = 33.3
    glyphs = 2;
    fitElement(el);
    expect(el.style.fontSize).toBe(''); // back to the CSS size, 40 px
  });

  it('shrinks for the height too', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const size = sized(el, { w: 1000, h: 24 }, () => 1);
    fitElement(el);
    expect(size() * 1.2).toBeLessThanOrEqual(24);
  });
});

describe('FitText', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    document.body.replaceChildren();
  });

  it('renders its text in a fitting box, wrapped on request', () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() =>
      root!.render(
        <FitText className="x" wrap data-testid="t">
          暂停服务（午休）
        </FitText>,
      ),
    );
    const el = host.querySelector('[data-testid=t]')!;
    expect(el.className).toBe('hq-fit hq-fit-wrap x');
    expect(el.textContent).toBe('暂停服务（午休）');
  });
});
