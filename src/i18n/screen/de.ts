/** Der erste Bildschirm: Sprunglink, was bis zur Nachfrage eingeklappt ist. */
const screenDe = {
  'skip.members': 'Zum ersten Mitglied springen',
  'preset.about': 'Zu diesem Fall: was geschah, Zahlen und Quellen',
  'scenario.noteFilled': 'Notiz zu diesem Szenario (geschrieben)',
  'datasetNote.about': 'Woher die Zahlen stammen',
  // What a reported vote's source gives.
  'source.supports.positions': 'Positionen',
  'source.supports.positionsAndOutcome': 'Positionen und Ergebnis',
  'source.supports.shares': 'Zahl der Mitglieder und Bevölkerungsanteil dafür',
} as const;

export default screenDe;
