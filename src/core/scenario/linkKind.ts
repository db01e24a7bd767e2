/** Is this fragment (with or without `#`) a link to a file rather than to a scenario? */
export function isDossierLink(fragment: string): boolean {
  return /^#?file=/.test(fragment);
}
