// @vitest-environment happy-dom
/** Unsaved changes warn before leaving: the page's own prompt, and a question before moving on. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { confirmLeave, hasUnsaved, useUnsavedGuard } from './unsaved-guard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Form({ dirty }: { dirty: boolean }) {
  useUnsavedGuard(dirty);
  return null;
}

const host = document.createElement('div');
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

const unloadPrevented = () => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

describe('unsaved guard', () => {
  it('nothing unsaved: leaving asks nothing, the page closes freely', () => {
    act(() => root.render(<Form dirty={false} />));
    const ask = vi.fn(() => false);
    expect(confirmLeave('?', ask)).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    expect(unloadPrevented()).toBe(false);
  });

  it('a changed form: the page asks before closing, and moving on asks; no keeps it', () => {
    act(() => root.render(<Form dirty />));
    expect(unloadPrevented()).toBe(true);
    const ask = vi.fn(() => false);
    expect(confirmLeave('有未保存的修改，确定离开吗？', ask)).toBe(false);
    expect(ask).toHaveBeenCalledWith('有未保存的修改，确定离开吗？');
    expect(hasUnsaved()).toBe(true);
  });

  it('yes drops the changes; a form that is saved or closed no longer counts', () => {
    act(() => root.render(<Form dirty />));
    expect(confirmLeave('?', () => true)).toBe(true);
    expect(hasUnsaved()).toBe(false);
    act(() => root.render(<Form dirty />));
    act(() => root.render(<Form dirty={false} />));
    expect(hasUnsaved()).toBe(false);
    act(() => root.render(<Form dirty />));
    act(() => root.render(null));
    expect(hasUnsaved()).toBe(false);
  });
});
