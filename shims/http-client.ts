// @actions/core imports @actions/http-client (and through it undici) for getIDToken() only. The
// real module is loaded by loadHttpClient(), which every user of @actions/github awaits first.
import type * as Real from '../node_modules/@actions/http-client/lib/index.js';

let real: typeof Real | undefined;
export async function loadHttpClient(): Promise<void> {
  real ??= await import('../node_modules/@actions/http-client/lib/index.js');
}
function loaded(): typeof Real {
  if (!real) throw new Error('internal error: @actions/http-client used before loadHttpClient()');
  return real;
}
export const HttpClient = function (...a: ConstructorParameters<typeof Real.HttpClient>) {
  return new (loaded().HttpClient)(...a);
} as unknown as typeof Real.HttpClient;
