/** The machine a bench ran on, printed beside its figures. */
import os from 'node:os';
import { serverRuntime } from './server-process';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** How the hallq server ran. */
  serverRuntime: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    serverRuntime: serverRuntime(),
  };
}
