/**
 * The playground's HTTP server (node:http, 127.0.0.1 only):
 *   GET  /                 the page (page/index.html, page/app.js, page/style.css)
 *   GET  /api/state        sheets, menu, built UIs, dialogs, toasts (StateView)
 *   POST /api/menu         {handler} → runs a menu item, answers the dialogs it opened
 *   POST /api/run          {name, args: JSON text} → one google.script.run call (BridgeReply)
 *   POST /api/days         {days} → the add-on's clock moves forward, daily triggers fire
 *   GET  /ui/<name>        a built dist/<name>.html with the google.script.run shim
 *   GET  /dialog/<id>      the HTML a menu item showed in a dialog or the sidebar, with the shim
 *   GET  /exec?…           the add-on's own doGet (the report's web app), as the extension calls it
 *   GET  /portal           a sample district portal form for the extension to fill
 *   GET  /google/forms/…   a Google Form the add-on built, as its respondent sees it (a pre-filled link fills it)
 *   POST /google/forms/d/e/…/formResponse   its answers: checked as Google does, filed by the form-submit trigger
 *   GET  /google/document/d/<id>/…          a document the add-on created, as a readable page
 *   GET  /mail/<n>         the n-th letter the add-on sent, its Google links opening the pages above
 *   (a Google address https://docs.google.com/X is /google/X here: page/google-links.js)
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { googleAddress } from './page/google-links.js';
import type { PlaygroundSession } from './session';
import { P } from './strings';

const HERE = new URL('.', import.meta.url).pathname;

const STATIC: Record<string, string> = {
  '/': 'page/index.html',
  '/index.html': 'page/index.html',
  '/app.js': 'page/app.js',
  '/style.css': 'page/style.css',
  '/google-links.js': 'page/google-links.js',
  '/google.css': 'page/google.css',
  '/portal': 'portal.html',
  '/portal.html': 'portal.html',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface PlaygroundServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** A listen failure with a message a person can act on (the port, and the flag to change it). */
export class ListenError extends Error {}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const value = JSON.parse((await readBody(req)) || '{}') as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('ожидался объект JSON');
  return value as Record<string, unknown>;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function handler(session: PlaygroundSession) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    try {
      const file = STATIC[path];
      if (req.method === 'GET' && file) {
        send(res, 200, TYPES[extname(file)] ?? 'text/plain', readFileSync(join(HERE, file), 'utf8'));
        return;
      }
      if (req.method === 'GET' && path === '/api/state') return json(res, 200, session.state());
      if (req.method === 'POST' && path === '/api/menu') {
        const body = await readJson(req);
        try {
          return json(res, 200, { ok: true, dialogs: session.runMenu(String(body.handler ?? '')) });
        } catch (e) {
          return json(res, 400, { ok: false, message: errorText(e) });
        }
      }
      if (req.method === 'POST' && path === '/api/run') {
        const body = await readJson(req);
        return json(res, 200, session.call(String(body.name ?? ''), String(body.args ?? '[]')));
      }
      if (req.method === 'POST' && path === '/api/days') {
        const body = await readJson(req);
        try {
          return json(res, 200, { ok: true, today: session.passDays(Number(body.days)) });
        } catch (e) {
          return json(res, 400, { ok: false, message: errorText(e) });
        }
      }
      const google = googleAddress(path + url.search);
      if (google && path.startsWith('/google/forms/')) {
        const out =
          req.method === 'POST'
            ? session.submitForm(google, new URLSearchParams(await readBody(req)))
            : session.showForm(google);
        return send(res, out.status, TYPES['.html']!, out.body);
      }
      if (google && req.method === 'GET') {
        const out = session.showDocument(google);
        return send(res, out.status, TYPES['.html']!, out.body);
      }
      const letter = /^\/mail\/(\d+)$/.exec(path);
      if (req.method === 'GET' && letter) {
        const out = session.showMail(Number(letter[1]));
        return send(res, out.status, TYPES['.html']!, out.body);
      }
      const ui = /^\/ui\/([\w-]+)$/.exec(path);
      if (req.method === 'GET' && ui) {
        const html = session.uiHtml(ui[1]!);
        if (html === null) return send(res, 404, TYPES['.html']!, P.server.noUi(ui[1]!));
        return send(res, 200, TYPES['.html']!, html);
      }
      const dialog = /^\/dialog\/(\d+)$/.exec(path);
      if (req.method === 'GET' && dialog) {
        const html = session.dialogHtml(Number(dialog[1]));
        if (html === null) return send(res, 404, TYPES['.html']!, P.server.noDialog(dialog[1]!));
        return send(res, 200, TYPES['.html']!, html);
      }
      if (req.method === 'GET' && path === '/exec') {
        const out = session.doGet(Object.fromEntries(url.searchParams));
        res.writeHead(out.status, {
          'content-type': out.type,
          'access-control-allow-origin': '*',
          'cache-control': 'no-store',
        });
        res.end(out.body);
        return;
      }
      send(res, 404, 'text/plain; charset=utf-8', P.server.notFound);
    } catch (e) {
      json(res, 400, { ok: false, message: P.server.badRequest(errorText(e)) });
    }
  };
}

/** Listens on 127.0.0.1:port (0 = any free port). A taken port rejects with a ListenError naming it. */
export function listen(session: PlaygroundSession, port: number): Promise<PlaygroundServer> {
  const server = createServer((req, res) => void handler(session)(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        new ListenError(
          e.code === 'EADDRINUSE' ? P.server.portTaken(port) : P.server.cannotListen(port, e.message),
        ),
      );
    });
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
        server,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
