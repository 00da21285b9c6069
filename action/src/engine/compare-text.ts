/**
 * Orders strings by their UTF-16 code units: the same order on every machine, whatever its locale,
 * and no ICU collator to build (`localeCompare` makes one on first use).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
