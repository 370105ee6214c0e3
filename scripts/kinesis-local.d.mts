export function freePort(): Promise<number>;
export interface KinesisLocal {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}
export function startKinesisLocal(opts?: {
  createMs?: number;
  deleteMs?: number;
  updateMs?: number;
  env?: Record<string, string>;
  node?: string;
}): Promise<KinesisLocal>;
