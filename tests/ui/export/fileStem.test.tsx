import { fileStem } from '../../../src/ui/export/download';

describe('a file name from a scenario name', () => {
  it('keeps letters, digits and dashes, and cuts a long name between words', () => {
    expect(fileStem('CSA Regulation (“chat control”): before the planned 14 October 2025 vote')).toBe('CSA-Regulation-chat-control-before-the-planned-14-October');
    expect(fileStem('Écluse: Zürich 2024')).toBe('Ecluse-Zurich-2024');
    expect(fileStem('x'.repeat(80))).toBe('x'.repeat(60));
    expect(fileStem('  ')).toBe('council-vote');
    expect(fileStem(undefined)).toBe('council-vote');
  });
});
