import { fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resetStore, useStore } from '../../../src/state/store';
import { AddFigures } from '../../../src/ui/figures/AddFigures';

beforeEach(resetStore);

const table = () => screen.getByLabelText('Annex III table') as HTMLTextAreaElement;
const paste = (text: string) => fireEvent.paste(table(), { clipboardData: { getData: () => text } });

describe('Add official figures', () => {
  it('refuses a paste too long for a table before it reaches the box; a table still goes in', async () => {
    render(<AddFigures />);
    fireEvent.click(screen.getByRole('button', { name: 'Add official figures…' }));
    await screen.findByLabelText('Annex III table'); // the dialog's code loads when first opened
    expect(paste('x'.repeat(5_000_000))).toBe(false); // default prevented: nothing inserted
    expect(screen.getByRole('alert').textContent).toMatch(/This text is 5,000,000 characters long, more than the 100,000/);
    expect(paste('\n'.repeat(100_000))).toBe(false);
    expect(screen.getByRole('alert').textContent).toMatch(/100,001 lines, more than the 5,000/);
    // Typed or dropped in some other way: refused the same, the box keeps what it had.
    fireEvent.change(table(), { target: { value: 'y'.repeat(100_001) } });
    expect(table().value).toBe('');
    const text = readFileSync('tests/fixtures/annex/fictitious-2031-en.txt', 'utf8');
    expect(paste(text)).toBe(true);
    fireEvent.change(table(), { target: { value: text } });
    expect(table().value).toBe(text);
  });

  it('refuses a decision longer than the links and files carrying it would accept', async () => {
    render(<AddFigures />);
    fireEvent.click(screen.getByRole('button', { name: 'Add official figures…' }));
    await screen.findByLabelText('Annex III table'); // the dialog's code loads when first opened
    fireEvent.change(table(), { target: { value: readFileSync('tests/fixtures/annex/fictitious-2031-en.txt', 'utf8') } });
    fireEvent.change(screen.getByLabelText('Applies from'), { target: { value: '2031-01-01' } });
    fireEvent.change(screen.getByLabelText('Council decision'), { target: { value: `Council Decision ${'x'.repeat(450)}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Check and add' }));
    expect(screen.getByRole('alert').textContent).toMatch(/The Council decision is 467 characters long, more than the 400 kept/);
    expect(useStore.getState().addedDatasets).toEqual([]);
  });
});
