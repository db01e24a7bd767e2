import type en from './en';

/** The verdict's claims in French (see ./en.ts). */
const claimsFr = {
  'verdict.tooCloseWord': 'Trop serré pour trancher',
  'claims.blocking.noneShare': 'Pas de minorité de blocage ({share} ≤ {limit})',
  'claims.blocking.noneFew': 'Pas de minorité de blocage ({members}, moins de {needed})',
  'claims.blocking.noneDeclaredShare': 'Pas de minorité de blocage parmi les positions déclarées ({share} ≤ {limit})',
  'claims.blocking.noneDeclaredFew': 'Pas de minorité de blocage parmi les positions déclarées ({members}, moins de {needed})',
  'claims.blocking.noneVotes': 'Pas de minorité de blocage ({votes} ≤ {limit} voix pondérées)',
  'claims.blocking.formedVotes': 'Minorité de blocage constituée ({votes} > {limit} voix pondérées)',
  'claims.blocking.tooClose': 'Minorité de blocage : trop serré pour trancher ({share} pour un seuil de plus de {limit})',
  'claims.blocking.membersDefeat':
    'Non adopté faute de membres : {inFavour} pour, {needed} requis — {members} qui ne votent pas pour suffisent à l’empêcher.',
  'claims.blocking.membersDefeatEvenIf':
    'Non adopté faute de membres, même si les indécis votent pour : au plus {inFavour} pour, {needed} requis — {members} qui ne votent pas pour suffisent à l’empêcher.',
  'claims.blocking.weights': '{who} : {votes} voix pondérées sur {of}. Une minorité de blocage exige plus de {of} − {required} = {limit} voix.',
  'claims.n.moreVote_one': '{n} voix pondérée de plus',
  'claims.n.moreVote_other': '{n} voix pondérées de plus',
  'claims.n.vote_one': '{n} voix pondérée',
  'claims.n.vote_other': '{n} voix pondérées',
  'claims.margin.needsVotes': 'Il faut {votes} pour.',
  'claims.margin.spareNice': 'Marge : {votes} au-dessus du seuil des voix pondérées et {members} au-dessus du seuil des membres.',
  'claims.margin.spareCheck': 'Vérification de la population ({required}) : {points} ({people}) de marge.',
  'claims.margin.populationTooClose':
    'Population favorable : {share} pour un seuil de {required} — dans l’arrondi des chiffres publiés : trop serré pour trancher.',
} as const satisfies Record<keyof typeof en, string>;

export default claimsFr;
