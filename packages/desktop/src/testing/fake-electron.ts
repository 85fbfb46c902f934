/**
 * A stand-in for the parts of the `electron` module the shell uses, for unit
 * tests: the Electron binary cannot run on these machines (see
 * ENVIRONMENT.md). Tests mock `electron` with `electronModule` and drive the
 * fakes through `fake()`; `resetFakeElectron()` gives each test a clean one.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron-style event: `preventDefault()` and whatever details the event carries. */
export function fakeEvent<T extends object>(details: T = {} as T) {
  const event = {
    ...details,
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true;
    }),
  };
  return event;
}

export class FakeWebContents extends EventEmitter {
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  loadURL = vi.fn(async (url: string) => {
    this.url = url;
  });
  reload = vi.fn();
  closeDevTools = vi.fn();
  toggleDevTools = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** An IPC invoke event from `contents`, sent by a frame showing `url`. */
export function fakeInvokeEvent(
  contents: FakeWebContents,
  url: string,
  parent: FakeFrame | null = null,
) {
  return { sender: contents, senderFrame: { url, parent } as FakeFrame | null };
}

export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const state = { primary: true, userData: '/nonexistent/user-data' };

  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => state.primary),
    quit: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn((_name: string) => state.userData),
    setLoginItemSettings: vi.fn(),
  });

  class FakeBrowserWindow {
    readonly webContents = new FakeWebContents();
    destroyed = false;
    minimized = false;
    focus = vi.fn();
    restore = vi.fn(() => {
      this.minimized = false;
    });
    maximize = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    loadURL(url: string): Promise<void> {
      return this.webContents.loadURL(url);
    }
  }

  const ipcMain = {
    handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcHandlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => {
      ipcHandlers.delete(channel);
    }),
    /** What `ipcRenderer.invoke` would get; rejects like Electron when no handler is registered. */
    async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(event, ...args);
    },
  };

  return {
    state,
    windows,
    ipcHandlers,
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    Menu: { setApplicationMenu: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;

let current: FakeElectron = createFakeElectron();

export const fake = (): FakeElectron => current;

export function resetFakeElectron(): FakeElectron {
  current = createFakeElectron();
  return current;
}

/** The mocked module: getters, so a reset reaches code that imported `electron` earlier. */
export const electronModule = {
  get app() {
    return current.app;
  },
  get BrowserWindow() {
    return current.BrowserWindow;
  },
  get ipcMain() {
    return current.ipcMain;
  },
  get Menu() {
    return current.Menu;
  },
  get session() {
    return current.session;
  },
  get contextBridge() {
    return current.contextBridge;
  },
  get ipcRenderer() {
    return current.ipcRenderer;
  },
};
