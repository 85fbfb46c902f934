import { BRIDGE_CHANNELS, BRIDGE_GLOBAL, type TicketPrintData } from '@hallq/protocol';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_PAGE_ARGUMENT } from './app-page';
import { createBridge, exposeBridge } from './preload';
import { fake, resetFakeElectron } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

const ticket: TicketPrintData = {
  hallName: '大严区政务服务中心',
  unitName: '社保局',
  itemName: '养老保险参保登记',
  number: 'B012',
  ahead: 3,
  issuedAt: 1_767_000_000_000,
  timeZone: 'Asia/Shanghai',
  statusUrl: 'http://hall.example/t/abc',
};

const SERVER = 'http://10.0.0.2:8080';
const argv = ['/opt/hallq/electron', '--type=renderer', `${APP_PAGE_ARGUMENT}${SERVER}/kiosk`];

describe('preload bridge', () => {
  beforeEach(() => {
    resetFakeElectron();
  });

  it('exposes exactly the bridge on window.hallq, and not ipcRenderer', () => {
    expect(exposeBridge('kiosk', { pageUrl: `${SERVER}/kiosk/`, argv })).toBe(true);
    const { exposeInMainWorld } = fake().contextBridge;
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, bridge] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe(BRIDGE_GLOBAL);
    expect(Object.keys(bridge).sort()).toEqual([
      'app',
      'getConfig',
      'printTicket',
      'printerStatus',
    ]);
    expect(bridge.app).toBe('kiosk');
    expect(Object.values(bridge)).not.toContain(fake().ipcRenderer);
  });

  it("hands no bridge to a page that is not the app's own", () => {
    for (const pageUrl of [
      `${SERVER}/docs`,
      `${SERVER}/t/abc123`,
      `${SERVER}/caller/`,
      `${SERVER}/kiosk-admin/`,
      'https://evil.example/kiosk/',
      // The "connecting to the server" page the shell shows while the server is down.
      'data:text/html;charset=utf-8,%3Ch1%3E',
    ]) {
      expect(exposeBridge('kiosk', { pageUrl, argv }), pageUrl).toBe(false);
    }
    expect(fake().contextBridge.exposeInMainWorld).not.toHaveBeenCalled();
  });

  it('hands no bridge when the main process named no app page', () => {
    expect(exposeBridge('kiosk', { pageUrl: `${SERVER}/kiosk/`, argv: ['/opt/electron'] })).toBe(
      false,
    );
    // Outside a renderer there is no location: nothing is exposed either.
    expect(exposeBridge('kiosk', { argv })).toBe(false);
    expect(fake().contextBridge.exposeInMainWorld).not.toHaveBeenCalled();
  });

  it('invokes the registered channel for each method and passes back the answer', async () => {
    const { invoke } = fake().ipcRenderer;
    invoke.mockResolvedValueOnce({ serverUrl: 'http://hall.example', deviceToken: 't' });
    invoke.mockResolvedValueOnce({ ok: true });
    invoke.mockResolvedValueOnce('paperNearEnd');
    const bridge = createBridge('kiosk');

    await expect(bridge.getConfig()).resolves.toEqual({
      serverUrl: 'http://hall.example',
      deviceToken: 't',
    });
    await expect(bridge.printTicket(ticket)).resolves.toEqual({ ok: true });
    await expect(bridge.printerStatus()).resolves.toBe('paperNearEnd');

    expect(invoke.mock.calls).toEqual([
      [BRIDGE_CHANNELS.getConfig],
      [BRIDGE_CHANNELS.printTicket, ticket],
      [BRIDGE_CHANNELS.printerStatus],
    ]);
  });

  it('names the app it was created for', () => {
    expect(createBridge('display').app).toBe('display');
    expect(createBridge('caller').app).toBe('caller');
  });
});
