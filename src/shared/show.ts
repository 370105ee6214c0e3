/** Shows a value the way the user typed it, shortened so that one line stays one line. */
export function show(value: string): string {
  const long = value.length > 40;
  const quoted = JSON.stringify(long ? value.slice(0, 40) + '…' : value);
  return long ? `${quoted} (${value.length} characters)` : quoted;
}
