/** Die Regel gegenüber dem Datum der Abstimmung (src/ui/shell/RuleDateNotice.tsx): am Ende von de.ts eingefügt. */
const ruleDateDe = {
  'ruleDate.niceOfDate':
    'Am {date} bedeutete qualifizierte Mehrheit die Stimmgewichtung nach Nizza: mindestens 260 von 352 Stimmen (im selben Verhältnis der Teilnehmenden) von der Mehrheit der Mitglieder, und 62 % der Bevölkerung, wenn ein Mitglied es verlangte (Protokoll Nr. 36, Art. 3 Abs. 3).',
  'ruleDate.niceAvailable':
    'Am {date} gilt die doppelte Mehrheit, doch jedes Mitglied konnte bis zum 31. März 2017 stattdessen die Stimmgewichtung nach Nizza verlangen (Protokoll Nr. 36, Art. 3 Abs. 2).',
  'ruleDate.niceOnRequest':
    'Stimmgewichtung nach Nizza, wie sie jedes Mitglied am {date} verlangen konnte (Protokoll Nr. 36, Art. 3 Abs. 2); ohne ein solches Verlangen gilt die doppelte Mehrheit.',
  'ruleDate.notOfDate': 'Die Regel „{rule}“ wurde von Hand gewählt: Sie ist nicht die Regel vom {date} (das ist „{expected}“).',
  'ruleDate.useNice': 'Nach der Regel von Nizza auswerten',
  'ruleDate.useDoubleMajority': 'Zurück zur doppelten Mehrheit',
  'ruleDate.useExpected': 'Die Regel dieses Datums nehmen: {expected}',
} as const;

export default ruleDateDe;
