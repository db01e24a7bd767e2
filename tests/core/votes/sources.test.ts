/**
 * Every source a reader is pointed to can be opened on the claim it supports: an article's
 * address, never only a site's home page.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/core/scenario/preset';
import { isSiteRoot, parseReportedVotes } from '../../../src/core/votes/reported';
import { reportedVotes } from '../../../src/core/votes/reportedCorpus';
import reportedFile from '../../../data/votes/reported.json';

describe('sources a reader can open', () => {
  it('a site root is told apart from an article', () => {
    expect(['https://tg24.sky.it/', 'https://maghrebv4.com', 'https://agroportal.pt/'].map(isSiteRoot)).toEqual([true, true, true]);
    expect(['https://cyberwarzone.com/?p=2008', 'https://news.err.ee/1609826358/estonia'].map(isSiteRoot)).toEqual([false, false]);
  });

  it('no source of a reported vote or of a preset is only a site root; each reported source gives its title', () => {
    const roots = [
      ...reportedVotes().votes.flatMap((v) => v.sources.filter((s) => isSiteRoot(s.url) || !s.title).map((s) => `${v.id}: ${s.url}`)),
      ...PRESETS.flatMap((p) => p.sources.filter((s) => isSiteRoot(s.url)).map((s) => `${p.id}: ${s.url}`)),
    ];
    expect(roots).toEqual([]);
  });

  it("the gate refuses a reported vote's source that is a home page", () => {
    const raw = structuredClone(reportedFile) as { votes: { sources: { url: string }[] }[] };
    raw.votes[0]!.sources[0]!.url = 'https://maghrebv4.com/';
    const r = parseReportedVotes(raw);
    expect(r.ok ? null : r.error.message).toMatch(/sources\[0\]\.url must be the article's address, not a site's home page/);
  });
});
