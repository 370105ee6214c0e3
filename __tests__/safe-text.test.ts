// Unit: redaction and sink escaping for text that did not come from the action. Pure.
import { describe, expect, it } from '@jest/globals';
import { forAnnotation, forLog, forSummary, quote, redact, redactKnown, registerSecrets, secretsFromEnv } from '../src/shared/safe-text.js';

const KEY = 'AKIAIOSFODNN7EXAMPLE';
const TEMP_KEY = 'ASIAQWERTYUIOPASDFGH';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+abc=';
const SIGV4 =
  `AWS4-HMAC-SHA256 Credential=${KEY}/20261201/us-east-1/kinesis/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, ` +
  'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';

describe('redact: every credential shape', () => {
  it.each([
    ['long-term key id', `key ${KEY} used`, [KEY.slice(4)]],
    ['temporary key id', `principal ${TEMP_KEY}:session`, [TEMP_KEY.slice(4)]],
    ['role id', 'AROA3XFRBF23EXAMPLE1 assumed', ['3XFRBF23EXAMPLE1']],
    ['user id AIDA', 'AIDAJQABLZS4A3QDU576Q', ['JQABLZS4A3QDU576Q']],
    ['policy ids ANPA AGPA', 'ANPAJ2UCCR6DPCEXAMPLE AGPAJ2UCCR6DPCEXAMPLE', ['J2UCCR6DPCEXAMPLE']],
    ['key id %-encoded after Credential', `X-Amz-Credential%3D${KEY}%2F20261201`, [KEY.slice(4)]],
    ['secret after key id', `${KEY} ${SECRET}`, [KEY.slice(4), SECRET, 'EXAMPLEKEY']],
    ['secret after key id, colon', `${KEY}:${SECRET}`, [SECRET.slice(0, 20)]],
    ['secret before key id', `${SECRET},${KEY}`, [SECRET.slice(0, 20), KEY.slice(4)]],
    ['Authorization header', `Authorization: ${SIGV4}\nnext line`, ['Credential=AKIA', 'SignedHeaders', '5d672d79', 'IOSFODNN7']],
    ['authorization lower case, = form', `authorization=${SIGV4}`, ['5d672d79', 'x-amz-date']],
    ['AUTHORIZATION JSON', `{"AUTHORIZATION":"${SIGV4}","x":1}`, ['5d672d79', 'SignedHeaders']],
    ['Bearer authorization', 'Authorization: Bearer abc.def.ghi', ['abc.def.ghi', 'Bearer']],
    ['proxy-authorization', 'Proxy-Authorization: Basic dXNlcjpwYXNz', ['dXNlcjpwYXNz']],
    ['x-amz-security-token header', `x-amz-security-token: ${TOKEN}`, [TOKEN.slice(0, 12), 'CIQD']],
    ['X-Amz-Security-Token JSON', `{"X-Amz-Security-Token": "${TOKEN}"}`, [TOKEN.slice(0, 12)]],
    ['headers as arrays', `{ 'x-amz-security-token': [ '${TOKEN}' ], "SessionToken":["tok123456"] }`, [TOKEN.slice(0, 12), 'tok123456']],
    ['X-AMZ-SECURITY-TOKEN = form', `X-AMZ-SECURITY-TOKEN=${TOKEN}&b=1`, [TOKEN.slice(0, 12)]],
    ['Credential=', 'Credential=abc/20261201/us-east-1/kinesis/aws4_request,', ['abc/2026']],
    ['Signature=', 'Signature=deadbeef01', ['deadbeef01']],
    ['X-Amz-Credential= / X-Amz-Signature= query', '?X-Amz-Credential=abcdef%2F2026&X-Amz-Signature=0123abcd&', ['abcdef', '0123abcd']],
    ['aws_secret_access_key =', 'aws_secret_access_key = wJalrXUtnFEMI', ['wJalrXUtnFEMI']],
    ['AWS_SESSION_TOKEN= env', `AWS_SESSION_TOKEN=${TOKEN}`, [TOKEN.slice(0, 12)]],
    ['export AWS_SECRET_ACCESS_KEY="…"', 'export AWS_SECRET_ACCESS_KEY="s3cr3tvalue"', ['s3cr3tvalue']],
    ['SecretAccessKey JSON', '{"AccessKeyId":"x","SecretAccessKey":"topsecret1","SessionToken":"tok123456"}', ['topsecret1', 'tok123456']],
    ['secretAccessKey / sessionToken (SDK objects)', "{ secretAccessKey: 'abcSECRET', sessionToken: 'abcTOKEN' }", ['abcSECRET', 'abcTOKEN']],
    ['escaped JSON', '{\\"SessionToken\\":\\"tok987654\\"}', ['tok987654']],
    ['URL userinfo', 'GET http://user:pass@127.0.0.1:4567/ failed', ['user', 'pass']],
    ['URL userinfo with @ in password', 'https://me:p@ss@host.example/x', ['me:', 'p@ss', 'ss@host']],
    ['URL token as user', 'https://ghp_abcdef123@github.com/o/r', ['ghp_abcdef123']],
  ])('%s', (_name, text, secrets) => {
    const out = redact(text);
    for (const s of secrets) expect(out).not.toContain(s);
    expect(out).toContain('***');
  });

  it('keeps the shape of what it redacts', () => {
    expect(redact(`key ${KEY} used`)).toBe('key AKIA*** used');
    expect(redact('http://user:pass@127.0.0.1:4567/')).toBe('http://***@127.0.0.1:4567/');
    expect(redact('Signature=deadbeef01, next')).toBe('Signature=***, next');
    expect(redact('{"SecretAccessKey":"topsecret1","Region":"us-east-1"}')).toBe('{"SecretAccessKey":"***","Region":"us-east-1"}');
    expect(redact(`Authorization: ${SIGV4}, other: 1`)).toBe('Authorization: ***, other: 1');
    expect(redact('x-amz-security-token: abc\nnext')).toBe('x-amz-security-token: ***\nnext');
  });

  it('does not collapse whitespace', () => {
    expect(redact('Stream orders\n  not found\t!')).toBe('Stream orders\n  not found\t!');
  });

  it.each([
    'Stream orders under account 123456789012 not found.',
    'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
    'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: kinesis:CreateStream on resource: ' +
      'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
    'Rate exceeded for stream orders-2026_v1.blue under account 123456789012.',
    'Authorization header missing',
    'The security token included in the request is invalid.',
    'commit 0123456789abcdef0123456789abcdef01234567 of https://github.com/o/r',
    'mail me@example.com or see http://127.0.0.1:4567/path?x=1',
    'AKIA is a prefix; AKIASHORT is short',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('removes literal secrets given, also percent-encoded, longest first', () => {
    const text = `a ${TOKEN} b ${encodeURIComponent(TOKEN)} c mysecretvalue d`;
    const out = redact(text, [TOKEN, 'mysecretvalue', 'x', '']);
    expect(out).toBe('a *** b *** c *** d');
    expect(redactKnown('say mysecretvalue', ['mysecretvalue'])).toBe('say ***');
  });

  it('removes registered secrets in every sink until unregistered', () => {
    const unregister = registerSecrets(
      secretsFromEnv({ AWS_SECRET_ACCESS_KEY: 'Zq9sEcReTZq9sEcReTZq9sEcReT', AWS_SESSION_TOKEN: 'T0kenT0kenT0kenT0kenT0ken', AWS_REGION: 'us-east-1' }),
    );
    try {
      for (const f of [redact, forLog, quote, forSummary, forAnnotation]) {
        const out = f('leak Zq9sEcReTZq9sEcReTZq9sEcReT and T0kenT0kenT0kenT0kenT0ken in us-east-1');
        expect(out).not.toContain('Zq9sEcReT');
        expect(out).not.toContain('T0kenT0ken');
        expect(out).toContain('us-east-1');
      }
    } finally {
      unregister();
    }
    expect(redact('Zq9sEcReTZq9sEcReTZq9sEcReT')).toBe('Zq9sEcReTZq9sEcReTZq9sEcReT');
  });

  it('takes only values that could be real credentials from the environment: never a dummy word', () => {
    expect(secretsFromEnv({ AWS_SECRET_ACCESS_KEY: 'local', AWS_SESSION_TOKEN: 'test' })).toEqual([]);
    expect(secretsFromEnv({ AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' })).toEqual(['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']);
  });

  it('ignores secrets too short to look for', () => {
    const unregister = registerSecrets(['abc', undefined, '']);
    try {
      expect(redact('abc')).toBe('abc');
    } finally {
      unregister();
    }
  });

  it('stays fast on huge hostile input', () => {
    const hostile = ['a'.repeat(100_000), 'http://'.repeat(20_000), 'AKIA'.repeat(25_000), 'authorization=AWS4-'.repeat(5_000), `${'/'.repeat(50_000)}`];
    const start = Date.now();
    for (const text of hostile) redact(text);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('forLog', () => {
  it('keeps ordinary lines as they are', () => {
    expect(forLog('Stream "orders" is ACTIVE (2 shards).')).toBe('Stream "orders" is ACTIVE (2 shards).');
  });

  it('escapes line breaks and control characters', () => {
    expect(forLog('a\nb\r\nc\td\u0000e\u007f\u2028f')).toBe('a\\nb\\r\\nc\\td\\u0000e\\u007f\\u2028f');
  });

  it('can never start a workflow command', () => {
    expect(forLog('::set-output name=x::y')).toBe('\\::set-output name=x::y');
    expect(forLog('  ::add-mask::x')).toBe('\\  ::add-mask::x');
    expect(forLog('\u00a0::error::x')).toBe('\\\u00a0::error::x');
    expect(forLog('ok\n::stop-commands::tok')).toBe('ok\\n::stop-commands::tok');
    expect(forLog('\u001b[31m::warning::x')).toBe('\\::warning::x');
    expect(forLog('x ##[set-output name=a;]b')).toBe('x ##\\[set-output name=a;]b');
    expect(forLog('###[error]x')).not.toContain('##[');
    expect(forLog('#\u001b[0m#[error]x')).not.toContain('##[');
  });

  it('removes ANSI escape sequences and shows stray ESC', () => {
    expect(forLog('\u001b[1;31mred\u001b[0m \u001b]8;;http://evil\u0007link\u001b]8;;\u0007 \u001b')).toBe('red link \\u001b');
  });

  it('shows bidi and zero-width characters', () => {
    expect(forLog('abc\u202edef\u200bg\ufeff')).toBe('abc\\u202edef\\u200bg\\ufeff');
  });

  it('redacts', () => {
    expect(forLog(`using ${KEY}`)).toBe('using AKIA***');
  });
});

describe('quote', () => {
  it('JSON-quotes a short value', () => {
    expect(quote('orders')).toBe('"orders"');
    expect(quote('a "b"\nc')).toBe('"a \\"b\\"\\nc"');
  });

  it('cuts a long value and gives its length', () => {
    expect(quote('x'.repeat(250))).toBe(`"${'x'.repeat(200)}…" (250 characters)`);
    expect(quote('abcdef', 3)).toBe('"abc…" (6 characters)');
    expect(quote('😀😀', 3)).toBe('"😀…" (4 characters)');
  });

  it('redacts before cutting and escapes what JSON leaves raw', () => {
    expect(quote(`k=${KEY}`)).toBe('"k=AKIA***"');
    expect(quote('a\u2028b\u202ec\u0085d\u200be')).toBe('"a\\u2028b\\u202ec\\u0085d\\u200be"');
    expect(quote('##[error]x')).toBe('"##\\u005berror]x"');
    expect(JSON.parse(quote('##[error]\u2028'))).toBe('##[error]\u2028');
  });
});

describe('forSummary', () => {
  it('escapes HTML and markdown', () => {
    expect(forSummary('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    // The URL inside is broken up too: GitHub autolinks a bare http:// even inside brackets.
    expect(forSummary('[link](http://evil)')).toBe('\\[link\\]\\(http:&#8203;//evil\\)');
    expect(forSummary('![img](x)')).toBe('\\!\\[img\\]\\(x\\)');
    expect(forSummary('a|b *c* _d_ `e` ~f~ #1 \\ $x$')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\~f\\~ \\#1 \\\\ \\$x\\$');
    expect(forSummary(`"q" & 'r'`)).toBe('&quot;q&quot; &amp; &#39;r&#39;');
  });

  it('neutralises block markers at the start', () => {
    expect(forSummary('> quote')).toBe('&gt; quote');
    expect(forSummary('- item')).toBe('\\- item');
    expect(forSummary('+ item')).toBe('\\+ item');
    expect(forSummary('1. item')).toBe('1\\. item');
    expect(forSummary('    code')).toBe('code');
  });

  it('mentions no one', () => {
    expect(forSummary('ping @octocat')).toBe('ping @&#8203;octocat');
  });

  it('makes one line', () => {
    expect(forSummary('a\nb\r\n\tc')).toBe('a b c');
  });

  it('cuts long text and gives its length', () => {
    expect(forSummary('x'.repeat(600))).toBe(`${'x'.repeat(500)}… (600 characters)`);
    expect(forSummary('abc', 2)).toBe('ab… (3 characters)');
  });

  it('redacts', () => {
    expect(forSummary(`key ${KEY}`)).toBe('key AKIA\\*\\*\\*');
  });
});

describe('forAnnotation', () => {
  it('makes one redacted line', () => {
    expect(forAnnotation(`CreateStream failed:\n  ${KEY}\r\n  denied\n`)).toBe('CreateStream failed: AKIA*** denied');
  });

  it('keeps ordinary messages', () => {
    const m = 'Input "shard-count" is "0": it must be a whole number from 1 to 10000.';
    expect(forAnnotation(m)).toBe(m);
  });

  it('cuts very long messages', () => {
    expect(forAnnotation('x'.repeat(5000))).toBe(`${'x'.repeat(4000)}…`);
    expect(forAnnotation('abcdef', 4)).toBe('abcd…');
  });

  it('removes ANSI and shows other controls', () => {
    expect(forAnnotation('\u001b[31mred\u001b[0m\u0000')).toBe('red\\u0000');
  });
});

const HOSTILE = [
  'line one\nline two\r\nline three\rfour',
  '::set-output name=x::y',
  'ok\n::add-mask::secret',
  '::stop-commands::tok',
  '  ::error file=a,line=1::boom',
  '##[set-output name=x;]y',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[link](http://evil)',
  '![img](x)',
  'x'.repeat(100_000),
  `${'ab\n'.repeat(40_000)}`,
  'right-to-left \u202Eevil\u202C and zero\u200Bwidth\u200D\uFEFF',
  'nul\u0000byte',
  '\u001b[31mred\u001b[0m \u001b]0;title\u0007 \u009b31m',
  '\u2028\u2029\u0085',
  '| a | b |\n|---|---|',
  '@octocat @github/team',
  `Authorization: ${SIGV4}`,
  `${KEY} ${SECRET}`,
  '😀 ünïcödé 𝔘',
];
const FUNCS = { forLog, quote, forSummary, forAnnotation, redact } as const;

describe('every sink with hostile text', () => {
  it.each(HOSTILE.map((h, i) => [i, h] as const))('hostile #%d', (_i, text) => {
    const outs = Object.fromEntries(Object.entries(FUNCS).map(([n, f]) => [n, f(text)])) as Record<keyof typeof FUNCS, string>;

    for (const [name, out] of Object.entries(outs)) {
      expect(typeof out).toBe('string');
      if (name === 'redact') continue;
      expect(out).not.toMatch(/[\r\n\u2028\u2029\u0000\u001b\u202e\u200b]/);
      expect(out).not.toContain(SECRET);
      expect(out).not.toContain(KEY);
      expect(out).not.toContain('5d672d79');
    }

    // Each piece of forLog output, whatever a reader splits on, is no workflow command.
    for (const line of outs.forLog.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)) {
      expect(line).not.toMatch(/^\s*::/);
      expect(line).not.toContain('##[');
    }
    expect(outs.quote.startsWith('"')).toBe(true);
    expect(outs.quote).not.toContain('##[');
    expect(outs.quote.length).toBeLessThan(6 * 200 + 30); // at most \uXXXX per character kept
    // No raw markup in the summary: every < > [ ] is escaped, and no @mention.
    expect(outs.forSummary).not.toMatch(/[<>]/);
    expect(outs.forSummary).not.toMatch(/(^|[^\\])[[\]]/);
    expect(outs.forSummary).not.toMatch(/@(?!&#8203;)/);
    expect(outs.forSummary.length).toBeLessThan(3500);
    expect(outs.forAnnotation.length).toBeLessThanOrEqual(4001);
  });

  it('is idempotent enough to apply twice', () => {
    for (const text of HOSTILE) {
      expect(redact(redact(text))).toBe(redact(text));
      expect(forLog(forLog(text))).not.toMatch(/[\r\n]/);
    }
  });
});
