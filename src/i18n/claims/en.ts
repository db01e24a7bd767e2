/**
 * The verdict's claims where the treaty's definitions need their own words: the blocking minority
 * of Art. 16(4) TEU (or the Nice rule's weighted votes), a defeat on the member condition, the
 * rounding band of percent-only figures, and the Nice rule's margins. Spread at the end of en.ts.
 */
const claimsEn = {
  'verdict.tooCloseWord': 'Too close to call',
  'claims.blocking.noneShare': 'No blocking minority ({share} ≤ {limit})',
  'claims.blocking.noneFew': 'No blocking minority ({members}, fewer than {needed})',
  'claims.blocking.noneDeclaredShare': 'No blocking minority among the declared ({share} ≤ {limit})',
  'claims.blocking.noneDeclaredFew': 'No blocking minority among the declared ({members}, fewer than {needed})',
  'claims.blocking.noneVotes': 'No blocking minority ({votes} ≤ {limit} weighted votes)',
  'claims.blocking.formedVotes': 'Blocking minority formed ({votes} > {limit} weighted votes)',
  'claims.blocking.tooClose': 'Blocking minority: too close to call ({share} against more than {limit})',
  'claims.blocking.membersDefeat': 'Not adopted on the members condition: {inFavour} in favour, {needed} needed — {members} not in favour are enough to stop it.',
  'claims.blocking.membersDefeatEvenIf':
    'Not adopted on the members condition even if the undecided vote yes: at most {inFavour} in favour, {needed} needed — {members} not in favour are enough to stop it.',
  'claims.blocking.weights': '{who}: {votes} of {of} weighted votes. A blocking minority needs more than {of} − {required} = {limit} votes.',
  'claims.n.moreVote_one': '{n} more weighted vote',
  'claims.n.moreVote_other': '{n} more weighted votes',
  'claims.n.vote_one': '{n} weighted vote',
  'claims.n.vote_other': '{n} weighted votes',
  'claims.margin.needsVotes': 'Needs {votes} in favour.',
  'claims.margin.spareNice': 'Spare: {votes} above the weighted-vote threshold and {members} above the member threshold.',
  'claims.margin.spareCheck': 'Population check ({required}): {points} ({people}) to spare.',
  'claims.margin.populationTooClose': 'Population in favour: {share} against {required} — within the rounding of the published figures: too close to call.',
} as const;

export default claimsEn;
