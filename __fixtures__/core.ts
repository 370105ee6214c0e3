// Stand-in for @actions/core in unit tests (jest.unstable_mockModule), in the style of
// actions/typescript-action. Inputs come from `inputs`; outputs and failures are recorded.
import { jest } from '@jest/globals';

export const inputs: Record<string, string> = {};
export const outputs: Record<string, string> = {};
export const summaries: string[] = [];

export const getInput = jest.fn((name: string) => (inputs[name] ?? '').trim());
export const setOutput = jest.fn((name: string, value: string) => {
  outputs[name] = value;
});
export const setFailed = jest.fn<(message: string | Error) => void>();
export const info = jest.fn<(message: string) => void>();
export const warning = jest.fn<(message: string) => void>();
export const notice = jest.fn<(message: string) => void>();
export const error = jest.fn<(message: string) => void>();
export const debug = jest.fn<(message: string) => void>();
export const setSecret = jest.fn<(secret: string) => void>();
export const states: Record<string, string> = {};
export const saveState = jest.fn((name: string, value: string) => {
  states[name] = value;
});
export const summary = {
  addRaw: jest.fn((text: string) => {
    summaries.push(text);
    return summary;
  }),
  write: jest.fn(async () => summary),
};

export function reset(values: Record<string, string> = {}): void {
  for (const rec of [inputs, outputs, states]) for (const k of Object.keys(rec)) delete rec[k];
  summaries.length = 0;
  Object.assign(inputs, values);
  for (const fn of [getInput, setOutput, setFailed, info, warning, notice, error, debug, setSecret, summary.addRaw, summary.write, saveState]) {
    fn.mockClear();
  }
}
