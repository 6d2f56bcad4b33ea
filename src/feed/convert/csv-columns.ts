/**
 * The CSV template's columns and the header names they are known by, in English, Spanish,
 * French, Korean and Portuguese. Headers are compared folded: trimmed, lower case, accents dropped,
 * `_`, `-`, `.` and runs of spaces read as one space (`Hora de início` = `hora de inicio`).
 */
import { foldName } from './language-names.js';

export type ColumnField =
  | 'id'
  | 'date'
  | 'endDate'
  | 'start'
  | 'end'
  | 'title'
  | 'description'
  | 'room'
  | 'track'
  | 'speakers'
  | 'languages'
  | 'url'
  | 'status';

/** Columns whose texts may come in several languages: `title`, `title_es`, `título (fr)`. */
export const TEXT_FIELDS: readonly ColumnField[] = ['title', 'description', 'room', 'track'];

export const REQUIRED_FIELDS: readonly ColumnField[] = ['date', 'start', 'end', 'title'];

/** The template's header (English) first, then the other names each column is known by. */
const NAMES: Record<ColumnField, readonly string[]> = {
  // prettier-ignore
  id: ['session id', 'id', 'id de sesion', 'id sesion', 'identificador', 'id de session', 'identifiant',
    'id session', '세션 id', '세션 아이디', '아이디', '식별자', 'id da sessao', 'id sessao'],
  // prettier-ignore
  date: ['date', 'day', 'start date', 'fecha', 'dia', 'fecha de inicio', 'jour', 'date de debut', '날짜', '일자', '시작 날짜',
    '시작일', 'data', 'data de inicio'],
  // prettier-ignore
  endDate: ['end date', 'fecha de fin', 'fecha fin', 'fecha final', 'fecha de termino', 'date de fin', 'date fin',
    '종료 날짜', '종료일', 'data de fim', 'data final', 'data de termino'],
  // prettier-ignore
  start: ['start', 'start time', 'begins', 'from', 'inicio', 'hora de inicio', 'hora inicio', 'comienzo', 'desde', 'debut',
    'heure de debut', 'heure debut', '시작', '시작 시간', '시작 시각', 'comeco'],
  // prettier-ignore
  end: ['end', 'end time', 'ends', 'until', 'to', 'fin', 'hora de fin', 'hora fin', 'hora final', 'termino', 'hasta',
    'heure de fin', 'heure fin', '종료', '종료 시간', '종료 시각', '끝', 'fim', 'hora de fim', 'hora de termino'],
  // prettier-ignore
  title: ['title', 'session title', 'session name', 'titulo', 'titulo de la sesion', 'nombre de la sesion', 'titre',
    'titre de la session', '제목', '세션 제목', '세션명', 'titulo da sessao', 'nome da sessao'],
  // prettier-ignore
  description: ['description', 'abstract', 'summary', 'descripcion', 'resumen', 'resume', '설명', '개요', '요약', 'descricao',
    'resumo'],
  // prettier-ignore
  room: ['room', 'location', 'venue', 'hall', 'sala', 'lugar', 'ubicacion', 'salon', 'salle', 'lieu', '장소', '회의실', '룸',
    'local'],
  // prettier-ignore
  track: ['track', 'theme', 'stream', 'eje', 'eje tematico', 'linea tematica', 'tema', 'axe', 'parcours', '트랙',
    '주제', 'trilha', 'eixo', 'eixo tematico'],
  // prettier-ignore
  speakers: ['speakers', 'speaker', 'panelists', 'ponentes', 'ponente', 'oradores', 'conferencistas', 'panelistas',
    'intervenants', 'intervenant', 'intervenant es', 'intervenantes', 'orateurs', 'conferenciers', '연사', '발표자',
    '연설자', 'palestrantes', 'palestrante', 'painelistas'],
  // prettier-ignore
  languages: ['languages', 'language', 'idiomas', 'idioma', 'lenguas', 'langues', 'langue', '언어', '사용 언어', 'linguas'],
  // prettier-ignore
  url: ['url', 'link', 'web', 'website', 'enlace', 'sitio web', 'pagina web', 'lien', 'site', 'site web', '링크', '웹사이트',
    'pagina', 'endereco'],
  // prettier-ignore
  status: ['status', 'state', 'estado', 'statut', 'etat', '상태', 'situacao'],
};

/**
 * A header or cell folded as language names are (`foldName`: lower case, accents dropped), and
 * besides the `·` of inclusive French, `_`, `-` and `.` read as spaces (`hora_de_inicio`).
 */
export function fold(text: string): string {
  return foldName(text)
    .replace(/[\s·•_\-.]+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, ColumnField>();
for (const [field, names] of Object.entries(NAMES) as [ColumnField, readonly string[]][]) {
  for (const name of names) BY_NAME.set(fold(name), field);
}

/** The template's (English) header of a column. */
export const templateName = (field: ColumnField): string => NAMES[field][0];

export interface ColumnMeaning {
  readonly field: ColumnField;
  /** For text columns named with a language (`title_es`): that language's canonical tag. */
  readonly language?: string;
}

/**
 * What a header names: a column of the template, possibly with a language (`title_es`,
 * `Título (fr)`, `description pt-BR`); undefined for a column the importer does not read.
 */
export function columnOf(header: string): ColumnMeaning | undefined {
  const whole = BY_NAME.get(fold(header));
  if (whole) return { field: whole };
  const tag = '([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)';
  const m = new RegExp(`^(.+?)(?:\\s*[([]\\s*${tag}\\s*[)\\]]|[\\s_-]+${tag})$`, 'i').exec(header.trim());
  if (!m) return undefined;
  const field = BY_NAME.get(fold(m[1]));
  const language = canonicalLanguage((m[2] ?? m[3]).replace('_', '-'));
  return field && language && TEXT_FIELDS.includes(field) ? { field, language } : undefined;
}

/** A BCP 47 tag's canonical form (`pt-br` → `pt-BR`); undefined unless it starts with a 2–3 letter language. */
export function canonicalLanguage(tag: string): string | undefined {
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
