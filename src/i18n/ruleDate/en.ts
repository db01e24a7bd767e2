/** The rule against the date of the vote (src/ui/shell/RuleDateNotice.tsx): spread at the end of en.ts. */
const ruleDateEn = {
  'ruleDate.niceOfDate':
    'On {date} a qualified majority meant the Nice weighted votes: at least 260 of 352 votes (in the same proportion of those taking part) from a majority of the members, and 62 % of the population if a member asked (Protocol No 36, Art. 3(3)).',
  'ruleDate.niceAvailable':
    'On {date} the double majority applies, but any member could ask for the Nice weighted votes instead (Protocol No 36, Art. 3(2)), until 31 March 2017.',
  'ruleDate.niceOnRequest':
    'Nice weighted votes, as any member could ask for on {date} (Protocol No 36, Art. 3(2)); without such a request the double majority applies.',
  'ruleDate.notOfDate': '{rule} was chosen by hand: it is not the rule of {date} ({expected} is).',
  'ruleDate.useNice': 'Evaluate under the Nice rule',
  'ruleDate.useDoubleMajority': 'Back to the double majority',
  'ruleDate.useExpected': 'Use the rule of that date: {expected}',
} as const;

export default ruleDateEn;
