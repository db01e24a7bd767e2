/** Positions collées (src/ui/members) et dossiers suivis dans le temps (src/ui/files) : ajouté à la fin de fr.ts. */
const filesFr = {
  'paste.open': 'Coller des positions…',
  'paste.title': 'Coller des positions',
  'paste.intro': 'Un membre et sa position par ligne, comme dans vos notes ou deux colonnes d’un tableur : « Allemagne : contre », « FR pour », « Italy abstain ». Noms et codes en français, anglais ou allemand.',
  'paste.text': 'Positions, un membre par ligne',
  'paste.changes_one': 'Ceci change {n} position :',
  'paste.changes_other': 'Ceci change {n} positions :',
  'paste.noChange': 'Rien à changer pour l’instant.',
  'paste.change': '{member} : {from} → {to}',
  'paste.same_one': '{n} membre collé a déjà cette position.',
  'paste.same_other': '{n} membres collés ont déjà cette position.',
  'paste.problems_one': '{n} ligne n’a pas été comprise et ne change rien :',
  'paste.problems_other': '{n} lignes n’ont pas été comprises et ne changent rien :',
  'paste.problem.unread': 'Ligne {line} (« {text} ») : ni un membre ni une position.',
  'paste.problem.member': 'Ligne {line} (« {text} ») : aucun membre ne s’appelle « {part} ».',
  'paste.problem.position': 'Ligne {line} (« {text} ») : « {part} » n’est pas une position (pour, contre, abstention, ne participe pas, indécis).',
  'paste.problem.not_member': 'Ligne {line} (« {text} ») : {member} n’est pas membre de ce Conseil.',
  'paste.duplicate': '{member} est nommé aux lignes {lines} : sa position n’est pas changée.',
  'paste.apply_one': 'Appliquer {n} changement',
  'paste.apply_other': 'Appliquer {n} changements',
  'paste.cancel': 'Annuler',
  'paste.applied_one': '{n} position changée par le collage. Annuler la rétablit.',
  'paste.applied_other': '{n} positions changées par le collage. Annuler les rétablit en une fois.',
} as const;

export default filesFr;
