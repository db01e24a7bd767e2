import type en from './en';

/** The verdict's claims in German (see ./en.ts). */
const claimsDe = {
  'verdict.tooCloseWord': 'Zu knapp für eine Aussage',
  'claims.blocking.noneShare': 'Keine Sperrminorität ({share} ≤ {limit})',
  'claims.blocking.noneFew': 'Keine Sperrminorität ({members}, weniger als {needed})',
  'claims.blocking.noneDeclaredShare': 'Keine Sperrminorität unter den erklärten Stimmen ({share} ≤ {limit})',
  'claims.blocking.noneDeclaredFew': 'Keine Sperrminorität unter den erklärten Stimmen ({members}, weniger als {needed})',
  'claims.blocking.noneVotes': 'Keine Sperrminorität ({votes} ≤ {limit} gewichtete Stimmen)',
  'claims.blocking.formedVotes': 'Sperrminorität erreicht ({votes} > {limit} gewichtete Stimmen)',
  'claims.blocking.tooClose': 'Sperrminorität: zu knapp für eine Aussage ({share} bei einer Schwelle von mehr als {limit})',
  'claims.blocking.membersDefeat':
    'Nicht angenommen an der Mitgliederbedingung: {inFavour} dafür, {needed} nötig — {members} nicht dafür genügen, um es zu verhindern.',
  'claims.blocking.membersDefeatEvenIf':
    'Nicht angenommen an der Mitgliederbedingung, selbst wenn die Unentschiedenen mit Ja stimmen: höchstens {inFavour} dafür, {needed} nötig — {members} nicht dafür genügen, um es zu verhindern.',
  'claims.blocking.weights': '{who}: {votes} von {of} gewichteten Stimmen. Eine Sperrminorität braucht mehr als {of} − {required} = {limit} Stimmen.',
  'claims.n.moreVote_one': '{n} weitere gewichtete Stimme',
  'claims.n.moreVote_other': '{n} weitere gewichtete Stimmen',
  'claims.n.vote_one': '{n} gewichtete Stimme',
  'claims.n.vote_other': '{n} gewichtete Stimmen',
  'claims.margin.needsVotes': 'Braucht {votes} dafür.',
  'claims.margin.spareNice': 'Reserve: {votes} über der Schwelle der gewichteten Stimmen und {members} über der Mitgliederschwelle.',
  'claims.margin.spareCheck': 'Bevölkerungsprüfung ({required}): {points} ({people}) Reserve.',
  'claims.margin.populationTooClose':
    'Bevölkerung dafür: {share} bei einer Schwelle von {required} — innerhalb der Rundung der veröffentlichten Zahlen: zu knapp für eine Aussage.',
} as const satisfies Record<keyof typeof en, string>;

export default claimsDe;
