// A progress bar with rows/s for long loads (cli-progress), on the CLI's progress stream: redrawn in a
// terminal, or a line per second when --progress asks for it elsewhere (logs, CI).
import cliProgress from 'cli-progress';
import type { LoadProgress } from '../load/index.ts';

export interface ProgressBar {
  update(progress: LoadProgress): void;
  stop(): void;
}

export function createProgressBar(
  stream: NodeJS.WriteStream | undefined,
  label: string,
  total: number,
  forced: boolean,
): ProgressBar | null {
  if (!stream || (!stream.isTTY && !forced)) return null;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} |{bar}| {percentage}% {value}/{total} rows  {speed} rows/s  {type}`,
      barsize: 30,
      hideCursor: stream.isTTY === true,
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 1_000,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { speed: 0, type: '' });
  return {
    update(progress) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(progress.done, { speed: Math.round(progress.done / seconds), type: progress.type });
    },
    stop: () => bar.stop(),
  };
}
