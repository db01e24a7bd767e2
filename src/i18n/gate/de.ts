/** Abgelehnte oder beiseitegelegte hinzugefügte Bevölkerungszahlen und alte Links: am Ende von de.ts eingefügt. */
const gateDe = {
  'notice.figuresUnreadable':
    'Ihre hinzugefügten Bevölkerungszahlen {id} konnten nicht gelesen werden ({why}). Sie wurden unverändert beiseitegelegt, zusammen mit jedem gespeicherten Szenario, das sie verwendet; exportieren Sie sie im Bereich der Szenarien.',
  'notice.figuresUnreadableNotKept':
    'Ihre hinzugefügten Bevölkerungszahlen {id} konnten nicht gelesen werden ({why}). Sie konnten nicht beiseitegelegt werden und bleiben, wo sie waren; exportieren Sie Ihre Bibliothek, um Ihre übrige Arbeit zu sichern.',
} as const;

export default gateDe;
