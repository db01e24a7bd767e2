/** Der erste Bildschirm: Sprunglink, was bis zur Nachfrage eingeklappt ist. */
const screenDe = {
  'skip.members': 'Zum ersten Mitglied springen',
  'scenario.noteFilled': 'Notiz zu diesem Szenario (geschrieben)',
  'datasetNote.about': 'Woher die Zahlen stammen',
  // What a reported vote's source gives.
  // The sections and dialogs of the voting record and of files, on the first screen.
  'votes.heading': 'Abstimmungen im Rat: das öffentliche Abstimmungsregister, 2010–2023',
  'votes.loading': 'Abstimmungsregister wird geladen…',
  'paste.open': 'Positionen einfügen…',
  'files.heading': 'Über die Zeit verfolgte Dossiers',
  'files.loading': 'Dossiers werden geladen…',
  'files.add.open': 'Zu einem Dossier hinzufügen…',
  'files.add.done': 'Zu „{name}“ hinzugefügt.',
  'files.figuresInUse': 'Diese Zahlen werden von einer Momentaufnahme des Dossiers „{name}“ verwendet: Entfernen Sie zuerst diese Momentaufnahme.',
} as const;

export default screenDe;
