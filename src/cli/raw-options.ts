/**
 * Commander hands every action its option values untyped. These read them by name with their
 * types checked, so no command needs a cast: a missing or odd value reads as absent.
 */
export type RawOptions = Readonly<Record<string, unknown>>;

export function stringOption(options: RawOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

export function flagOption(options: RawOptions, name: string): boolean {
  return options[name] === true;
}

export function listOption(options: RawOptions, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
