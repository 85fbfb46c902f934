// @vitest-environment happy-dom
/**
 * The console's sign-in: empty fields are refused beside them before any
 * request; a wrong password shows the server's words; a good one signs in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { apiErrorFrom, type HallqApi } from '@hallq/client';
import { I18nProvider } from '@hallq/ui';
import { dict } from './dict';
import { LoginScreen } from './login-screen';
import { ADMIN, fieldError, fieldInput, settle, typeInto } from './test-render';

let host: HTMLDivElement;
let root: Root;
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(login: HallqApi['login'], onSignedIn = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <I18nProvider dict={dict}>
        <LoginScreen api={{ login } as HallqApi} message={undefined} onSignedIn={onSignedIn} />
      </I18nProvider>,
    ),
  );
  return onSignedIn;
}
const submit = async () => {
  act(() => host.querySelector('form')!.requestSubmit());
  await settle();
};

describe('LoginScreen', () => {
  it('empty fields are refused beside them, and nothing is sent', async () => {
    const login = vi.fn();
    render(login);
    await submit();
    expect(fieldError(host, '用户名')).toBe('必填');
    expect(fieldError(host, '密码')).toBe('必填');
    expect(login).not.toHaveBeenCalled();
  });

  it("a wrong password shows the server's words; a right one signs in", async () => {
    const login = vi
      .fn()
      .mockRejectedValueOnce(
        apiErrorFrom(401, {
          error: { code: 'HALLQ_E_BAD_CREDENTIALS', message: '用户名或密码错误', messageEn: 'x' },
        }),
      )
      .mockResolvedValue({ token: 'hqs_x', staff: ADMIN });
    const onSignedIn = render(login);
    act(() => typeInto(fieldInput(host, '用户名'), ' admin '));
    act(() => typeInto(fieldInput(host, '密码'), 'wrong'));
    await submit();
    expect(host.querySelector('[role=alert]')?.textContent).toBe('用户名或密码错误');
    expect(onSignedIn).not.toHaveBeenCalled();
    await submit();
    expect(login).toHaveBeenLastCalledWith({ username: 'admin', password: 'wrong' });
    expect(onSignedIn).toHaveBeenCalledWith({ token: 'hqs_x', staff: ADMIN });
  });
});
