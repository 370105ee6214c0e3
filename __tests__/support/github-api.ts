// A stand-in for the GitHub REST API on 127.0.0.1 (GITHUB_API_URL points the action at it): the three
// issue-comment endpoints the pull-request comment uses, kept in memory, and a pull request's state. `readOnly` answers writes as
// GitHub does for a GITHUB_TOKEN without pull-requests: write (403 "Resource not accessible by
// integration", the documented answer and the one octokit users report). Comments are written as the
// token's identity: an installation token (ghs_, the job's GITHUB_TOKEN) as github-actions[bot], which
// GET /user refuses with 403 as GitHub does; any other token as the user `users` maps it to.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface GitHubStandIn {
  url: string;
  comments: Comment[];
  requests: Array<{ method: string; path: string; authorization?: string }>;
  readOnly: boolean;
  /** Personal tokens → their user's login (GET /user); unknown ones get 401. */
  users: Record<string, string>;
  /** Pull requests of any repository by number (GET /repos/O/R/pulls/N); others answer 404 as GitHub does. */
  pulls: Record<number, 'open' | 'closed'>;
  /** While true, requests are taken but never answered (GitHub hanging); close() ends them. */
  hold: boolean;
  /** Resolves when the next request arrives. */
  nextRequest(): Promise<void>;
  close(): Promise<void>;
}

const JOB_BOT = { login: 'github-actions[bot]', type: 'Bot' };

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

export async function startGitHubStandIn(): Promise<GitHubStandIn> {
  const sockets = new Set<Socket>();
  let nextId = 1000;
  let arrived: Array<() => void> = [];
  const api: Omit<GitHubStandIn, 'url' | 'close'> = {
    comments: [],
    requests: [],
    readOnly: false,
    users: {},
    pulls: {},
    hold: false,
    nextRequest: () => new Promise<void>((resolve) => arrived.push(resolve)),
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    api.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization });
    const waiting = arrived;
    arrived = [];
    for (const resolve of waiting) resolve();
    if (api.hold) return; // no answer: the socket stays open until close() destroys it
    const body = await readJson(req);
    const send = (status: number, value: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
    };
    const token = String(req.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
    const user = token.startsWith('ghs_') ? JOB_BOT : api.users[token] ? { login: api.users[token], type: 'User' } : undefined;
    if (path === '/user' && req.method === 'GET') {
      if (token.startsWith('ghs_')) return send(403, { message: 'Resource not accessible by integration', status: '403' });
      return user ? send(200, { ...user, id: 1 }) : send(401, { message: 'Bad credentials', status: '401' });
    }
    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path);
    if (pull && req.method === 'GET') {
      const state = api.pulls[Number(pull[1])];
      // The fields a pull request answer has that the action reads (GitHub's REST reference, "Get a pull request").
      return state ? send(200, { number: Number(pull[1]), state, merged: false, locked: false }) : send(404, { message: 'Not Found', status: '404' });
    }
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (list && req.method === 'GET') return send(200, api.comments);
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      if (api.readOnly) return send(403, FORBIDDEN);
      if (list) {
        if (!user) return send(401, { message: 'Bad credentials', status: '401' });
        const comment = { id: nextId++, body: String(body.body), user };
        api.comments.push(comment);
        return send(201, comment);
      }
      const found = api.comments.find((c) => c.id === Number(one![1]));
      if (!found) return send(404, { message: 'Not Found' });
      // GitHub lets only the author (or a maintainer, which these tests never are) edit a comment.
      if (found.user.login !== user?.login) return send(403, { message: 'Must have admin rights to Repository.', status: '403' });
      found.body = String(body.body);
      return send(200, found);
    }
    send(404, { message: 'Not Found' });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(api, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
