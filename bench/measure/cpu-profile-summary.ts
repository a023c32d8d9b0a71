/** The parts of a V8 CPU profile (`.cpuprofile`) this summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileCategory {
  label: string;
  /** Matches a frame by function name and script URL. */
  matches: (functionName: string, url: string) => boolean;
}

export interface ProfileBreakdown {
  /** Sampled time, in milliseconds, of everything profiled. */
  totalMilliseconds: number;
  /** Time spent under each category (inclusive: a frame's callees count), per profiled run. */
  categories: { label: string; millisecondsPerRun: number }[];
  /** The functions with the most time of their own, per profiled run. */
  topSelf: { frame: string; millisecondsPerRun: number }[];
}

/** Where the time of a profile went, by category (inclusive) and by function (self), divided over `runs`. */
export function summariseProfile(profile: CpuProfile, categories: readonly ProfileCategory[], runs: number, top = 12): ProfileBreakdown {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, index) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));

  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  for (const [id, milliseconds] of sampled) {
    total += milliseconds;
    const node = nodes.get(id)!;
    const frame = frameName(node.callFrame);
    self.set(frame, (self.get(frame) ?? 0) + milliseconds);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
      const { functionName, url } = nodes.get(current)!.callFrame;
      for (const category of categories) {
        if (!seen.has(category.label) && category.matches(functionName, url)) {
          seen.add(category.label);
          inclusive.set(category.label, (inclusive.get(category.label) ?? 0) + milliseconds);
        }
      }
    }
  }
  const perRun = (milliseconds: number) => Math.round((milliseconds / runs) * 10) / 10;
  return {
    totalMilliseconds: Math.round(total),
    categories: categories.map((category) => ({ label: category.label, millisecondsPerRun: perRun(inclusive.get(category.label) ?? 0) })),
    topSelf: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, milliseconds]) => ({ frame, millisecondsPerRun: perRun(milliseconds) })),
  };
}

function frameName(callFrame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = callFrame.url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(/.*\/(core|services|renderer|bench)\//, '$1/')
    .replace(/^https?:\/\/[^/]+\//, '');
  return `${callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${callFrame.lineNumber + 1}` : ''}`;
}
