/**
 * Country codes as the Council writes them (Greece is EL, not GR), their English short names,
 * the Council protocol order, and the Nice weighted votes.
 */
import { quote } from '../format';
import { err, ok, type Result } from '../result';

declare const countryCodeBrand: unique symbol;
/** A two-letter code as used in Council documents (EL for Greece, UK for the United Kingdom). */
export type CountryCode = string & { readonly [countryCodeBrand]: true };

/** English short names (Interinstitutional Style Guide), keyed by Council code. */
export const COUNTRY_NAMES = {
  BE: 'Belgium',
  BG: 'Bulgaria',
  CZ: 'Czechia',
  DK: 'Denmark',
  DE: 'Germany',
  EE: 'Estonia',
  IE: 'Ireland',
  EL: 'Greece',
  ES: 'Spain',
  FR: 'France',
  HR: 'Croatia',
  IT: 'Italy',
  CY: 'Cyprus',
  LV: 'Latvia',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  HU: 'Hungary',
  MT: 'Malta',
  NL: 'Netherlands',
  AT: 'Austria',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SI: 'Slovenia',
  SK: 'Slovakia',
  FI: 'Finland',
  SE: 'Sweden',
  UK: 'United Kingdom',
  UA: 'Ukraine',
  MD: 'Moldova',
  GE: 'Georgia',
  ME: 'Montenegro',
  RS: 'Serbia',
  AL: 'Albania',
  MK: 'North Macedonia',
  BA: 'Bosnia and Herzegovina',
  TR: 'Türkiye',
  XK: 'Kosovo',
  IS: 'Iceland',
} as const;

export type KnownCode = keyof typeof COUNTRY_NAMES;

/** Key type for maps by member: validated codes, and code literals written in source. */
export type CodeKey = CountryCode | KnownCode;

/**
 * Council protocol order, the order of the member states' names in their own
 * languages. The United Kingdom sat between Finland and Sweden's neighbours at the end of the
 * EU-28 list; candidates follow in the order they are listed in the candidates dataset.
 */
export const PROTOCOL_ORDER: readonly KnownCode[] = [
  'BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'EL', 'ES', 'FR', 'HR', 'IT', 'CY', 'LV', 'LT',
  'LU', 'HU', 'MT', 'NL', 'AT', 'PL', 'PT', 'RO', 'SI', 'SK', 'FI', 'SE', 'UK',
  'UA', 'MD', 'GE', 'ME', 'RS', 'AL', 'MK', 'BA', 'TR', 'XK', 'IS',
];

/**
 * Nice weighted votes, Act of Accession of Croatia Art. 20 (CELEX 12012J020); total 352.
 * Candidates have none: the Nice rule is unavailable when one of them takes part.
 */
export const NICE_WEIGHTS: Readonly<Partial<Record<KnownCode, number>>> = {
  BE: 12, BG: 10, CZ: 12, DK: 7, DE: 29, EE: 4, IE: 7, EL: 12, ES: 27, FR: 29, HR: 7, IT: 29,
  CY: 4, LV: 4, LT: 7, LU: 4, HU: 12, MT: 3, NL: 13, AT: 10, PL: 27, PT: 12, RO: 14, SI: 4,
  SK: 7, FI: 7, SE: 10, UK: 29,
};

/**
 * The only constructor of {@link CountryCode}. Accepts any case; `GR` and `GB` are refused with
 * a hint, because the Council writes EL and UK.
 * @example parseCountryCode('de') // ok('DE')
 */
export function parseCountryCode(input: string): Result<CountryCode> {
  const code = input.trim().toUpperCase();
  if (code in COUNTRY_NAMES) return ok(code as CountryCode);
  const hint = code === 'GR' ? ' (the Council writes Greece as EL)' : code === 'GB' ? ' (use UK)' : '';
  return err({ code: 'country.unknown', message: `Unknown country code ${quote(input)}${hint}.` });
}

export function countryName(code: CountryCode): string {
  return COUNTRY_NAMES[code as KnownCode];
}

export function protocolIndex(code: CountryCode): number {
  return PROTOCOL_ORDER.indexOf(code as KnownCode);
}

export function niceWeight(code: CountryCode): number | undefined {
  return NICE_WEIGHTS[code as KnownCode];
}
