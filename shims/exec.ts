// @actions/core imports @actions/exec for getDetails() only; the real module loads on that call.
import type * as Exec from '../node_modules/@actions/exec/lib/exec.js';

const real = (): Promise<typeof Exec> => import('../node_modules/@actions/exec/lib/exec.js');
export const exec: typeof Exec.exec = async (...a) => (await real()).exec(...a);
export const getExecOutput: typeof Exec.getExecOutput = async (...a) => (await real()).getExecOutput(...a);
