/** Shows a value the way the user typed it, shortened so that one line stays one line. */
export function show(value: string): string {
  const long = value.length > 40;
  const quoted = JSON.stringify(long ? value.slice(0, 40) + '…' : value);
  return long ? `${quoted} (${value.length} characters)` : quoted;
}

/** "1 setting", "3 settings", "2 policies": a count with its noun spelled for the number (no "(s)"). */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
