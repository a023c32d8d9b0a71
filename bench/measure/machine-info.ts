import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  logicalCores: number;
  memoryBytes: number;
  os: string;
  kernel: string;
  node: string;
  chromium: string | null;
  pandoc: string | null;
  date: string;
}

/** What the figures were measured on: they only compare with figures from the same kind of machine. */
export function machineInfo(versions: { chromium: string | null; pandoc: string | null }): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    logicalCores: cpus.length,
    memoryBytes: os.totalmem(),
    os: distribution() ?? `${os.type()} ${os.release()}`,
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: versions.chromium,
    pandoc: versions.pandoc,
    date: new Date().toISOString(),
  };
}

function distribution(): string | null {
  try {
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}
