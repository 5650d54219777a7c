// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { halfUp, pulse, readCsv, sha256, tempDir, writeFile } from './helpers';

describe('pulse themes', () => {
  let dir: string;
  let demo: string;
  let comments: string[];
  beforeAll(async () => {
    dir = tempDir();
    demo = `${dir}/pulse.csv`;
    expect((await pulse(['demo', '--instrument', 'pulse', '--seed', '8', '--responses', '2000', '--authorities', '6', '-o', demo])).code).toBe(0);
    comments = readCsv(demo).map((r) => r.comment!).filter((c) => c.trim() !== '');
  });

  it('counts respondents mentioning each theme of a codebook, as percentages of those who commented', async () => {
    const codebook = writeFile(
      dir,
      'codebook.json',
      JSON.stringify({
        name: 'Test codebook',
        themes: [
          { id: 'supervision', label: 'Supervision', keywords: ['supervision'] },
          { id: 'recording', label: 'Recording', keywords: ['recording'], patterns: ['paper ?work'] },
          { id: 'zebras', label: 'Zebras', keywords: ['zebra*'] },
        ],
      }),
    );
    const result = await pulse(['themes', demo, '--instrument', 'pulse', '--codebook', codebook, '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const commenters = comments.length;
    const mentioning = (word: string) => comments.filter((c) => c.toLowerCase().includes(word)).length;
    expect(json.respondents).toBe(2000);
    expect(json.commenters).toEqual({ suppressed: false, text: null, n: commenters, percent: 100 });
    const [supervision, recording, zebras] = json.themes;
    expect(supervision.total).toEqual({ suppressed: false, text: null, n: mentioning('supervision'), percent: halfUp(mentioning('supervision'), commenters) });
    expect(recording.total.n).toBe(mentioning('recording'));
    // Nobody mentions zebras: below the comment threshold of 10, so not shown (never 0).
    expect(zebras.total).toEqual({ suppressed: true, text: 'fewer than 10 responses', n: null, percent: null });
    expect(json.run.inputs.map((i: { role: string; sha256: string }) => [i.role, i.sha256])).toEqual([
      ['data', sha256(demo)],
      ['codebook', sha256(codebook)],
    ]);
  });

  it('uses the seed themes by default and applies the threshold of 10 per authority', async () => {
    const json = JSON.parse((await pulse(['themes', demo, '--instrument', 'pulse', '--by', 'authority', '--format', 'json'])).stdout);
    expect(json.themes.map((t: { id: string }) => t.id)).toEqual(['workload', 'supervision', 'training', 'emotional_impact', 'direct_work_time', 'peer_support', 'confidence']);
    for (const theme of json.themes) {
      for (const cell of [theme.total, ...theme.groups]) {
        if (cell.suppressed) expect(cell.n).toBeNull();
        else expect(cell.n).toBeGreaterThanOrEqual(10);
      }
    }
    const md = (await pulse(['themes', demo, '--instrument', 'pulse'])).stdout;
    expect(md).toContain('| Supervision |');
    expect((await pulse(['themes', demo, '--instrument', 'pulse'])).stdout).toBe(md);
    // CSV: the same counts as a plain table, and the run record on stderr.
    const csv = await pulse(['themes', demo, '--instrument', 'pulse', '--by', 'authority', '--format', 'csv']);
    const table = readCsv(writeFile(dir, 'themes.csv', csv.stdout));
    const supervision = table.find((row) => row.theme_id === 'supervision' && row.group === '(all)')!;
    expect(supervision.respondents).toBe(String(json.themes[1].total.n ?? ''));
    expect(JSON.parse(csv.stderr)).toMatchObject({ command: 'themes', options: { by: 'authority', format: 'csv', output: null } });
  });

  it('refuses a bad codebook (exit 2, naming the file and the fault) and an instrument without text items (exit 1)', async () => {
    const bad = writeFile(dir, 'bad.json', '{"themes": [{"id": "x", "patterns": ["("]}]}');
    const result = await pulse(['themes', demo, '--instrument', 'pulse', '--codebook', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}, themes[0].patterns[0]: not a regular expression`);
    const none = await pulse(['themes', demo, '--instrument', 'ofsted-2011-social-workers']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('has no free-text items');
  });
});
