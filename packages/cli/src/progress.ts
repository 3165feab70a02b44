/** Where a progress bar is drawn: a stream that may be a terminal. */
export interface ProgressStream {
    isTTY?: boolean;
    columns?: number;
    write(text: string): unknown;
}

export interface Progress {
    /** `done` of the total units are finished. */
    update(done: number): void;
    /** Clears the bar (call before printing the results). */
    end(): void;
}

const NONE: Progress = { update: () => undefined, end: () => undefined };
/** Redraws at most this often: drawing is cheap, a terminal flooded with them is not. */
const INTERVAL_MS = 100;

/**
 * A one-line progress bar on `stream` (stderr) for long runs over many files:
 * `linting [#########...........] 45/100 files`. Drawn only when the stream is a
 * terminal and there is more than one file; otherwise nothing is written at all, so
 * logs, pipes and CI output stay exactly as they were.
 */
export function startProgress(stream: ProgressStream, label: string, total: number, unit = 'files'): Progress {
    if (!stream.isTTY || total < 2) return NONE;
    let last = 0;
    let drawn = false;
    const draw = (done: number) => {
        const counts = ` ${done}/${total} ${unit}`;
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - counts.length - 4));
        const filled = Math.round((done / total) * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${counts}`);
        drawn = true;
    };
    draw(0);
    last = Date.now();
    return {
        update(done) {
            const now = Date.now();
            if (now - last < INTERVAL_MS && done < total) return;
            last = now;
            draw(done);
        },
        end() {
            if (drawn) stream.write('\r\x1b[2K');
            drawn = false;
        },
    };
}
