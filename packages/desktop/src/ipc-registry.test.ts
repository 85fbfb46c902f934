import { BRIDGE_CHANNELS, type TicketPrintData } from '@hallq/protocol';
import type { IpcMain, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerBridgeHandlers, type BridgeHandlers } from './ipc-registry';
import {
  fakeInvokeEvent,
  FakeWebContents,
  resetFakeElectron,
  type FakeElectron,
} from './testing/fake-electron';

const ORIGIN = 'http://10.0.0.2:8080';

const ticket: TicketPrintData = {
  hallName: '大严区政务服务中心',
  unitName: '医保局',
  itemName: '医保关系转移',
  number: 'A001',
  ahead: 0,
  issuedAt: 1_767_000_000_000,
  timeZone: 'Asia/Shanghai',
  statusUrl: `${ORIGIN}/t/1`,
  priority: true,
};

let electron: FakeElectron;
let contents: FakeWebContents;
let handlers: { [K in keyof BridgeHandlers]: ReturnType<typeof vi.fn> };

beforeEach(() => {
  electron = resetFakeElectron();
  contents = new FakeWebContents();
  handlers = {
    getConfig: vi.fn(async () => ({ serverUrl: ORIGIN, deviceToken: 'tok' })),
    printTicket: vi.fn(async () => ({ ok: true })),
    printerStatus: vi.fn(async () => 'online'),
  };
  registerBridgeHandlers(
    electron.ipcMain as unknown as IpcMain,
    handlers as unknown as BridgeHandlers,
    { contents: contents as unknown as WebContents, page: { origin: ORIGIN, path: '/kiosk/' } },
    () => undefined,
  );
});

const fromApp = () => fakeInvokeEvent(contents, `${ORIGIN}/kiosk/`);

describe('IPC channel registry', () => {
  it('registers exactly the bridge channels', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
  });

  it('answers the app window on the server origin', async () => {
    const { ipcMain } = electron;
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.getConfig, fromApp())).resolves.toEqual({
      serverUrl: ORIGIN,
      deviceToken: 'tok',
    });
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromApp(), ticket)).resolves.toEqual({
      ok: true,
    });
    expect(handlers.printTicket).toHaveBeenCalledWith(ticket);
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.printerStatus, fromApp())).resolves.toBe('online');
  });

  it('prints a ticket that says where to wait', async () => {
    const withPlace = { ...ticket, zone: 'A区', windows: '5–8' };
    await expect(
      electron.ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromApp(), withPlace),
    ).resolves.toEqual({ ok: true });
    expect(handlers.printTicket).toHaveBeenCalledWith(withPlace);
  });

  it('prints a ticket with its materials checklist; a malformed one is refused', async () => {
    const withMaterials = {
      ...ticket,
      materials: [{ name: '居民身份证', form: 'original' as const, copies: 1, required: true }],
    };
    await expect(
      electron.ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromApp(), withMaterials),
    ).resolves.toEqual({ ok: true });
    expect(handlers.printTicket).toHaveBeenCalledWith(withMaterials);
    const bad = {
      ...ticket,
      materials: [{ name: '身份证', form: 'scan', copies: 1, required: true }],
    };
    await expect(
      electron.ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromApp(), bad),
    ).rejects.toThrow();
  });

  it('does not answer any other channel', async () => {
    await expect(electron.ipcMain.invoke('hallq:exec', fromApp(), 'rm -rf /')).rejects.toThrow(
      /No handler/,
    );
  });

  it('refuses a page from another origin in the app window', async () => {
    const event = fakeInvokeEvent(contents, 'https://evil.example/');
    await expect(
      electron.ipcMain.invoke(BRIDGE_CHANNELS.printTicket, event, ticket),
    ).rejects.toThrow(/HALLQ_E_FORBIDDEN/);
    expect(handlers.printTicket).not.toHaveBeenCalled();
  });

  it('refuses pages of the server that are not the app page', async () => {
    const log = vi.fn();
    electron = resetFakeElectron();
    registerBridgeHandlers(
      electron.ipcMain as unknown as IpcMain,
      handlers as unknown as BridgeHandlers,
      { contents: contents as unknown as WebContents, page: { origin: ORIGIN, path: '/kiosk/' } },
      log,
    );
    for (const path of ['/docs', '/t/abc123', '/caller/', '/display/', '/kiosk-admin/', '/']) {
      const event = fakeInvokeEvent(contents, `${ORIGIN}${path}`);
      await expect(electron.ipcMain.invoke(BRIDGE_CHANNELS.getConfig, event), path).rejects.toThrow(
        /HALLQ_E_FORBIDDEN/,
      );
      expect(log).toHaveBeenLastCalledWith(expect.stringContaining(`${ORIGIN}${path}`));
    }
    expect(handlers.getConfig).not.toHaveBeenCalled();
    // The app's client-side routes are still the app.
    const deep = fakeInvokeEvent(contents, `${ORIGIN}/kiosk/items/3?lang=en`);
    await expect(electron.ipcMain.invoke(BRIDGE_CHANNELS.printerStatus, deep)).resolves.toBe(
      'online',
    );
  });

  it('refuses another web contents, even on the app page', async () => {
    const other = fakeInvokeEvent(new FakeWebContents(), `${ORIGIN}/kiosk/`);
    await expect(electron.ipcMain.invoke(BRIDGE_CHANNELS.getConfig, other)).rejects.toThrow(
      /HALLQ_E_FORBIDDEN/,
    );
    expect(handlers.getConfig).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame and a destroyed frame', async () => {
    const top = { url: `${ORIGIN}/kiosk/`, parent: null };
    const inFrame = fakeInvokeEvent(contents, `${ORIGIN}/kiosk/embedded`, top);
    await expect(electron.ipcMain.invoke(BRIDGE_CHANNELS.getConfig, inFrame)).rejects.toThrow(
      /HALLQ_E_FORBIDDEN/,
    );
    const gone = { sender: contents, senderFrame: null };
    await expect(electron.ipcMain.invoke(BRIDGE_CHANNELS.getConfig, gone)).rejects.toThrow(
      /HALLQ_E_FORBIDDEN/,
    );
    expect(handlers.getConfig).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments before they reach the printer', async () => {
    const { ipcMain } = electron;
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromApp())).rejects.toThrow(
      /HALLQ_E_VALIDATION/,
    );
    await expect(
      ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromApp(), { ...ticket, ahead: -1 }),
    ).rejects.toThrow(/HALLQ_E_VALIDATION/);
    await expect(
      ipcMain.invoke(BRIDGE_CHANNELS.printTicket, fromApp(), { ...ticket, raw: [27, 64] }),
    ).rejects.toThrow(/HALLQ_E_VALIDATION/);
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.getConfig, fromApp(), 'extra')).rejects.toThrow(
      /HALLQ_E_VALIDATION/,
    );
    expect(handlers.printTicket).not.toHaveBeenCalled();
  });
});
