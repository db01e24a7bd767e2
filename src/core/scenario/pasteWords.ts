/**
 * The words a pasted list of positions may use: every member's name in English, French and
 * German (the names the app shows in each language, plus common long and older forms), and the
 * position words of the three languages. Data only; {@link readPastedPositions} normalises case,
 * accents and spacing before looking a word up, so each entry is written once.
 */
import type { KnownCode } from '../rules/countries';
import type { Position } from '../rules/vote';

/** Member names in French and German, as the app shows them, then other names in use. */
export const MEMBER_NAMES: Readonly<Record<'fr' | 'de', Readonly<Record<KnownCode, readonly string[]>>>> = {
  fr: {
    BE: ['Belgique'], BG: ['Bulgarie'], CZ: ['Tchéquie', 'République tchèque'], DK: ['Danemark'],
    DE: ['Allemagne'], EE: ['Estonie'], IE: ['Irlande'], EL: ['Grèce'], ES: ['Espagne'], FR: ['France'],
    HR: ['Croatie'], IT: ['Italie'], CY: ['Chypre'], LV: ['Lettonie'], LT: ['Lituanie'], LU: ['Luxembourg'],
    HU: ['Hongrie'], MT: ['Malte'], NL: ['Pays-Bas'], AT: ['Autriche'], PL: ['Pologne'], PT: ['Portugal'],
    RO: ['Roumanie'], SI: ['Slovénie'], SK: ['Slovaquie'], FI: ['Finlande'], SE: ['Suède'], UK: ['Royaume-Uni'],
    UA: ['Ukraine'], MD: ['Moldavie', 'Moldova'], GE: ['Géorgie'], ME: ['Monténégro'], RS: ['Serbie'],
    AL: ['Albanie'], MK: ['Macédoine du Nord'], BA: ['Bosnie-Herzégovine'], TR: ['Turquie'], XK: ['Kosovo'],
    IS: ['Islande'],
  },
  de: {
    BE: ['Belgien'], BG: ['Bulgarien'], CZ: ['Tschechien', 'Tschechische Republik'], DK: ['Dänemark'],
    DE: ['Deutschland'], EE: ['Estland'], IE: ['Irland'], EL: ['Griechenland'], ES: ['Spanien'],
    FR: ['Frankreich'], HR: ['Kroatien'], IT: ['Italien'], CY: ['Zypern'], LV: ['Lettland'], LT: ['Litauen'],
    LU: ['Luxemburg'], HU: ['Ungarn'], MT: ['Malta'], NL: ['Niederlande'], AT: ['Österreich'], PL: ['Polen'],
    PT: ['Portugal'], RO: ['Rumänien'], SI: ['Slowenien'], SK: ['Slowakei'], FI: ['Finnland'], SE: ['Schweden'],
    UK: ['Vereinigtes Königreich'], UA: ['Ukraine'], MD: ['Republik Moldau', 'Moldau'], GE: ['Georgien'],
    ME: ['Montenegro'], RS: ['Serbien'], AL: ['Albanien'], MK: ['Nordmazedonien'],
    BA: ['Bosnien und Herzegowina'], TR: ['Türkei'], XK: ['Kosovo'], IS: ['Island'],
  },
};

/** English names in use besides the Style Guide's, and the ISO codes the Council does not use. */
export const OTHER_MEMBER_NAMES: Readonly<Partial<Record<KnownCode, readonly string[]>>> = {
  CZ: ['Czech Republic'],
  NL: ['The Netherlands', 'Holland'],
  SK: ['Slovak Republic'],
  UK: ['UK', 'Great Britain', 'GB'],
  EL: ['GR'],
  MD: ['Republic of Moldova'],
  TR: ['Turkey'],
};

/**
 * Position words by language. The first word of each list is the app's own label in that
 * language; the others are what analysts write in notes and spreadsheets.
 */
export const POSITION_WORDS: Readonly<Record<'en' | 'fr' | 'de', Readonly<Record<Position, readonly string[]>>>> = {
  en: {
    yes: ['Yes', 'y', 'for', 'in favour', 'in favor', 'favour', 'favor', 'support', 'supports', 'pro', 'approve', 'approves'],
    no: ['No', 'n', 'against', 'oppose', 'opposes', 'opposed', 'reject', 'rejects', 'contra'],
    abstain: ['Abstain', 'abstains', 'abstained', 'abstention', 'abstaining'],
    absent: ['Not participating', 'non-participating', 'does not participate', 'absent', 'opt-out', 'opted out'],
    undecided: ['Undecided', 'unknown', 'unclear', 'open', '?'],
  },
  fr: {
    yes: ['Pour', 'oui', 'favorable', 'en faveur', 'soutient'],
    no: ['Contre', 'non', 'défavorable', 'opposé', 'opposée', "s'oppose"],
    abstain: ['Abstention', "s'abstient", 'abstient'],
    absent: ['Ne participe pas', 'non participant', 'non-participation'],
    undecided: ['Indécis', 'indécise', 'inconnu', 'inconnue', 'pas de position'],
  },
  de: {
    yes: ['Ja', 'dafür', 'Zustimmung', 'stimmt zu', 'befürwortet'],
    no: ['Nein', 'dagegen', 'Ablehnung', 'lehnt ab'],
    abstain: ['Enthaltung', 'enthält sich', 'Stimmenthaltung'],
    absent: ['Nimmt nicht teil', 'keine Teilnahme', 'nicht beteiligt'],
    undecided: ['Unentschieden', 'unentschlossen', 'offen', 'unbekannt'],
  },
};
