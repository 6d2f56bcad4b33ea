/**
 * Conference tools write descriptions as HTML (frab, Sessionize) or Markdown (pretalx); the feed's
 * texts are plain. This turns either into the plain text a reader would see: tags dropped,
 * entities decoded, paragraphs and line breaks kept as line breaks, Markdown's markers removed.
 * No DOM: it runs in Node (the CLI) as in the page.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  euro: '\u20ac',
};

/** `&amp;`, `&#233;`, `&#xE9;` decoded; an unknown name (`&T`) is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const BLOCK = /<\/?(p|div|h[1-6]|ul|ol|table|blockquote|pre|section|article)\b[^>]*>/gi;

/** HTML as plain text; text without tags or entities comes back unchanged but for trimming. */
export function htmlToText(text: string): string {
  if (!/<\/?[a-z][^>]*>|&(#x?[0-9a-f]+|[a-z]+);/i.test(text)) return text.trim();
  const plain = text
    .replace(/\r\n?/g, '\n')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/tr>/gi, '\n')
    .replace(/<[a-z/!][^>]*>/gi, '');
  return tidy(decodeEntities(plain));
}

/**
 * Markdown as plain text: `[text](url)` → `text (url)`, emphasis and heading markers dropped.
 * Only unmistakable markers are touched, so a plain text's `5 * 3` stays as written.
 */
export function markdownToText(text: string): string {
  const plain = text
    .replace(/\r\n?/g, '\n')
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+|mailto:[^)\s]+)\)/g, (_, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/^#{1,6}[ \t]+/gm, '');
  return tidy(plain);
}

/** Whichever the source wrote: HTML first (its tags), then Markdown's markers. */
export function richToText(text: string): string {
  return markdownToText(htmlToText(text));
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n[ \t]+(?=\n)/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
