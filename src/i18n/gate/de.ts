/** Abgelehnte oder beiseitegelegte hinzugefügte Bevölkerungszahlen und alte Links: am Ende von de.ts eingefügt. */
const gateDe = {
  'notice.figuresUnreadable':
    'Ihre hinzugefügten Bevölkerungszahlen {id} konnten nicht gelesen werden ({why}). Sie wurden unverändert beiseitegelegt, zusammen mit jedem gespeicherten Szenario, das sie verwendet; exportieren Sie sie im Bereich der Szenarien.',
  'notice.figuresUnreadableNotKept':
    'Ihre hinzugefügten Bevölkerungszahlen {id} konnten nicht gelesen werden ({why}). Sie konnten nicht beiseitegelegt werden und bleiben, wo sie waren; exportieren Sie Ihre Bibliothek, um Ihre übrige Arbeit zu sichern.',
  'figures.tooLong': 'Dieser Text ist {n} Zeichen lang, mehr als die {max}, die eine Tabelle aus Anhang III braucht: Fügen Sie nur die Tabelle ein oder öffnen Sie nur sie.',
  'figures.tooManyLines': 'Dieser Text hat {n} Zeilen, mehr als die {max}, die eine Tabelle aus Anhang III braucht: Fügen Sie nur die Tabelle ein oder öffnen Sie nur sie.',
  'link.oldFormat':
    'Dieser Link hat ein altes Format ohne Prüfung: Wäre er gekürzt worden, könnte das Geöffnete vom Gesendeten abweichen, ohne dass es jemand merkt. Er enthielt {what}.',
  'link.oldFormat.members': 'die Positionen von {n} Mitgliedern',
  'link.oldFormat.notes': 'Notizen',
  'link.oldFormat.noNotes': 'keine Notizen',
  'link.reshare': 'Link im aktuellen Format kopieren',
  'link.reshared': 'Ein Link im aktuellen Format wurde kopiert.',
} as const;

export default gateDe;
