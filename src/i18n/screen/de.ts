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
  'files.importRefused': 'Diese Datei konnte nicht importiert werden; nichts wurde geändert.',
  'files.unreadableKept': 'Ein Dossier mit Momentaufnahmen konnte nicht gelesen werden ({why}). Es wurde unverändert beiseitegelegt; exportieren Sie es im Bereich Szenarien.',
  'files.add.open': 'Zu einem Dossier hinzufügen…',
  'files.add.title': 'Das angezeigte Szenario zu einem Dossier hinzufügen',
  'files.add.file': 'Dossier',
  'files.add.new': 'Ein neues Dossier',
  'files.add.name': 'Name des neuen Dossiers',
  'files.add.date': 'Datum dieser Momentaufnahme',
  'files.add.submit': 'Momentaufnahme hinzufügen',
  'files.add.cancel': 'Abbrechen',
  'files.add.done': 'Zu „{name}“ hinzugefügt.',
  'files.add.needName': 'Geben Sie dem neuen Dossier einen Namen.',
  'files.add.needDate': 'Geben Sie der Momentaufnahme ein Datum.',
  'files.figuresInUse': 'Diese Zahlen werden von einer Momentaufnahme des Dossiers „{name}“ verwendet: Entfernen Sie zuerst diese Momentaufnahme.',
  'files.linkOpened': 'Das Dossier „{name}“ aus dem Link ist jetzt unter Ihren Dossiers (Über die Zeit verfolgte Dossiers).',
  'files.linkRefused': 'Dieser Link zu einem Dossier kann nicht geöffnet werden: {why}',
} as const;

export default screenDe;
