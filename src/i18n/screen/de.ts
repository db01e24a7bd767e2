/** Der erste Bildschirm: Sprunglink, was bis zur Nachfrage eingeklappt ist. */
const screenDe = {
  'skip.members': 'Zum ersten Mitglied springen',
  'preset.about': 'Zu diesem Fall: was geschah, Zahlen und Quellen',
  'scenario.noteFilled': 'Notiz zu diesem Szenario (geschrieben)',
  'datasetNote.about': 'Woher die Zahlen stammen',
} as const;

export default screenDe;
