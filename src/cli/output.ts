// Terminal output helpers for commands: progress on a TTY (cli-progress), plain lines otherwise.
import cliProgress from 'cli-progress';

/** A progress reporter: a bar with rate and ETA on a TTY, a line every few seconds otherwise, nothing when quiet. */
export interface Progress {
  update(done: number, total: number | undefined, label: string): void;
  stop(): void;
}

/** Creates the progress reporter for the current terminal. */
export function createProgress(options: { quiet: boolean; label: string }): Progress {
  if (options.quiet) return { update: () => undefined, stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: `${options.label} [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | {doc}`,
      hideCursor: true,
      clearOnComplete: true,
    }, cliProgress.Presets.shades_classic);
    let started = false;
    const t0 = Date.now();
    return {
      update(done, total, label) {
        if (!started) {
          bar.start(total ?? 0, 0, { rate: '0', doc: '' });
          started = true;
        }
        if (total !== undefined) bar.setTotal(total);
        const rate = (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1);
        bar.update(Math.max(0, done), { rate, doc: label.slice(0, 40) });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let last = Date.now();
  return {
    update(done, total, label) {
      const now = Date.now();
      if (now - last < 5000) return;
      last = now;
      process.stderr.write(`${options.label}: ${done}${total !== undefined ? `/${total}` : ''} documents (${label})\n`);
    },
    stop: () => undefined,
  };
}
