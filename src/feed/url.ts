const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * Returns the URL normalized when it is absolute and `https:`, `http:` or `mailto:`; otherwise
 * undefined. Feed URLs end up in `href`s, so `javascript:` and `data:` must never get through.
 */
export function safeUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
