export function startupFiles(dir: string): string[];
