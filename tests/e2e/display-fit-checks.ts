/**
 * Checks run inside the page (page.evaluate serialises them, so each is
 * self-contained). They look at what a person in front of the screen would
 * see cut off: text wider or taller than its box, or drawn outside the
 * viewport or outside an ancestor that clips it.
 */

/**
 * Every element that holds text, except the scrolling notice (a marquee
 * moves off screen by design): its box must hold its content
 * (scrollWidth/scrollHeight ≤ clientWidth/clientHeight), and each line of its
 * text must lie inside the viewport and inside every ancestor that clips.
 * Returns one line per problem; [] when all text fits.
 *
 * `true` (or `{ pageScrolls: true }`): the page may scroll down, so below the
 * fold is on the page. `{ panelsScroll: true }`: so may a panel that scrolls
 * up and down (overflow-y auto or scroll, as a desk screen's long list): text
 * below its fold is in reach, though never text cut off sideways.
 */
export function textOverflows(
  how: boolean | { pageScrolls?: boolean; panelsScroll?: boolean } | void = false,
): string[] {
  const TOLERANCE = 1; // px: sub-pixel rounding
  const problems: string[] = [];
  const pageScrolls = typeof how === 'object' ? how.pageScrolls === true : how === true;
  const panelsScroll = typeof how === 'object' && how.panelsScroll === true;
  const scrollsDown = (s: CSSStyleDeclaration) =>
    panelsScroll && (s.overflowY === 'auto' || s.overflowY === 'scroll');
  // A panel that does scroll: what it holds below its fold is in reach,
  // provided the panel itself is on screen and inside what clips it (a
  // panel grown taller than the screen scrolls nothing and hides its end).
  const scroller = (a: Element, s: CSSStyleDeclaration) =>
    scrollsDown(s) && a.scrollHeight > a.clientHeight + TOLERANCE;

  const vw = window.innerWidth;
  // A screen on the wall shows everything at once; a phone page may scroll
  // down (never sideways), so below the fold is on the page.
  const vh = pageScrolls
    ? Math.max(window.innerHeight, document.documentElement.scrollHeight)
    : window.innerHeight;
  const label = (el: Element) => {
    const cls =
      typeof el.className === 'string' && el.className
        ? `.${el.className.split(/\s+/).join('.')}`
        : '';
    return `${el.tagName.toLowerCase()}${cls} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  };
  const blockOf = (el: Element): HTMLElement => {
    let box = el as HTMLElement;
    while (box.parentElement && getComputedStyle(box).display === 'inline') box = box.parentElement;
    return box;
  };
  if (panelsScroll) {
    for (const a of document.querySelectorAll('body *')) {
      const s = getComputedStyle(a);
      if (s.display === 'none' || !scroller(a, s)) continue;
      const r = a.getBoundingClientRect();
      if (!pageScrolls && (r.top < -TOLERANCE || r.bottom > window.innerHeight + TOLERANCE))
        problems.push(`${label(a)}: a scrolling panel reaching off screen (${r.top}–${r.bottom})`);
      for (let up = a.parentElement; up; up = up.parentElement) {
        const us = getComputedStyle(up);
        if (us.overflowY === 'visible') continue;
        if (scroller(up, us)) break; // scrolled to within the panel around it
        const u = up.getBoundingClientRect();
        if (r.top < u.top - TOLERANCE || r.bottom > u.bottom + TOLERANCE)
          problems.push(`${label(a)}: a scrolling panel cut off by ${label(up)}`);
      }
    }
  }
  const checkedBoxes = new Set<Element>();
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.hq-d-notice')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const texts = [...el.childNodes].filter(
      (n): n is Text => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
    if (texts.length === 0) continue;

    const box = blockOf(el);
    if (!checkedBoxes.has(box)) {
      checkedBoxes.add(box);
      if (box.scrollWidth > box.clientWidth + TOLERANCE)
        problems.push(`${label(box)}: ${box.scrollWidth}px wide in a ${box.clientWidth}px box`);
      if (box.scrollHeight > box.clientHeight + TOLERANCE && !scrollsDown(getComputedStyle(box)))
        problems.push(`${label(box)}: ${box.scrollHeight}px tall in a ${box.clientHeight}px box`);
    }

    // `down`: no top or bottom to hold to, inside a panel that scrolls down
    // (that panel itself and every box around it, which hold the panel, not
    // its rows: the panel's own box is checked as any other).
    const clips: { el: Element; rect: DOMRect; down: boolean }[] = [];
    let inScroller = false;
    for (let a = el as Element | null; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      inScroller ||= scroller(a, s);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible')
        clips.push({ el: a, rect: a.getBoundingClientRect(), down: inScroller });
    }
    // Inside a panel that scrolls down, below the screen's fold is in reach too.
    const belowInReach = inScroller;
    for (const text of texts) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const r of range.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        if (
          r.left < -TOLERANCE ||
          r.right > vw + TOLERANCE ||
          (!belowInReach && (r.top < -TOLERANCE || r.bottom > vh + TOLERANCE))
        )
          problems.push(
            `${label(el)}: drawn off screen at ${r.left},${r.top}–${r.right},${r.bottom}`,
          );
        for (const c of clips) {
          if (
            r.left < c.rect.left - TOLERANCE ||
            r.right > c.rect.right + TOLERANCE ||
            (!c.down && (r.top < c.rect.top - TOLERANCE || r.bottom > c.rect.bottom + TOLERANCE))
          )
            problems.push(`${label(el)}: cut off by ${label(c.el)}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * The text elements (outside `selector` and its ancestors) whose box the
 * element matching `selector` overlaps: what it would cover. [] = covers nothing.
 */
export function overlapsOtherText(selector: string): string[] {
  const target = document.querySelector(selector);
  if (!target) return [`${selector} not found`];
  const t = target.getBoundingClientRect();
  const hits: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el === target || el.contains(target) || target.contains(el)) continue;
    // The notice's text moves; the bar it moves in is what must stay uncovered.
    const notice = el.classList.contains('hq-d-notice');
    if (!notice && el.closest('.hq-d-notice')) continue;
    const hasText = [...el.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
    if (!hasText && !notice) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const overlap =
      Math.min(r.right, t.right) - Math.max(r.left, t.left) > 0 &&
      Math.min(r.bottom, t.bottom) - Math.max(r.top, t.top) > 0;
    if (overlap)
      hits.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
  }
  return hits;
}
