import { describe, expect, it } from 'vitest';
import { listTitle, procedureCode, sentenceCase } from '../../../src/core/votes/titles';
import { voteRecord } from '../../../src/core/votes/corpus';

describe('the record read like a record', () => {
  it('one format for procedure codes, each code of a text naming several', () => {
    expect(['2018/0108 (COD)', '2021/0203(COD)', '2011/901 B (COD)', '2018/0152/A(COD)', '2014/0176 COD', '2020/0353 (COD(']
      .map(procedureCode)).toEqual(['2018/0108(COD)', '2021/0203(COD)', '2011/0901B(COD)', '2018/0152A(COD)', '2014/0176(COD)', '2020/0353(COD)']);
    expect(procedureCode('2016/0370 (CNS) 2016/0372 (NLE)')).toBe('2016/0370(CNS) 2016/0372(NLE)');
  });

  it('one title in sentence case: the mixed-case copy preferred, the capitals one and working notes dropped', () => {
    expect(
      listTitle(
        'DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on periodic roadworthiness tests for motor vehicles and their trailers and repealing Directive 2009/40/EC, DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL ON PERIODIC ROADWORTHINESS TESTS FOR MOTOR VEHICLES AND THEIR TRAILERS AND REPEAL',
        true,
      ),
    ).toBe('Directive of the European Parliament and of the Council on periodic roadworthiness tests for motor vehicles and their trailers and repealing Directive 2009/40/EC');
    expect(listTitle('REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL establishing X COMMON GUIDELINES Consultation deadline: 24.2.2012, REGULATION OF THE')).toBe(
      'Regulation of the European Parliament and of the Council establishing X',
    );
    expect(sentenceCase('DIRECTIVE LAYING DOWN A PROCEDURE')).toBe('Directive laying down a procedure');
    expect(sentenceCase('REGULATION OF THE COUNCIL replacing Annexes A and B to Regulation (EU) 2015/848')).toBe(
      'Regulation of the Council replacing Annexes A and B to Regulation (EU) 2015/848',
    );
    expect(sentenceCase('REGULATION AMENDING REGULATION (EC) NO 110/2008 ON SHOCHU BOTTLED IN JAPAN')).toBe('Regulation amending Regulation (EC) No 110/2008 on shochu bottled in Japan');
  });

  it('no title in the list is left in capitals', () => {
    const shouting = voteRecord().votes.filter((v) => v.title && /[A-Z]{4,} [A-Z]{4,} [A-Z]{4,}/.test(listTitle(v.title))).map((v) => v.id);
    expect(shouting).toEqual([]);
  });
});
