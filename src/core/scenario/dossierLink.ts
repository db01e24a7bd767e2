/**
 * A file of snapshots in a link: `file=1&z=<deflate-raw, base64url>&c=<CRC-32>` after the `#`,
 * read back through the same file gate as an imported file. A file too long for a link that mail
 * programs and chat apps pass on whole is not put in one: the user exports it instead.
 */
import { crc32Hex, deflate, fromBase64Url, inflate, isBase64Url, toBase64Url } from './linkBytes';
import { dossierJson, type Dossier } from './dossier';
import { restoreDossier } from './dossierGate';
import { err, type Result } from '../result';

export const DOSSIER_LINK_VERSION = 1;
/** Longer addresses are cut by some mail programs and chat apps; beyond this, export the file. */
export const DOSSIER_LINK_MAX = 8000;
const UNPACKED_MAX = 4 << 20;

const refused = (why: string): Result<never> => err({ code: 'link.invalid', message: `This link to a file cannot be opened: ${why}` });

export { isDossierLink } from './linkKind';

/**
 * The fragment (without `#`) that carries the file, or null when it would be longer than
 * {@link DOSSIER_LINK_MAX} characters.
 * @example await encodeDossierLink(file) // "file=1&z=q1ZKSSxJ…&c=1c291ca3"
 */
export async function encodeDossierLink(d: Dossier): Promise<string | null> {
  const bytes = new TextEncoder().encode(JSON.stringify(dossierJson(d)));
  const fragment = `file=${DOSSIER_LINK_VERSION}&z=${toBase64Url(await deflate(bytes))}&c=${crc32Hex(bytes)}`;
  return fragment.length <= DOSSIER_LINK_MAX ? fragment : null;
}

/**
 * Reads a link to a file back, through the file gate (every snapshot through the scenario gate),
 * or says what is wrong with it. A damaged or cut link opens nothing.
 * @example await decodeDossierLink('#file=1&z=…&c=…')
 */
export async function decodeDossierLink(fragment: string): Promise<Result<Dossier>> {
  const params = new Map<string, string>();
  for (const part of fragment.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at > 0) params.set(part.slice(0, at), part.slice(at + 1));
  }
  if (params.get('file') !== String(DOSSIER_LINK_VERSION)) return refused(`version "${params.get('file') ?? ''}" is not known.`);
  const z = params.get('z');
  const c = params.get('c');
  if (!z || !isBase64Url(z)) return refused('it was cut short or damaged.');
  if (!c || !/^[0-9a-f]{8}$/.test(c)) return refused('it was cut short (its checksum is missing).');
  const unpacked = await inflate(fromBase64Url(z), UNPACKED_MAX);
  if (unpacked.tooLarge) return refused('it unpacks to far more than any file needs.');
  if (!unpacked.complete || crc32Hex(unpacked.bytes) !== c) return refused('it is damaged (its checksum does not match), so nothing in it can be trusted.');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(unpacked.bytes));
  } catch {
    return refused('the file in it is garbled.');
  }
  const d = restoreDossier(raw);
  return d.ok ? d : refused(d.error.message);
}
