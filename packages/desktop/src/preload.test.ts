import { BRIDGE_CHANNELS, BRIDGE_GLOBAL, type TicketPrintData } from '@hallq/protocol';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('preload bridge', () => {
  beforeEach(() => {
    resetFakeElectron();
  });

  it('exposes exactly the bridge on window.hallq, and not ipcRenderer', () => {
    exposeBridge('kiosk');
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
