/** Timing: process.hrtime.bigint, warm-up, batches sized to a few milliseconds, medians. */
import { proc as process, vm } from "./node";

/** Keeps results alive so no work is optimised away. */
export let sink = 0;
export function consume(value: unknown): void {
  if (typeof value === "string") sink = (sink + value.length) | 0;
  else if (Array.isArray(value)) sink = (sink + value.length) | 0;
  else if (value !== undefined && value !== null) sink = (sink + 1) | 0;
}

export function now(): bigint {
  return process.hrtime.bigint();
}

export function msSince(start: bigint): number {
  return Number(now() - start) / 1e6;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Case {
  name: string;
  fn: () => unknown;
}

export interface CaseResult {
  name: string;
  /** Median time of one call, in microseconds. */
  medianUs: number;
  samples: number;
  iterations: number;
}

/** Calls per sample so that one sample takes about `targetMs`. */
function calibrate(fn: () => unknown, targetMs: number): number {
  let iterations = 1;
  for (;;) {
    const start = now();
    for (let i = 0; i < iterations; i++) consume(fn());
    const ms = msSince(start);
    if (ms >= targetMs / 4 || iterations >= 1 << 22) return Math.max(1, Math.round((iterations * targetMs) / Math.max(ms, 1e-3)));
    iterations *= 4;
  }
}

/**
 * Times cases against each other: each is warmed up, then samples are taken round-robin (one
 * sample of each case in turn), so drift and noise hit every case alike. Medians per call.
 */
export function compare(cases: readonly Case[], options: { samples?: number; sampleMs?: number; warmupMs?: number } = {}): CaseResult[] {
  const samples = options.samples ?? 31;
  const sampleMs = options.sampleMs ?? 4;
  const warmupMs = options.warmupMs ?? 150;
  const plans = cases.map((c) => {
    const start = now();
    while (msSince(start) < warmupMs) consume(c.fn());
    return { c, iterations: calibrate(c.fn, sampleMs), times: [] as number[] };
  });
  for (let s = 0; s < samples; s++) {
    for (const plan of plans) {
      const start = now();
      for (let i = 0; i < plan.iterations; i++) consume(plan.c.fn());
      plan.times.push(Number(now() - start) / 1e3 / plan.iterations);
    }
  }
  return plans.map((p) => ({ name: p.c.name, medianUs: median(p.times), samples, iterations: p.iterations }));
}

/** Median of `runs` single timed calls (for work of milliseconds and up), after `warmup` calls. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 2): Promise<{ medianMs: number; runs: number[] }> {
  for (let i = 0; i < warmup; i++) consume(await fn());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    consume(await fn());
    times.push(msSince(start));
  }
  return { medianMs: median(times), runs: times };
}

export function gc(): void {
  // `gc` is a global of `node --expose-gc`.
  const g = vm.runInThisContext("typeof gc === 'function' ? gc : undefined") as (() => void) | undefined;
  if (!g) throw new Error("run with node --expose-gc (npm run bench does)");
  for (let i = 0; i < 3; i++) g();
}

/** One budget in bench/results.json: its figure, the limit it must meet, and the baseline beside it. */
export interface Target {
  id: string;
  title: string;
  figure: number | null;
  unit: string;
  limit: number;
  /** How the figure must compare to the limit. */
  comparison: "<=" | "<" | ">=";
  met: boolean | null;
  /** The figure's baseline(s), measured in the same run, in words. */
  beside: string;
  detail: Record<string, unknown>;
  note?: string;
}
