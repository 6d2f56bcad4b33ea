// The page a browser bench runs in: `entry` (a module of bench/) built with Vite into
// node_modules/.cache/<name>, and served on a free port at `/` with `head` (styles, say) before it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { build } from 'vite';

/** Builds and serves the page; resolves to its address and a function that stops the server. */
export async function benchPage(name, entry, head = '') {
  const out = `node_modules/.cache/${name}`;
  await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2021',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'page.js' },
    },
  });
  const server = createServer(async (req, res) => {
    const file = req.url === '/' ? null : join(out, req.url.replace(/\?.*$/, ''));
    if (!file) {
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><meta charset="utf-8">${head}<body><script type="module" src="/page.js"></script>`);
      return;
    }
    try {
      const body = await readFile(file);
      res.setHeader('content-type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, resolve));
  return { url: `http://localhost:${server.address().port}/`, close: () => server.close() };
}
