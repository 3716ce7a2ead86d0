import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EnvError, envProblems, readEnv, type Variable, variables } from '../index.js';

const declared = Object.entries(variables) as Array<[keyof typeof variables, Variable]>;
const ofType = (type: Variable['type']) => declared.filter(([, variable]) => variable.type === type);

/** The value `name` has when the environment holds only `value` for it. */
const read = (name: keyof typeof variables, value: string) => readEnv({ [name]: value })[name];

/** Values every variable of a type must refuse, whatever its range. */
const BAD: Record<Variable['type'], string[]> = {
  string: [],
  list: [],
  int: ['abc', '1.5', '1e3', '0x10', '12abc', '--1', '99999999999999999999'],
  bool: ['yes', 'no', 'on', 'tru', '2', 'truefalse'],
  url: ['example.org', 'localhost:1337', '/status', 'http://', 'http//example.org'],
  enum: ['mysql', ' ', 'nope'],
};

describe('every declared variable', () => {
  it.each(declared)('%s: its literal default reads back as itself, and its documentation is one line', (name, variable) => {
    expect(variable.doc).not.toMatch(/\n/);
    expect(variable.readBy.length).toBeGreaterThan(0);
    if (variable.default === undefined || typeof variable.default === 'function') return;
    const written = Array.isArray(variable.default) ? variable.default.join(',') : String(variable.default);
    expect(read(name, written)).toEqual(variable.default);
  });

  it.each(declared.filter(([, variable]) => BAD[variable.type].length > 0))(
    '%s refuses values that are not of its type, naming itself and what it expects',
    (name, variable) => {
      for (const value of [...BAD[variable.type], ...(variable.type === 'enum' ? (variable.values ?? []).map((allowed) => allowed.toUpperCase()) : [])]) {
        expect(() => read(name, value), value).toThrow(EnvError);
        expect(() => read(name, value), value).toThrow(new RegExp(`^${name}(=| \\(value hidden\\)).* is not valid: expected .+$`));
      }
    },
  );

  it.each(declared)('%s counts an empty value as unset', (name) => {
    expect(read(name, '')).toEqual(readEnv({})[name]);
  });
});

describe('parsing', () => {
  it('whole numbers, within their range', () => {
    expect(read('PORT', '8080')).toBe(8080);
    expect(read('PORT', ' 8080 ')).toBe(8080);
    expect(read('PORT', '0')).toBe(0);
    expect(() => read('PORT', '65536')).toThrow('PORT="65536" is not valid: expected a whole number from 0 to 65535');
    expect(() => read('PORT', '-1')).toThrow('expected a whole number from 0 to 65535');
    expect(() => read('LISTING_FIRST_CARDS', '0')).toThrow('LISTING_FIRST_CARDS="0" is not valid: expected a whole number of at least 1');
    for (const [name, variable] of ofType('int')) {
      if (variable.min !== undefined) expect(() => read(name, String(variable.min - 1))).toThrow(EnvError);
      if (variable.max !== undefined) expect(() => read(name, String(variable.max + 1))).toThrow(EnvError);
    }
  });

  it('booleans: true/false or 1/0, in any case', () => {
    for (const [name] of ofType('bool')) {
      for (const value of ['true', 'TRUE', 'True', '1']) expect(read(name, value)).toBe(true);
      for (const value of ['false', 'FALSE', '0']) expect(read(name, value)).toBe(false);
    }
    expect(() => read('CRON_ENABLED', 'yes')).toThrow('CRON_ENABLED="yes" is not valid: expected true or false');
  });

  it('enums: exactly one of the values', () => {
    expect(read('DATABASE_CLIENT', 'postgres')).toBe('postgres');
    expect(() => read('DATABASE_CLIENT', 'mysql')).toThrow('DATABASE_CLIENT="mysql" is not valid: expected one of sqlite, postgres');
  });

  it('URLs: a scheme and a host', () => {
    expect(read('STRAPI_URL', 'http://cms.internal:1337/')).toBe('http://cms.internal:1337/');
    expect(() => read('STRAPI_URL', 'cms.internal')).toThrow('STRAPI_URL="cms.internal" is not valid: expected an absolute URL, e.g. https://example.org');
  });

  it('lists: comma-separated, trimmed, without empty items', () => {
    expect(read('CORS_ORIGINS', ' https://a.example , https://b.example,,')).toEqual(['https://a.example', 'https://b.example']);
  });

  it('never repeats a secret in its message', () => {
    expect(() => read('DATABASE_URL', 'pa55word-not-a-url')).toThrow(
      'DATABASE_URL (value hidden) is not valid: expected an absolute URL, e.g. https://example.org',
    );
    const secret = 'S3cret-pa55word';
    for (const [name] of declared.filter(([, variable]) => variable.secret && BAD[variable.type].length > 0)) {
      const error = (() => {
        try {
          read(name, secret);
        } catch (thrown) {
          return thrown as Error;
        }
      })();
      expect(error, name).toBeInstanceOf(EnvError);
      expect(error?.message).not.toContain(secret);
    }
  });
});

describe('defaults', () => {
  it('follow the variables they derive from, and stand back for a set value', () => {
    expect(readEnv({}).SITE_URL).toBe('http://localhost:4321');
    expect(readEnv({ SITE_PORT: '5000' }).SITE_URL).toBe('http://localhost:5000');
    expect(readEnv({}).PREVIEW_URL).toBe('http://localhost:4323');
    expect(readEnv({}).CORS_ORIGINS).toEqual(['http://localhost:4321']);
    expect(readEnv({ SITE_URL: 'https://dyd.example' }).CORS_ORIGINS).toEqual(['https://dyd.example']);
    expect(readEnv({}).SITE_STATUS_URL).toBeUndefined();
    expect(readEnv({ SITE_REBUILD_URL: 'http://127.0.0.1:4322/hooks/strapi' }).SITE_STATUS_URL).toBe('http://127.0.0.1:4322/status');
    expect(readEnv({ SITE_REBUILD_URL: 'http://127.0.0.1:4322/hooks/strapi', SITE_STATUS_URL: 'http://s.example/x' }).SITE_STATUS_URL).toBe(
      'http://s.example/x',
    );
  });

  it('are read when used, so values set later (cms/.env loaded by Strapi) count', () => {
    const source: Record<string, string> = {};
    const env = readEnv(source);
    expect(env.PORT).toBe(1337);
    source.PORT = '2000';
    expect(env.PORT).toBe(2000);
  });
});

describe('checking a part', () => {
  it('lists one line per bad value among the variables that part reads', () => {
    const source = { PORT: 'abc', DATABASE_CLIENT: 'mysql', LISTING_FIRST_CARDS: 'many' };
    expect(envProblems(['cms'], source)).toEqual([
      'PORT="abc" is not valid: expected a whole number from 0 to 65535',
      'DATABASE_CLIENT="mysql" is not valid: expected one of sqlite, postgres',
    ]);
    expect(envProblems(['site'], source)).toEqual(['LISTING_FIRST_CARDS="many" is not valid: expected a whole number of at least 1']);
    expect(envProblems([], source)).toHaveLength(3);
    expect(envProblems([], {})).toEqual([]);
    // SITE_URL's default comes from SITE_PORT: its problem is told once.
    expect(envProblems(['site'], { SITE_PORT: 'abc' })).toEqual(['SITE_PORT="abc" is not valid: expected a whole number from 0 to 65535']);
  });

  it('stops a process with those lines and no stack trace', () => {
    const script = "import('@pioneers/env').then(({ requireValidEnv }) => { requireValidEnv('cms'); console.log('went on'); })";
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['-e', script], { cwd: import.meta.dirname, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
    const bad = run({ PORT: 'abc' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('env: PORT="abc" is not valid: expected a whole number from 0 to 65535\n');
    const good = run({ PORT: '1338' });
    expect(good.stderr).toBe('');
    expect(good.stdout).toBe('went on\n');
  });
});
