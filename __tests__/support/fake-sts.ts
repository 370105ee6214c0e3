// A loopback STS answering GetCallerIdentity (Query protocol, XML) with the account a test sets. The
// body is AWS's own shape: the example response of the STS API reference (GetCallerIdentity,
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html), with our values.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSts {
  url: string;
  account: string;
  /** GetCallerIdentity calls answered. */
  calls: number;
  close(): Promise<void>;
}

export async function startFakeSts(account = '111111111111'): Promise<FakeSts> {
  const sts: Omit<FakeSts, 'url' | 'close'> = { account, calls: 0 };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      sts.calls++;
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>' +
          `<Arn>arn:aws:iam::${sts.account}:user/ci</Arn><UserId>AIDAEXAMPLEEXAMPLE01</UserId><Account>${sts.account}</Account>` +
          '</GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(sts, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  });
}
