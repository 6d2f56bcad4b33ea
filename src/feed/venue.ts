/**
 * Where an event takes place, in one shape for every place that shows it: the header of the
 * summary and the agenda, calendar entries and structured data. Generic over the text type, so
 * templates (with `lang` on fallback texts) and plain strings come out of the same code.
 */
import type { LocalizedText, Location } from './types.js';
import { displayNames } from '../internal/intl.js';

/** A venue's texts, each picked by `text`, and the country as its ISO 3166-1 code. */
export interface VenueFields<T> {
  readonly name?: T;
  readonly address?: T;
  readonly locality?: T;
  readonly country?: string;
}

export function venueFields<T>(location: Location, text: (value: LocalizedText) => T): VenueFields<T> {
  const { name, address, locality, country } = location;
  return {
    name: name && text(name),
    address: address && text(address),
    locality: locality && text(locality),
    country,
  };
}

/** The country's name in `language` ("Mexico", "México", "멕시코"), or the code where Intl has no name. */
export function countryName(code: string, language: string): string {
  return displayNames(language, { type: 'region' }).of(code) ?? code;
}

/** The venue as the pieces of one line, in order: name, address, locality, country name. Empty texts are left out. */
export function venueLine<T>(location: Location, text: (value: LocalizedText) => T, language: string): (T | string)[] {
  const v = venueFields(location, text);
  return [v.name, v.address, v.locality, v.country && countryName(v.country, language)].filter(
    (piece): piece is T | string => piece !== undefined && piece !== '',
  );
}
