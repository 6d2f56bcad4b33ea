/**
 * What the embed page may render: the library's five elements and, for each, the attributes it
 * documents (custom-elements.json; test/embed/embed-elements.test.ts keeps the two in step).
 * Anything else in the URL is ignored, so a link can never create another tag or attribute.
 */
export type AttributeKind = 'boolean' | 'text';

const COMMON: Record<string, AttributeKind> = {
  event: 'text',
  'time-zone': 'text',
  theme: 'text',
  refresh: 'text',
  cache: 'text',
  'max-feed-size': 'text',
};

export const EMBEDDABLE: Record<string, { tag: string; attributes: Record<string, AttributeKind> }> = {
  agenda: {
    tag: 'minga-agenda',
    attributes: {
      ...COMMON,
      'hide-header': 'boolean',
      'hide-descriptions': 'boolean',
      'hide-speakers': 'boolean',
      'heading-level': 'text',
      'structured-data': 'boolean',
      'hide-updated': 'boolean',
      'calendar-src': 'text',
      calendars: 'text',
      view: 'text',
    },
  },
  countdown: {
    tag: 'minga-countdown',
    attributes: { ...COMMON, target: 'text', precision: 'text', 'follow-series': 'boolean', layout: 'text' },
  },
  objectives: {
    tag: 'minga-objectives',
    attributes: {
      ...COMMON,
      heading: 'text',
      'heading-level': 'text',
      'list-style': 'text',
      'show-sdgs': 'text',
      'link-sdgs': 'boolean',
      limit: 'text',
      'hide-empty': 'boolean',
    },
  },
  'series-map': {
    tag: 'minga-series-map',
    attributes: { ...COMMON, series: 'text', view: 'text', route: 'boolean' },
  },
  'event-summary': {
    tag: 'minga-event-summary',
    attributes: { ...COMMON, 'heading-level': 'text', 'hide-updated': 'boolean' },
  },
};

/** URL parameters of the page itself rather than of the element. */
export const PAGE_PARAMETERS = ['element', 'src', 'lang', 'id'];
