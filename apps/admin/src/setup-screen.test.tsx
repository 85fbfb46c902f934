// @vitest-environment happy-dom
/**
 * 首次设置's page: two different passwords are refused before anything is
 * sent; a wrong code shows the server's words beside the code; a right one
 * makes the hall and signs the new admin in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { apiErrorFrom, type HallqApi } from '@hallq/client';
import { I18nProvider } from '@hallq/ui';
import type { AdminApi } from './admin-api';
import { dict } from './dict';
import { SetupScreen } from './setup-screen';
import { ADMIN, fieldError, fieldInput, settle, typeInto } from './test-render';

let host: HTMLDivElement;
let root: Root;
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(setup: AdminApi['setup'], login: HallqApi['login'], onSignedIn = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <I18nProvider dict={dict}>
        <SetupScreen
          api={{ login } as HallqApi}
          admin={{ setup } as AdminApi}
          status={{ needed: true, defaultTimeZone: 'Asia/Shanghai' }}
          onSignedIn={onSignedIn}
        />
      </I18nProvider>,
    ),
  );
  return onSignedIn;
}
const submit = async () => {
  act(() => host.querySelector('form')!.requestSubmit());
  await settle();
};
function fill(again: string) {
  act(() => {
    typeInto(fieldInput(host, '设置码（见服务器启动日志）'), 'K7QX-3MPA-2Q6E-P5P8');
    typeInto(fieldInput(host, '大厅名称'), '金牛区政务服务中心');
    typeInto(fieldInput(host, '用户名'), 'director');
    typeInto(fieldInput(host, '姓名'), '王主任');
    typeInto(fieldInput(host, '密码'), 'Jinniu-Hall-2026');
    typeInto(fieldInput(host, '再次输入密码'), again);
  });
}

describe('SetupScreen', () => {
  it('two different passwords are refused beside the second, and nothing is sent', async () => {
    const setup = vi.fn();
    render(setup, vi.fn());
    expect(fieldInput(host, '时区').value).toBe('Asia/Shanghai');
    fill('Jinniu-Hall-2027');
    await submit();
    expect(fieldError(host, '再次输入密码')).toBe('两次输入的密码不一致');
    expect(setup).not.toHaveBeenCalled();
  });

  it('a wrong code is shown beside it; the right one sets up and signs the admin in', async () => {
    const setup = vi
      .fn()
      .mockRejectedValueOnce(
        apiErrorFrom(403, {
          error: { code: 'HALLQ_E_SETUP_CODE', message: '设置码不正确，请查看服务器启动日志' },
        }),
      )
      .mockResolvedValue({});
    const login = vi.fn().mockResolvedValue({ token: 'hqs_x', staff: ADMIN });
    const onSignedIn = render(setup, login);
    fill('Jinniu-Hall-2026');
    await submit();
    expect(fieldError(host, '设置码（见服务器启动日志）')).toBe(
      '设置码不正确，请查看服务器启动日志',
    );
    await submit();
    expect(setup).toHaveBeenLastCalledWith({
      code: 'K7QX-3MPA-2Q6E-P5P8',
      site: { id: 'district', name: '金牛区政务服务中心', timeZone: 'Asia/Shanghai' },
      admin: { username: 'director', name: '王主任', password: 'Jinniu-Hall-2026' },
    });
    expect(login).toHaveBeenCalledWith({ username: 'director', password: 'Jinniu-Hall-2026' });
    expect(onSignedIn).toHaveBeenCalledWith({ token: 'hqs_x', staff: ADMIN });
  });
});
