/**
 * Feed URLs end up in `href`s, so only absolute `https:`, `http:` and `mailto:` ones pass. They are
 * checked by one explicit rule rather than by `new URL`, whose parsers differ between engines and
 * Node (hosts, IDNA, ports) and quietly repair what they read (`https:example.org`, backslashes,
 * tabs inside a host), so that a feed gets the same answer wherever it is checked.
 *
 * The rule: `http://` or `https://`, a host (labels of letters, digits and hyphens, any non-ASCII
 * letters included, or an IPv6 address in brackets), an optional port up to 65535, then a path, query or
 * fragment; or `mailto:` and something. No white space or control character but spaces, no user name, no
 * unpaired surrogate. The scheme and ASCII letters of the host are lowercased, an empty path
 * becomes `/`, and spaces and non-ASCII characters after the host are percent-encoded as UTF-8.
 */
const WEB = /^(https?):\/\/(\[[0-9a-f:.]+\]|[^\s/?#@:\\[\]%]+)(?::(\d{1,5}))?([/?#].*)?$/is;
const MAILTO = /^mailto:(.+)$/is;
// Controls, and the white space other than U+0020 that engines trim or strip (listed, not \s,
// whose meaning follows each engine's Unicode version); unpaired surrogates.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\0-\x1f\x7f-\xa0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const HOST_LABELS = /^(?:[a-z0-9\u00a1-\uffff-]+\.)*[a-z0-9\u00a1-\uffff-]+\.?$/i;
const ENCODED = /[\s"<>\\^`{|}]|[^\0-\x7f]+/g;

const encode = (rest: string) => rest.replace(ENCODED, (c) => encodeURIComponent(c));

/**
 * Returns the URL normalized when it is absolute and `https:`, `http:` or `mailto:` by the rule
 * above; otherwise undefined. `javascript:` and `data:` never get through.
 */
export function safeUrl(value: string): string | undefined {
  const url = value.trim();
  if (FORBIDDEN.test(url)) return undefined;
  const mail = MAILTO.exec(url);
  if (mail) return `mailto:${encode(mail[1])}`;
  const web = WEB.exec(url);
  if (!web) return undefined;
  const [, scheme, host, port, rest = ''] = web;
  if (!host.startsWith('[') && !HOST_LABELS.test(host)) return undefined;
  if (port !== undefined && Number(port) > 65_535) return undefined;
  const lower = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());
  const path = rest.startsWith('/') ? rest : `/${rest}`;
  return `${lower(scheme)}://${lower(host)}${port === undefined ? '' : `:${port}`}${encode(path)}`;
}
