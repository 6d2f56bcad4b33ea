/**
 * The 17 UN Sustainable Development Goals: number, official colour and the short name shown on the
 * official SDG icons, for the badges of <minga-objectives>.
 *
 * Only the English names are here, as msg() sources; the other four languages are the `sdg-1` …
 * `sdg-17` units of xliff/*.xlf, so they travel in the lazily loaded UI-language chunks instead of
 * the up-front bundle (test/objectives/sdgs.test.ts checks the shipped wording).
 *
 * Sources. Colours: UN Department of Global Communications, "Guidelines for the use of the SDG logo
 * including the colour wheel, and 17 icons" (colour definitions). Names:
 * - en: the same guidelines (English icons).
 * - es: UN Spanish SDG site and icons (un.org/sustainabledevelopment/es); Open SDG translations agree.
 * - fr: UN French SDG site and icons; Open SDG translations agree (goal 7 there has a plural
 *   "Energies", goal 8 a typo "Travaux"; the icons' "Énergie", "Travail" are kept).
 * - pt: the Brazilian Portuguese icons of the UN in Brazil (brasil.un.org), not the European ones
 *   of UNRIC ("Erradicar a pobreza"…); goal 1 confirmed on UNDP's Portuguese pages.
 * - ko: the Korean icon wording as most widely reused. Korean is not a UN official language and no
 *   UN-published list was found to confirm it; goals 13–15 agree, up to spacing, with Statistics
 *   Korea's SDG platform, whose other labels ("빈곤퇴치"…) are its own. Goals 12, 16 and 17 remain
 *   unconfirmed: Korean wording varies most between sources there.
 */
import { msg } from '@lit/localize';

export interface Sdg {
  readonly number: number;
  readonly color: string;
}

// Goals 1..17 in order.
const COLORS = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
];

export const SDGS: readonly Sdg[] = COLORS.map((color, i) => ({ number: i + 1, color }));

/** The goal's short name in the current UI language (the UN's wording); call it while rendering. */
export function sdgName(goal: number): string {
  // msg() must run at render time to follow the UI locale, hence a function and not a table.
  const names = [
    msg('No poverty', { id: 'sdg-1' }),
    msg('Zero hunger', { id: 'sdg-2' }),
    msg('Good health and well-being', { id: 'sdg-3' }),
    msg('Quality education', { id: 'sdg-4' }),
    msg('Gender equality', { id: 'sdg-5' }),
    msg('Clean water and sanitation', { id: 'sdg-6' }),
    msg('Affordable and clean energy', { id: 'sdg-7' }),
    msg('Decent work and economic growth', { id: 'sdg-8' }),
    msg('Industry, innovation and infrastructure', { id: 'sdg-9' }),
    msg('Reduced inequalities', { id: 'sdg-10' }),
    msg('Sustainable cities and communities', { id: 'sdg-11' }),
    msg('Responsible consumption and production', { id: 'sdg-12' }),
    msg('Climate action', { id: 'sdg-13' }),
    msg('Life below water', { id: 'sdg-14' }),
    msg('Life on land', { id: 'sdg-15' }),
    msg('Peace, justice and strong institutions', { id: 'sdg-16' }),
    msg('Partnerships for the goals', { id: 'sdg-17' }),
  ];
  return names[goal - 1] ?? '';
}

/** The goal's page on the UN's SDG site. */
export function sdgUrl(goal: number): string {
  return `https://sdgs.un.org/goals/goal${goal}`;
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text colour ('#ffffff' or '#000000') that reaches WCAG AA 4.5:1 on the goal colour; whichever
 * contrasts more. Every official colour reaches 4.5:1 with one of the two (goal 1 is the closest:
 * 4.65 with black, 4.52 with white).
 */
export function sdgTextColor(goal: number): string {
  const color = SDGS[goal - 1]?.color ?? '#ffffff';
  return contrastRatio('#ffffff', color) > contrastRatio('#000000', color) ? '#ffffff' : '#000000';
}
