// Where the calls go: the region (input, then AWS_REGION, then AWS_DEFAULT_REGION) and an optional
// endpoint-url, which must be scheme://host[:port] and never carries credentials. Pure.
import { show } from '../shared/show.js';
import type { Problems } from './settings.js';

// us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1, ap-southeast-7 ...
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

const PLAIN_URL_RULE = 'it must be an http:// or https:// URL without credentials, such as http://127.0.0.1:4567';
/** scheme://authority, then the rest (path, query, fragment). A backslash ends the authority as in WHATWG URLs. */
const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\\]*)(.*)$/is;

/** Why an endpoint-url cannot be used, or undefined when it is scheme://host[:port] with an optional "/". */
export function endpointProblem(value: string): string | undefined {
  const parts = URL_PARTS.exec(value);
  if (!parts || !/^https?$/i.test(parts[1]) || /[\s\p{Cc}]/u.test(value)) return PLAIN_URL_RULE;
  const [, , authority, rest] = parts;
  if (authority.includes('@')) {
    return (
      'it must not contain a user name or password (the action signs requests with the AWS credentials of the job); give scheme://host[:port] only, ' +
      'such as http://127.0.0.1:4567'
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return PLAIN_URL_RULE;
  }
  if ((rest !== '' && rest !== '/') || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return 'it must be scheme://host[:port] only, without a path, query or fragment (a trailing "/" is fine), such as http://127.0.0.1:4567';
  }
  return undefined;
}

/** The value with any user:password@ replaced by ***@, so that an error never echoes a credential. */
export function withoutUserinfo(value: string): string {
  return value.replace(/^((?:[a-z][a-z0-9+.-]*:\/\/)?)[^/?#\\]*@/is, '$1***@');
}

export function resolveRegion(input: string, env: Record<string, string | undefined>, problems: Problems): string | undefined {
  const sources: Array<[string, string | undefined]> = [
    ['input "region"', input],
    ['AWS_REGION', env.AWS_REGION?.trim()],
    ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION?.trim()],
  ];
  const found = sources.find(([, v]) => v !== undefined && v !== '');
  if (!found) {
    problems.push('No AWS region: set the "region" input, or AWS_REGION (aws-actions/configure-aws-credentials sets it for later steps).');
    return undefined;
  }
  const [source, value] = found as [string, string];
  if (!REGION.test(value)) {
    const label = source.startsWith('input') ? 'Input "region"' : `${source} (used because the "region" input is unset)`;
    problems.push(`${label} is ${show(value)}: it must be an AWS region code such as us-east-1.`);
    return undefined;
  }
  return value;
}
