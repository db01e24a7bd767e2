/** Browser-side file output: a download, or the clipboard. */

export function download(filename: string, data: string | Blob, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A file name from a scenario name: letters, digits and dashes only, at most 60, cut between words. */
export function fileStem(name: string | undefined): string {
  const full = (name ?? '').normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '');
  const stem = full.length > 60 ? full.slice(0, 61).replace(/-[^-]*$/, '').slice(0, 60) : full;
  return stem || 'council-vote';
}
