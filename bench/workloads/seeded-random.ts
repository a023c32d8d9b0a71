/**
 * A small deterministic pseudo-random generator (mulberry32), so that the benchmark workloads are a pure function
 * of their seed. `Math.random` is never used: the same seed gives the same reports, byte for byte.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `minimum` to `maximum`, both included. */
  integer(minimum: number, maximum: number): number {
    return minimum + Math.floor(this.next() * (maximum - minimum + 1));
  }

  /** A number from `minimum` (included) to `maximum` (excluded). */
  between(minimum: number, maximum: number): number {
    return minimum + this.next() * (maximum - minimum);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let index = pool.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [pool[index], pool[other]] = [pool[other]!, pool[index]!];
    }
    return pool.slice(0, Math.min(count, pool.length));
  }

  /**
   * An independent stream named by `label`: what one part of a workload draws does not shift what another draws,
   * so adding a paragraph to one report leaves the figures of every other report as they were. Derived from the
   * seed, never from the draws made so far.
   */
  fork(label: string): SeededRandom {
    return new SeededRandom(mixSeed(this.seed, label));
  }
}

/** FNV-1a of the label, mixed with a seed. */
export function mixSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
