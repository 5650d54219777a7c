import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getBuiltinInstrument } from '../../../lib/instruments/builtin';
import type { SurveyResponse } from '../../../lib/instruments/response';
import { toCanonicalCsv } from '../../../lib/io/canonical-csv-writer';
import { toJsonExport } from '../../../lib/io/json-export';

const pulse = getBuiltinInstrument('pulse');
const ofsted = getBuiltinInstrument('ofsted-2011-social-workers');
const profile = { authorityCode: 'E10000001', authorityName: 'Northshire, North', role: 'social_worker' as const, team: 'Team "A"' };

const pulseResponse: SurveyResponse = {
  responseId: 'r-1',
  instrumentId: 'pulse',
  instrumentVersion: '1.0.0',
  submittedAt: '2025-02-12T09:00:00.000Z',
  ...profile,
  answers: { week_overall: 2, workload_manageable: 5, direct_work_time: 1, support_when_needed: 3, emotional_support: 4, decision_confidence: 2, comment: 'Busy week,\nbut "ok"' },
};
const ofstedResponse: SurveyResponse = {
  responseId: 'r-2',
  instrumentId: 'ofsted-2011-social-workers',
  instrumentVersion: '1.0.0',
  submittedAt: '2025-03-01T10:00:00.000Z',
  ...profile,
  answers: { sufficient_time: 9, team_support: 5, three_most_important_support: [1, 4] },
};

describe('canonical CSV export', () => {
  const csv = toCanonicalCsv([pulse, ofsted], [pulseResponse, ofstedResponse]);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true });

  it('has the contract columns first, then one column per item id', () => {
    expect(parsed.meta.fields!.slice(0, 8)).toEqual(['response_id', 'instrument', 'instrument_version', 'submitted_at', 'authority_code', 'authority_name', 'role', 'team']);
    expect(parsed.meta.fields!.slice(8, 15)).toEqual(['week_overall', 'workload_manageable', 'direct_work_time', 'support_when_needed', 'emotional_support', 'decision_confidence', 'comment']);
    expect(parsed.meta.fields).toContain('interagency_communication');
    expect(new Set(parsed.meta.fields).size).toBe(parsed.meta.fields!.length);
  });

  it('writes answers as labels, blanks as empty, and survives commas, quotes and line breaks', () => {
    expect(parsed.errors).toEqual([]);
    const [first, second] = parsed.data;
    expect(first).toMatchObject({
      response_id: 'r-1',
      instrument: 'pulse',
      instrument_version: '1.0.0',
      submitted_at: '2025-02-12T09:00:00.000Z',
      authority_name: 'Northshire, North',
      team: 'Team "A"',
      week_overall: 'Hard',
      workload_manageable: 'Strongly agree',
      direct_work_time: 'Strongly disagree',
      comment: 'Busy week,\nbut "ok"',
      sufficient_time: '',
    });
    expect(second).toMatchObject({
      sufficient_time: "Don't know",
      team_support: 'Strongly agree',
      three_most_important_support: 'Supervision; Support from partner agencies',
      week_overall: '',
    });
  });

  it('refuses a response whose instrument is not exported', () => {
    expect(() => toCanonicalCsv([pulse], [ofstedResponse])).toThrow(/instrument "ofsted-2011-social-workers"/);
  });

  it('leaves the install id out of the JSON export', () => {
    const json = JSON.parse(toJsonExport([{ ...pulseResponse, installId: 'secret-install', week: '2025-W07' }], new Date('2025-03-01T00:00:00Z')));
    expect(json).toEqual({ format: 'frontline-pulse/responses', version: 1, exportedAt: '2025-03-01T00:00:00.000Z', responses: [pulseResponse] });
    expect(JSON.stringify(json)).not.toContain('secret-install');
  });
});
