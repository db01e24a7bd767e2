import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemberList } from '../../../src/ui/members/MemberList';
import PresetPanel from '../../../src/ui/scenarios/PresetPanel';
import { PrintSheet } from '../../../src/ui/export/PrintSheet';
import { uniformScenario } from '../../../src/core/scenario/scenario';
import { resetStore, useStore } from '../../../src/state/store';
import { loadCatalogue } from '../../../src/i18n/locales';
import type { CountryCode } from '../../../src/core/rules/countries';

beforeEach(resetStore);

const row = (name: string) => screen.getByRole('radiogroup', { name }).closest('li')!;

describe('a member note written for another position', () => {
  it('is kept, and the row says which position it was written for, until the note is edited', async () => {
    render(<MemberList />);
    const de = row('Germany');
    await userEvent.click(within(de).getByRole('radio', { name: 'No' }));
    await userEvent.click(within(de).getByRole('button', { name: 'Add note on Germany' }));
    await userEvent.type(within(de).getByRole('textbox', { name: 'Note on Germany' }), 'Against{Enter}');
    expect(within(row('Germany')).getByText('Against')).toBeInTheDocument();
    expect(within(row('Germany')).queryByText(/Written for/)).not.toBeInTheDocument();

    await userEvent.click(within(row('Germany')).getByRole('radio', { name: 'Yes' }));
    expect(within(row('Germany')).getByText('Against')).toBeInTheDocument();
    expect(within(row('Germany')).getByText('Written for “No”')).toHaveAttribute('title', expect.stringMatching(/written when Germany was set to “No”/));

    await userEvent.click(within(row('Germany')).getByRole('button', { name: 'Edit note on Germany' }));
    await userEvent.type(within(row('Germany')).getByRole('textbox', { name: 'Note on Germany' }), ' no longer{Enter}');
    expect(within(row('Germany')).getByText('Against no longer')).toBeInTheDocument();
    expect(within(row('Germany')).queryByText(/Written for/)).not.toBeInTheDocument();
  }, 30_000);

  it('is marked in French too', async () => {
    await loadCatalogue('fr');
    act(() => {
      useStore.getState().localeChosen('fr');
      useStore.getState().positionSet('DE' as CountryCode, 'no');
      useStore.getState().memberNoteSet('DE' as CountryCode, 'Contre.');
      useStore.getState().positionSet('DE' as CountryCode, 'abstain');
    });
    render(<MemberList />);
    expect(within(row('Allemagne')).getByText('Écrite pour « Contre »')).toBeInTheDocument();
  });
});

describe('the print sheet', () => {
  it('marks a note written for another position in the table of positions', () => {
    const s = { ...uniformScenario('council-2025', 'yes'), memberNotes: { DE: { text: 'Against.', position: 'no' }, FR: { text: 'In favour.', position: 'yes' } } } as const;
    const { container } = render(<PrintSheet scenario={s} order="protocol" />);
    const cells = [...container.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toContain('Written for “No”: Against.');
    expect(cells).toContain('In favour.');
  });
});

describe('the preset panel', () => {
  it('lists the sources as links titled as published, opening safely in a new tab', async () => {
    render(<PresetPanel />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Real cases and teaching cases' }), 'csa-2025-10-08');
    const sources = screen.getByRole('list', { name: 'Sources' });
    expect(sources).toHaveAttribute('lang', 'en');
    const links = within(sources).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Golem.de (German): no majority, EU negotiations on chat control fail for now',
      'ERR News: Estonia opposed to EU plan to monitor private chats online',
      'Cloudwards (campaign tracker): proposed EU chat-control regulation loses key German support',
    ]);
    for (const a of links) {
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(screen.queryByText(/scenarios\.md|<https?:/)).not.toBeInTheDocument();
    // The scenario opened keeps the sources by title, not as raw addresses.
    expect(useStore.getState().scenario.note).toMatch(/Sources: Golem\.de \(German\)/);
    expect(useStore.getState().scenario.note).not.toMatch(/https?:/);
  });

  it('shows the title, summary and what-if in French, and opens the copy in French', async () => {
    await loadCatalogue('fr');
    act(() => useStore.getState().localeChosen('fr'));
    render(<PresetPanel />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Cas réels et cas d’école' }), 'eu-mercosur-2026-01-09');
    expect(screen.getByRole('option', { name: 'Accord UE-Mercosur : décisions autorisant la signature, 9 janvier 2026' })).toBeInTheDocument();
    expect(screen.getByText(/^Le Conseil a autorisé la signature/)).toBeInTheDocument();
    expect(useStore.getState().scenario.name).toBe('Accord UE-Mercosur : décisions autorisant la signature, 9 janvier 2026');
    expect(useStore.getState().scenario.memberNotes?.IT?.text).toBe('Passée au oui à la dernière minute, ce qui a été décrit comme décisif. Fiabilité : moyenne.');
    await userEvent.click(screen.getByRole('button', { name: 'Et si l’Italie était restée contre ?' }));
    expect(useStore.getState().scenario.positions.IT).toBe('no');
  });
});
