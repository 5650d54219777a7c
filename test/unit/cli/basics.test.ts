// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../../analysis/cli/main';
import { packageVersion, pulse, pulseProcess, tempDir, writeFile } from './helpers';

const names = ['table', 'trend', 'alpha', 'crosstab', 'themes', 'report', 'import', 'instruments', 'demo'];

describe('pulse: help, exit codes, messages', () => {
  let dir: string;
  let demo: string;
  beforeAll(async () => {
    dir = tempDir();
    demo = `${dir}/demo.csv`;
    expect((await pulse(['demo', '--instrument', 'pulse', '--responses', '60', '--authorities', '3', '-o', demo])).code).toBe(0);
  });

  it('has exactly the commands of the issue, each with --help (exit 0)', async () => {
    expect((await loadCommands()).map((c) => c.name).sort()).toEqual([...names].sort());
    const top = await pulse(['--help']);
    expect(top.code).toBe(0);
    for (const name of names) expect(top.stdout).toContain(`  ${name} `);
    for (const name of names) {
      const help = await pulse([name, '--help']);
      expect(help.code, name).toBe(0);
      expect(help.stdout).toContain(`Usage: pulse ${name}`);
      expect(help.stdout).toContain('--help');
      expect(help.stdout).toContain('Exit status: 0 success, 1 usage error, 2 data error');
      expect((await pulse([name, '-h'])).stdout).toBe(help.stdout);
    }
    expect((await pulse(['help', 'table'])).stdout).toContain('Usage: pulse table');
  });

  it('prints the version from package.json', async () => {
    expect((await pulse(['--version'])).stdout).toBe(`${packageVersion()}\n`);
  });

  it('exits 1 naming the problem: no command, unknown command, unknown option', async () => {
    const none = await pulse([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('missing command');
    const unknown = await pulse(['tabel']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown command "tabel"');
    const option = await pulse(['table', demo, '--instrument', 'pulse', '--bogus']);
    expect(option.code).toBe(1);
    expect(option.stderr).toContain('unknown option --bogus');
    expect(option.stderr).toContain('pulse table --help');
    expect(option.stdout).toBe('');
  });

  it('exits 1 naming a missing argument, a missing option or a missing option value', async () => {
    const file = await pulse(['table', '--instrument', 'pulse']);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('missing argument FILE');
    const instrument = await pulse(['table', demo]);
    expect(instrument.code).toBe(1);
    expect(instrument.stderr).toContain('missing required option --instrument');
    const value = await pulse(['table', demo, '--instrument']);
    expect(value.code).toBe(1);
    expect(value.stderr).toContain('option --instrument needs a value');
    const item = await pulse(['trend', demo, '--instrument', 'pulse']);
    expect(item.code).toBe(1);
    expect(item.stderr).toContain('missing required option --item');
    const extra = await pulse(['table', demo, 'other.csv', '--instrument', 'pulse']);
    expect(extra.code).toBe(1);
    expect(extra.stderr).toContain('unexpected argument "other.csv"');
  });

  it('exits 1 for option values out of range, saying what is allowed', async () => {
    const cases: [string[], string][] = [
      [['table', demo, '--instrument', 'pulse', '--rounding', 'up'], '--rounding must be half-up or largest-remainder, not "up"'],
      [['table', demo, '--instrument', 'pulse', '--format', 'xml'], '--format must be md or json or csv or html, not "xml"'],
      [['table', demo, '--instrument', 'pulse', '--min-group', '2'], 'at least 3'],
      [['table', demo, '--instrument', 'nope'], '--instrument "nope" is neither a built-in instrument'],
      [['table', demo, '--instrument', 'pulse', '--by', 'colour'], 'Cannot break down by "colour"'],
      [['trend', demo, '--instrument', 'pulse', '--item', 'comment'], 'is a text item'],
      [['demo', '--instrument', 'pulse', '--responses', 'many'], '--responses must be a whole number'],
    ];
    for (const [args, message] of cases) {
      const result = await pulse(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
  });

  it('exits 2 for data errors, naming the file, line and column', async () => {
    const missing = await pulse(['table', `${dir}/nowhere.csv`, '--instrument', 'pulse']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${dir}/nowhere.csv: no such file`);

    const lines = (await import('node:fs')).readFileSync(demo, 'utf8').split('\r\n');
    const cells = lines[3]!.split(',');
    cells[9] = 'Sometimes'; // workload_manageable, column J
    lines[3] = cells.join(',');
    const bad = writeFile(dir, 'bad.csv', lines.join('\r\n'));
    const result = await pulse(['table', bad, '--instrument', 'pulse']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}, line 4, column J ("workload_manageable"): unknown answer "Sometimes"`);
    expect(result.stdout).toBe('');
  });

  it('works as a child process through bin/pulse.mjs, with the same exit codes', { timeout: 60_000 }, () => {
    const help = pulseProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: pulse <command>');
    const usage = pulseProcess(['alpha', demo, '--items', 'a,b']);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('missing required option --missing');
    const data = pulseProcess(['table', `${dir}/nowhere.csv`, '--instrument', 'pulse']);
    expect(data.code).toBe(2);
    const ok = pulseProcess(['table', demo, '--instrument', 'pulse', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).format).toBe('frontline-pulse/table');
  });
});
