/**
 * The 17 UN Sustainable Development Goals: number, official colour and the short name shown on the
 * official SDG icons, for the badges of <minga-objectives>.
 *
 * Sources. Colours: UN Department of Global Communications, "Guidelines for the use of the SDG logo
 * including the colour wheel, and 17 icons" (colour definitions). Names:
 * - en: the same guidelines (English icons).
 * - es: UN Spanish SDG site and icons (un.org/sustainabledevelopment/es); Open SDG translations agree.
 * - fr: UN French SDG site and icons; Open SDG translations agree (goal 7 there has a plural
 *   "Energies", goal 8 a typo "Travaux"; the icons' "Énergie", "Travail" are kept).
 * - pt: the Brazilian Portuguese icons of the UN in Brazil (brasil.un.org), not the European ones
 *   of UNRIC ("Erradicar a pobreza"…); goal 1 confirmed on UNDP's Portuguese pages.
 * - ko: the Korean icon wording as most widely reused (no UN-published list was found to confirm
 *   it); goals 13–15 agree, up to spacing, with Statistics Korea's SDG platform, whose other labels
 *   ("빈곤퇴치"…) are its own. Korean wording varies most between sources, above all for 12, 16, 17.
 */
export type SdgLanguage = 'en' | 'es' | 'fr' | 'ko' | 'pt';

export interface Sdg {
  readonly number: number;
  readonly color: string;
  readonly names: Readonly<Record<SdgLanguage, string>>;
}

// colour, en, es, fr, ko, pt, for goals 1..17 in order.
const ROWS: readonly (readonly [string, string, string, string, string, string])[] = [
  ['#E5243B', 'No poverty', 'Fin de la pobreza', 'Pas de pauvreté', '빈곤 종식', 'Erradicação da pobreza'],
  ['#DDA63A', 'Zero hunger', 'Hambre cero', 'Faim « zéro »', '기아 종식', 'Fome zero e agricultura sustentável'],
  ['#4C9F38', 'Good health and well-being', 'Salud y bienestar', 'Bonne santé et bien-être', '건강과 웰빙', 'Saúde e bem-estar'],
  ['#C5192D', 'Quality education', 'Educación de calidad', 'Éducation de qualité', '양질의 교육', 'Educação de qualidade'],
  ['#FF3A21', 'Gender equality', 'Igualdad de género', 'Égalité entre les sexes', '성평등', 'Igualdade de gênero'],
  ['#26BDE2', 'Clean water and sanitation', 'Agua limpia y saneamiento', 'Eau propre et assainissement', '깨끗한 물과 위생', 'Água potável e saneamento'],
  ['#FCC30B', 'Affordable and clean energy', 'Energía asequible y no contaminante', "Énergie propre et d'un coût abordable", '모두를 위한 깨끗한 에너지', 'Energia limpa e acessível'],
  ['#A21942', 'Decent work and economic growth', 'Trabajo decente y crecimiento económico', 'Travail décent et croissance économique', '양질의 일자리와 경제성장', 'Trabalho decente e crescimento econômico'],
  ['#FD6925', 'Industry, innovation and infrastructure', 'Industria, innovación e infraestructura', 'Industrie, innovation et infrastructure', '산업, 혁신과 사회기반시설', 'Indústria, inovação e infraestrutura'],
  ['#DD1367', 'Reduced inequalities', 'Reducción de las desigualdades', 'Inégalités réduites', '불평등 감소', 'Redução das desigualdades'],
  ['#FD9D24', 'Sustainable cities and communities', 'Ciudades y comunidades sostenibles', 'Villes et communautés durables', '지속가능한 도시와 공동체', 'Cidades e comunidades sustentáveis'],
  ['#BF8B2E', 'Responsible consumption and production', 'Producción y consumo responsables', 'Consommation et production responsables', '책임감 있는 소비와 생산', 'Consumo e produção responsáveis'],
  ['#3F7E44', 'Climate action', 'Acción por el clima', 'Mesures relatives à la lutte contre les changements climatiques', '기후변화 대응', 'Ação contra a mudança global do clima'],
  ['#0A97D9', 'Life below water', 'Vida submarina', 'Vie aquatique', '해양생태계 보존', 'Vida na água'],
  ['#56C02B', 'Life on land', 'Vida de ecosistemas terrestres', 'Vie terrestre', '육상생태계 보호', 'Vida terrestre'],
  ['#00689D', 'Peace, justice and strong institutions', 'Paz, justicia e instituciones sólidas', 'Paix, justice et institutions efficaces', '평화, 정의, 강력한 제도', 'Paz, justiça e instituições eficazes'],
  ['#19486A', 'Partnerships for the goals', 'Alianzas para lograr los objetivos', 'Partenariats pour la réalisation des objectifs', '목표를 위한 파트너십', 'Parcerias e meios de implementação'],
];

export const SDGS: readonly Sdg[] = ROWS.map(([color, en, es, fr, ko, pt], i) => ({
  number: i + 1, color, names: { en, es, fr, ko, pt },
}));

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
