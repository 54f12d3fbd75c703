/** How long a command runs before it shows progress, and how often the line is redrawn at most. */
const QUIET_MS = 1000;
const REDRAW_MS = 100;

export interface Progress {
  /** `done` of `total` items so far. */
  tick(done: number, total: number): void;
  /** Clears the line, if one was shown. */
  end(): void;
}

/**
 * A progress line on stderr (`kith: reading notes 12,000 of 110,500`) for work that has taken
 * over a second, redrawn in place. Off when `shown` is false: `--json`, or stderr is no terminal.
 */
export function progressLine(shown: boolean, what: string): Progress {
  const started = Date.now();
  let drawn = 0;
  return {
    tick(done, total) {
      const now = Date.now();
      if (!shown || now - started < QUIET_MS || now - drawn < REDRAW_MS) return;
      drawn = now;
      process.stderr.write(`\rkith: ${what} ${done.toLocaleString("en")} of ${total.toLocaleString("en")}`);
    },
    end() {
      if (drawn > 0) process.stderr.write("\r\x1b[K");
    },
  };
}
