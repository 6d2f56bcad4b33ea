/**
 * Reads a keyword attribute the way people type them: `Summary`, ` bullets `, `DARK` all count.
 * Every keyword attribute of every element goes through here, so all are case-insensitive alike;
 * anything else gives `fallback`.
 */
export function keyword<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  const wanted = (value ?? '').trim().toLowerCase();
  return (allowed as readonly string[]).includes(wanted) ? (wanted as T) : fallback;
}
