/** Renders a piece of the console for a test: i18n, a QueryClient and a stubbed admin API. */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import type { StaffView } from '@hallq/protocol';
import { I18nProvider } from '@hallq/ui';
import type { AdminApi } from './admin-api';
import { ConsoleProvider } from './console-context';
import { dict } from './dict';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const ADMIN: StaffView = {
  id: 'staff-admin',
  username: 'admin',
  name: '系统管理员',
  staffNo: 'DA0001',
  role: 'admin',
  siteId: 'district',
  windowIds: [],
};

export interface Rendered {
  host: HTMLDivElement;
  root: Root;
  unmount(): void;
}

export function renderConsole(
  node: ReactNode,
  admin: Partial<AdminApi>,
  api: Partial<HallqApi> = {},
): Rendered {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  act(() =>
    root.render(
      <QueryClientProvider client={client}>
        <I18nProvider dict={dict}>
          <ConsoleProvider
            value={{
              api: api as HallqApi,
              admin: admin as AdminApi,
              staff: ADMIN,
              siteId: ADMIN.siteId,
            }}
          >
            {node}
          </ConsoleProvider>
        </I18nProvider>
      </QueryClientProvider>,
    ),
  );
  return {
    host,
    root,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

/** Types into an input as a person would (React sees the change). */
export function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The input of the field labelled `label`. */
export function fieldInput(host: HTMLElement, label: string): HTMLInputElement {
  const field = [...host.querySelectorAll('label.field')].find(
    (l) => l.querySelector('.field-label')?.textContent === label,
  );
  const input = field?.querySelector('input');
  if (!input) throw new Error(`no field ${label}`);
  return input;
}

/** The error shown beside the field labelled `label`, if any. */
export const fieldError = (host: HTMLElement, label: string) =>
  fieldInput(host, label).closest('label.field')?.querySelector('.field-error')?.textContent ??
  undefined;

/** Waits for the form's async work (validation, the stubbed request) to settle. */
export const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
