/** La règle face à la date du vote (src/ui/shell/RuleDateNotice.tsx) : ajouté à la fin de fr.ts. */
const ruleDateFr = {
  'ruleDate.niceOfDate':
    'Le {date}, la majorité qualifiée était celle des voix pondérées de Nice : au moins 260 voix sur 352 (dans la même proportion des participants) émises par la majorité des membres, et 62 % de la population si un membre le demandait (protocole n° 36, art. 3, par. 3).',
  'ruleDate.niceAvailable':
    'Le {date}, la double majorité s’applique, mais tout membre pouvait demander les voix pondérées de Nice à la place (protocole n° 36, art. 3, par. 2), jusqu’au 31 mars 2017.',
  'ruleDate.niceOnRequest':
    'Voix pondérées de Nice, comme tout membre pouvait le demander le {date} (protocole n° 36, art. 3, par. 2) ; sans une telle demande, la double majorité s’applique.',
  'ruleDate.notOfDate': 'La règle « {rule} » a été choisie à la main : ce n’est pas la règle du {date} (c’est « {expected} »).',
  'ruleDate.useNice': 'Évaluer selon la règle de Nice',
  'ruleDate.useDoubleMajority': 'Revenir à la double majorité',
  'ruleDate.useExpected': 'Prendre la règle de cette date : {expected}',
} as const;

export default ruleDateFr;
