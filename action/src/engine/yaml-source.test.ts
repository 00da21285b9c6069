import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseYaml, type PathSegment, type YamlFile, type YamlPlaces } from './yaml-source.ts';

function parsed(text: string): YamlFile {
  const result = parseYaml('release.yml', text);
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.problems)}`);
  return result.yaml;
}

function problems(text: string) {
  const result = parseYaml('release.yml', text);
  if (result.ok) throw new Error('parsed, but should not have');
  return result.problems.map(({ message, line, column }) => ({ message, line, column }));
}

describe('parseYaml', () => {
  it('keeps the place of keys and values', () => {
    const yaml = parsed('product: pay\nsignoffs:\n  - role: qa-lead\n    by: "@bob"\n');
    expect(yaml.locate(['signoffs', 0, 'by'])).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 15 });
    expect(yaml.locate(['signoffs', 0, 'by'], 'key')).toMatchObject({ line: 4, column: 5 });
    expect(yaml.locate(['product'], 'key')).toMatchObject({ line: 1, column: 1 });
  });

  it('places a missing key on the nearest parent that exists', () => {
    const yaml = parsed('product: pay\nrollback:\n  tested: true\n');
    expect(yaml.locate(['rollback', 'plan'])).toMatchObject({ line: 2, column: 1 });
    expect(yaml.locate(['nothing'])).toMatchObject({ line: 1, column: 1 });
    expect(yaml.has(['rollback', 'plan'])).toBe(false);
    expect(yaml.has(['rollback', 'tested'])).toBe(true);
  });

  it('keeps the source of a number written where a string belongs', () => {
    const yaml = parsed('version: 1.10\n');
    expect(yaml.data).toEqual({ version: 1.1 });
    expect(yaml.sourceOf(['version'])).toBe('1.10');
  });

  it('reports duplicate keys at the second one', () => {
    expect(problems('a: 1\nb: 2\na: 3\n')).toEqual([
      { message: 'duplicate key: this key is already set earlier in the same mapping', line: 3, column: 1 },
    ]);
  });

  it('refuses several documents, pointing at the second', () => {
    expect(problems('a: 1\n---\nb: 2\n')).toEqual([
      { message: 'the file holds 2 YAML documents; it must hold exactly one', line: 2, column: 1 },
    ]);
  });

  it('refuses tabs used for indentation', () => {
    expect(problems('a:\n\tb: 1\n')[0]).toMatchObject({
      message: 'a tab is used for indentation; YAML allows only spaces',
      line: 2,
    });
  });

  it('stops an alias bomb at the first alias', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const found = problems(`${lines.join('\n')}\n`);
    expect(found).toEqual([
      {
        message: 'aliases expand past the limit of 100 (a YAML "billion laughs" shape)',
        line: 2,
        column: 10,
      },
    ]);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(problems(deep)[0]).toMatchObject({ message: 'nesting is deeper than 64 levels', line: 1 });
  });

  it('gives null for an empty file or one with only comments', () => {
    expect(parsed('').data).toBeNull();
    expect(parsed('# nothing here\n').data).toBeNull();
  });

  it('keeps __proto__ as a plain key and pollutes nothing', () => {
    const yaml = parsed('__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n');
    expect(Object.keys(yaml.data as object)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(yaml.data)).toBe(Object.prototype);
  });

  it('counts lines the same with CRLF line ends', () => {
    const yaml = parsed('product: pay\r\nversion: "1.0.0"\r\n');
    expect(yaml.locate(['version'])).toMatchObject({ line: 2, column: 10 });
  });
});

describe('parseYaml on hostile input', () => {
  it('refuses a megabyte of `[` as it reads, at the first level past the limit', () => {
    const started = performance.now();
    expect(problems('['.repeat(1024 * 1024))).toEqual([
      { message: 'nesting is deeper than 64 levels', line: 1, column: 66 },
    ]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses deep block and flow mappings and sequences the same way', () => {
    expect(problems('{a: '.repeat(256 * 1024))).toEqual([
      { message: 'nesting is deeper than 64 levels', line: 1, column: 261 },
    ]);
    expect(problems('- '.repeat(512 * 1024))).toEqual([
      { message: 'nesting is deeper than 64 levels', line: 1, column: 131 },
    ]);
    const indented = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(problems(indented)).toEqual([
      { message: 'nesting is deeper than 64 levels', line: 66, column: 131 },
    ]);
  });

  it('measures depth before composing: other problems of a file too deep are not looked for', () => {
    // Composing would report the duplicate key; the depth check stops before it.
    expect(problems(`a: 1\na: 2\nb: ${'['.repeat(100)}\n`)).toEqual([
      { message: 'nesting is deeper than 64 levels', line: 3, column: 68 },
    ]);
  });

  it('refuses a %YAML directive for a version other than 1.2, at the directive', () => {
    expect(problems('# release\n%YAML 1.1\n---\nenabled: on\n')).toEqual([
      {
        message:
          '`%YAML 1.1` asks for a YAML version other than 1.2; only YAML 1.2 is read (1.1 reads on, no and dates differently)',
        line: 2,
        column: 1,
      },
    ]);
    expect(parsed('%YAML 1.2\n---\nenabled: on\n').data).toEqual({ enabled: 'on' });
  });
});

describe('the compact places of a parsed file', () => {
  /** Every path of the data, each also with a segment that is missing and with numbers as strings. */
  function pathsOf(data: unknown, prefix: PathSegment[] = []): PathSegment[][] {
    const out: PathSegment[][] = [prefix, [...prefix, 'missing'], [...prefix, 0], [...prefix, 99]];
    if (Array.isArray(data)) {
      data.forEach((item, i) => {
        out.push([...prefix, String(i)], [...prefix, -0], [...prefix, i + 0.5]);
        out.push(...pathsOf(item, [...prefix, i]));
      });
    } else if (typeof data === 'object' && data !== null) {
      for (const [key, value] of Object.entries(data)) out.push(...pathsOf(value, [...prefix, key]));
    }
    return out;
  }

  // The examples that parse (some are broken on purpose).
  const examples = readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yml'))
    .map((file) => readFileSync(`examples/${file}`, 'utf8'))
    .filter((text) => parseYaml('release.yml', text).ok);
  const shapes = [
    '',
    '# only a comment\n',
    'just a scalar\n',
    '- a\n- [b, c]\n- { d: 1 }\n- [e: 1]\n-\n',
    'a: &x { b: 1, c: [1, 2] }\nd: *x\ne: [*x]\n',
    '1: one\n"1": quoted one\nnull: n\ntrue: t\n',
    'a:\nb: ~\nc: !!str 3\nd: "x"\ne: |\n  block\n  text\nf:\n  - \n  - g: { h: [ { i: 1 } ] }\n',
    'product: pay\r\nsignoffs:\r\n  - role: qa-lead\r\n    by: "@bob"\r\n',
    '  indented: 1\n  second: { deep: { deeper: x } }\n',
    'ünïcode: "ökay"\n😀: emoji\nkey: value # comment\n',
    // Past 64 KiB the table takes 32-bit numbers.
    `a: ~\npad: "${'x'.repeat(70_000)}"\nafter: { k: [1, { m: ~ }] }\nlast:\n`,
  ];

  it('answers every path as the parsed document does', () => {
    for (const text of [...examples, ...shapes]) {
      const yaml = parsed(text);
      const places = yaml.places();
      const answers = (file: YamlPlaces) =>
        pathsOf(yaml.data).map((path) => [path, file.locate(path, 'key'), file.locate(path), file.has(path)]);
      expect(answers(places), text).toEqual(answers(yaml));
    }
  });
});
