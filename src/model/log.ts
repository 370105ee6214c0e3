// What the stages write for people. The one implementation that reaches the runner is report/log.ts,
// which escapes and redacts every message for its sink; tests record the lines instead.
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}
