import { dossierFile, type Dossier } from '../../../src/core/scenario/dossier';
import { decodeDossierLink, DOSSIER_LINK_MAX, encodeDossierLink, isDossierLink } from '../../../src/core/scenario/dossierLink';
import { SHIPPED_DOSSIERS, shippedDossier } from '../../../src/core/scenario/shippedDossiers';

const csa = shippedDossier(SHIPPED_DOSSIERS[0]!);

describe('a file in a link', () => {
  it('carries the CSA Regulation whole and reads it back through the file gate', async () => {
    const link = await encodeDossierLink(csa);
    expect(link).not.toBeNull();
    expect(isDossierLink(`#${link}`)).toBe(true);
    const back = await decodeDossierLink(`#${link}`);
    expect(back.ok && dossierFile(back.value)).toBe(dossierFile(csa));
  });

  it('opens nothing from a damaged or cut link, and says why', async () => {
    const link = (await encodeDossierLink(csa))!;
    const flipped = link.replace(/z=(.)/, (_, ch: string) => `z=${ch === 'A' ? 'B' : 'A'}`);
    expect(await decodeDossierLink(flipped)).toMatchObject({ ok: false, error: { code: 'link.invalid' } });
    expect(await decodeDossierLink(link.slice(0, link.indexOf('&c=')))).toMatchObject({ ok: false, error: { message: expect.stringContaining('cut short') } });
  });

  it('is not made when the file is too long for a link', async () => {
    // Notes that do not compress: letters from a fixed pseudo-random sequence.
    let seed = 7;
    const noise = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26))).join('');
    const many: Dossier = { ...csa, snapshots: csa.snapshots.map((s) => ({ ...s, scenario: { ...s.scenario, note: noise(4000) } })) };
    expect(JSON.stringify(many).length).toBeGreaterThan(DOSSIER_LINK_MAX);
    expect(await encodeDossierLink(many)).toBeNull();
  });
});
