// What the stages write for people. The one implementation that reaches the runner is report/log.ts,
// which escapes and redacts every message for its sink; tests record the lines instead.
export interface Log {
  info(message: string): void;
  /** A warning annotation: something a person should look at. One per concern, never one per item. */
  warning(message: string): void;
  /** A notice annotation: what to do next (e.g. how to apply the drift just reported). */
  notice(message: string): void;
  debug(message: string): void;
}
