// How the AWS clients reach AWS from the user's network. The SDK for JavaScript v3 ignores the proxy
// variables and AWS_CA_BUNDLE by itself, so a self-hosted runner whose only way out is a proxy could not
// run the action at all. Here: HTTPS_PROXY / HTTP_PROXY / ALL_PROXY (either case) with NO_PROXY decided
// per request (proxy-from-env: hosts, domains, `*`, ports), a CONNECT tunnel for https (https-proxy-agent)
// and absolute-form requests for http (http-proxy-agent); AWS_CA_BUNDLE added to Node's own roots (and
// NODE_EXTRA_CA_CERTS), never replacing them. HTTP/1.1 with keep-alive either way. The proxy libraries
// are loaded only when a proxy variable is set (their own chunk).
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import * as tls from 'node:tls';
import { ActionError } from '../shared/action-error.js';
import { redactLine } from '../shared/safe-text.js';

export interface Agents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
  /** The proxies in use, without credentials, for lines that say how a call went ("via http://proxy:3128"). */
  via?: string;
  /** Proxy credentials from the URLs: secrets to mask and redact. */
  secrets: string[];
}

type Env = Record<string, string | undefined>;

const PROXY_VARS = ['https_proxy', 'http_proxy', 'all_proxy'];
const proxyValues = (env: Env): Array<[string, string]> =>
  PROXY_VARS.flatMap((v) => [v, v.toUpperCase()])
    .filter((v) => env[v])
    .map((v) => [v, String(env[v])]);

/** What the trust store is: Node's default roots (with NODE_EXTRA_CA_CERTS) plus AWS_CA_BUNDLE, when set. */
function caFrom(env: Env): string[] | undefined {
  const file = env.AWS_CA_BUNDLE;
  if (!file) return undefined;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ActionError(
      `AWS_CA_BUNDLE is "${redactLine(file)}", which cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}): ` +
        'point it at a PEM file of CA certificates.',
    );
  }
  if (!/-----BEGIN CERTIFICATE-----/.test(pem)) {
    throw new ActionError(
      `AWS_CA_BUNDLE is "${redactLine(file)}", which holds no PEM certificate ("-----BEGIN CERTIFICATE-----"): point it at a PEM file of CA certificates.`,
    );
  }
  // getCACertificates('default') is what Node trusts without a `ca` option: its bundled roots and
  // NODE_EXTRA_CA_CERTS (Node 22.15+; the bundled roots alone before that).
  const roots = (tls as { getCACertificates?: (type: string) => string[] }).getCACertificates?.('default') ?? [...tls.rootCertificates];
  // Each certificate is parsed here: TLS would skip one it cannot read, silently, and fail later.
  for (const block of pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []) {
    try {
      new X509Certificate(block);
    } catch (err) {
      throw new ActionError(`AWS_CA_BUNDLE is "${redactLine(file)}", whose certificates Node cannot read (${redactLine((err as Error).message)}).`);
    }
  }
  return [...roots, pem];
}

/** A proxy URL the agents can use: http(s)://[user:pass@]host[:port]; anything else is an input error. */
function checkProxy(name: string, value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
    throw new ActionError(
      `${name} is "${redactLine(value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^@/]*@/i, '$1***@'))}": it must be a proxy URL such as http://proxy.example:3128 ` +
        '(with the scheme; user:password@ may come before the host).',
    );
  }
  return url;
}

const withoutCredentials = (u: URL): string => `${u.protocol}//${u.host}`;

/**
 * The agents every AWS client of the run uses. Without a proxy variable: Node's own agents (keep-alive,
 * and AWS_CA_BUNDLE when set). With one: an agent that asks proxy-from-env for each request.
 */
export async function networkAgents(env: Env = process.env): Promise<Agents> {
  const ca = caFrom(env);
  const base = { keepAlive: true, maxSockets: 50 };
  const direct = { httpAgent: new http.Agent(base), httpsAgent: new https.Agent({ ...base, ...(ca ? { ca } : {}) }) };
  const proxies = proxyValues(env).map(([name, value]) => checkProxy(name, value));
  if (proxies.length === 0) return { ...direct, secrets: [] };
  // A proxy password is a credential whatever its length: masked as typed, as encoded in the URL, and
  // as the Basic Proxy-Authorization value an echoing proxy could send back.
  const secrets = proxies.flatMap((u) => {
    if (!u.password) return [];
    const password = decodeURIComponent(u.password);
    return [password, u.password, Buffer.from(`${decodeURIComponent(u.username)}:${password}`).toString('base64')];
  });
  const agent = await envProxyAgent(direct, ca);
  return { httpAgent: agent, httpsAgent: agent as unknown as https.Agent, via: [...new Set(proxies.map(withoutCredentials))].join(', '), secrets };
}

/**
 * One agent that, per request, goes direct (NO_PROXY, or no proxy for that scheme) or through the proxy
 * proxy-from-env names: a CONNECT tunnel for https targets, absolute-form requests for http ones. Sockets
 * are pooled here, by target, so keep-alive holds either way; an http request that reuses a pooled socket
 * to a proxy gets its absolute path and Proxy-Authorization again (the proxy agent only sees new ones).
 */
async function envProxyAgent(direct: { httpAgent: http.Agent; httpsAgent: https.Agent }, ca: string[] | undefined): Promise<http.Agent> {
  const [{ Agent }, { HttpsProxyAgent }, { HttpProxyAgent }, { getProxyForUrl }] = await Promise.all([
    import('agent-base'),
    import('https-proxy-agent'),
    import('http-proxy-agent'),
    import('proxy-from-env'),
  ]);
  type Target = { secureEndpoint?: boolean; host?: string | null; port?: number | null };
  const proxyFor = (o: Target): string => {
    const host = String(o.host ?? '');
    return getProxyForUrl(`${o.secureEndpoint ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${o.port ?? (o.secureEndpoint ? 443 : 80)}`);
  };
  const tunnels = new Map<string, InstanceType<typeof HttpsProxyAgent>>();
  const forwarders = new Map<string, InstanceType<typeof HttpProxyAgent>>();
  // The URL type is the libraries' way to type their options by the proxy's scheme; both are http(s).
  const tunnel = (proxy: string) =>
    tunnels.get(proxy) ?? tunnels.set(proxy, new HttpsProxyAgent(proxy as `http://${string}`, { keepAlive: true, ...(ca ? { ca } : {}) })).get(proxy)!;
  const forwarder = (proxy: string) =>
    forwarders.get(proxy) ?? forwarders.set(proxy, new HttpProxyAgent(proxy as `http://${string}`, { keepAlive: true })).get(proxy)!;
  const nodeAddRequest = (http.Agent.prototype as unknown as { addRequest: (req: http.ClientRequest, o: unknown) => void }).addRequest;

  class EnvProxyAgent extends Agent {
    addRequest(req: http.ClientRequest, opts: Target): void {
      const target = { ...opts, secureEndpoint: this.isSecureEndpoint(opts as never) };
      const proxy = target.secureEndpoint ? '' : proxyFor(target);
      if (proxy) forwarder(proxy).setRequestProps(req as never, target as never);
      nodeAddRequest.call(this, req, opts);
    }

    connect(_req: http.ClientRequest, opts: Target): http.Agent {
      const proxy = proxyFor(opts);
      if (!proxy) return opts.secureEndpoint ? direct.httpsAgent : direct.httpAgent;
      if (!opts.secureEndpoint) return forwarder(proxy);
      // Inside a tunnel the TLS socket has no host (the tunnel agent drops it): an IP endpoint's
      // certificate would be checked against "localhost". Check it against the address asked for.
      const host = String(opts.host ?? '');
      if (isIP(host)) (opts as tls.ConnectionOptions).checkServerIdentity = (_name, cert) => tls.checkServerIdentity(host, cert);
      return tunnel(proxy);
    }
  }
  // `ca` here reaches every request's options, so the TLS inside a tunnel trusts AWS_CA_BUNDLE too.
  return new EnvProxyAgent({ keepAlive: true, maxSockets: 50, ...(ca ? { ca } : {}) } as http.AgentOptions);
}
