// Timing helpers: run a command under /usr/bin/time (wall, CPU, peak RSS), and summarise samples.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` with stdout/stderr discarded; resolves with wall ms, user+sys CPU ms,
 * peak RSS in MB (of the process and its threads; null without GNU time) and the exit code.
 */
export async function timeCommand(command, args, { cwd, env } = {}) {
    const folder = mkdtempSync(join(tmpdir(), 'ap-bench-'));
    const out = join(folder, 'time');
    const useTime = existsSync(GNU_TIME);
    const [file, argv] = useTime ? [GNU_TIME, ['-f', '%U %S %M', '-o', out, command, ...args]] : [command, args];
    const started = performance.now();
    const status = await new Promise((resolve, reject) => {
        const child = spawn(file, argv, {
            cwd,
            env: { ...process.env, ...env },
            stdio: ['ignore', 'ignore', 'ignore'],
        });
        child.on('error', reject);
        child.on('exit', (code) => resolve(code));
    });
    const wall = performance.now() - started;
    let cpu = null;
    let rss = null;
    if (useTime) {
        const fields = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpu = (fields[0] + fields[1]) * 1000;
        rss = fields[2] / 1024;
    }
    rmSync(folder, { recursive: true, force: true });
    return { wall, cpu, rss, status };
}

export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile, p in 0..100. */
export function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(values) {
    return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

export function loadAverage() {
    return loadavg().map((x) => Number(x.toFixed(2)));
}

/** `12.3 s` or `45 ms`. */
export function fmtMs(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10000 ? 1 : 2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}
