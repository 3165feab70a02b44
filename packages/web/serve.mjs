// Serves the built web editor (dist/) on 127.0.0.1 and prints its URL.
//   node serve.mjs [--port N]   (default 8478; 0 = any free port)
// A plain static server: the page needs nothing else, so any static host does as well.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
};

/** Starts the server; resolves to its URL and a close function. */
export async function serveSite({ root = join(here, 'dist'), port = 8478, host = '127.0.0.1' } = {}) {
    const base = normalize(root + sep);
    const server = createServer(async (request, response) => {
        try {
            const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
            const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
            if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('not found');
            const body = await readFile(file);
            response.writeHead(200, {
                'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
                'Cache-Control': 'no-cache',
                'X-Content-Type-Options': 'nosniff',
            });
            response.end(request.method === 'HEAD' ? undefined : body);
        } catch {
            response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
            response.end('Not found');
        }
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, resolve);
    });
    const address = server.address();
    const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
    return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const index = process.argv.indexOf('--port');
    const port = index > 0 ? Number(process.argv[index + 1]) : Number(process.env.PORT ?? 8478);
    try {
        await stat(join(here, 'dist', 'index.html'));
    } catch {
        console.error('packages/web/dist is not built: run `npm run build:web` first.');
        process.exit(2);
    }
    try {
        const { url } = await serveSite({ port });
        console.log(`ActionPlan web editor: ${url}`);
    } catch (error) {
        console.error(`Cannot serve on 127.0.0.1:${port}: ${error instanceof Error ? error.message : error}`);
        process.exit(2);
    }
}
