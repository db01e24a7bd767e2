/** Eingefügte Positionen (src/ui/members) und über die Zeit verfolgte Dossiers (src/ui/files): am Ende von de.ts eingefügt. */
const filesDe = {
  'paste.open': 'Positionen einfügen…',
  'paste.title': 'Positionen einfügen',
  'paste.intro': 'Ein Mitglied und seine Position pro Zeile, wie in Ihren Notizen oder zwei Tabellenspalten: „Deutschland: dagegen“, „FR pour“, „Italy abstain“. Namen und Codes auf Deutsch, Englisch oder Französisch.',
  'paste.text': 'Positionen, ein Mitglied pro Zeile',
  'paste.changes_one': 'Dies ändert {n} Position:',
  'paste.changes_other': 'Dies ändert {n} Positionen:',
  'paste.noChange': 'Noch nichts zu ändern.',
  'paste.change': '{member}: {from} → {to}',
  'paste.same_one': '{n} eingefügtes Mitglied hat diese Position schon.',
  'paste.same_other': '{n} eingefügte Mitglieder haben diese Position schon.',
  'paste.problems_one': '{n} Zeile wurde nicht verstanden und ändert nichts:',
  'paste.problems_other': '{n} Zeilen wurden nicht verstanden und ändern nichts:',
  'paste.problem.unread': 'Zeile {line} („{text}“): weder ein Mitglied noch eine Position.',
  'paste.problem.member': 'Zeile {line} („{text}“): kein Mitglied heißt „{part}“.',
  'paste.problem.position': 'Zeile {line} („{text}“): „{part}“ ist keine Position (ja, nein, Enthaltung, nimmt nicht teil, unentschieden).',
  'paste.problem.not_member': 'Zeile {line} („{text}“): {member} ist nicht Mitglied dieses Rates.',
  'paste.duplicate': '{member} steht in den Zeilen {lines}: seine Position wird nicht geändert.',
  'paste.apply_one': '{n} Änderung übernehmen',
  'paste.apply_other': '{n} Änderungen übernehmen',
  'paste.cancel': 'Abbrechen',
  'paste.applied_one': '{n} Position aus dem Einfügen geändert. Rückgängig stellt sie wieder her.',
  'paste.applied_other': '{n} Positionen aus dem Einfügen geändert. Rückgängig stellt sie in einem Schritt wieder her.',
} as const;

export default filesDe;
