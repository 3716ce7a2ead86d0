// @ts-check
/**
 * Typed, validated reads of the environment. A variable is read when it is used (Strapi loads
 * cms/.env, and first-run setup generates secrets, after this module is imported), and a value
 * that does not parse stops with an EnvError whose message is one line naming the variable and
 * what it expects.
 */
import { variables } from './variables.js';

/**
 * @typedef {'cms' | 'site' | 'scripts'} Part Which part of the project reads a variable.
 * @typedef {'string' | 'url' | 'int' | 'bool' | 'list' | 'enum'} Type
 * @typedef {Readonly<Record<string, unknown>>} AnyEnv
 * @typedef {{
 *   type: Type,
 *   values?: readonly string[],
 *   min?: number,
 *   max?: number,
 *   default?: unknown,
 *   defaultDoc?: string,
 *   secret?: true,
 *   generated?: true,
 *   internal?: true,
 *   readBy: readonly Part[],
 *   group: string,
 *   doc: string,
 * }} Variable
 *   One variable. `default` is a value, or a function of the other variables (SITE_URL follows
 *   SITE_PORT); `defaultDoc` says in words what happens when it is unset and no value stands for
 *   it (TRUST_PROXY follows PUBLIC_URL at the place that reads it). `secret` values are never
 *   printed or written to `.env.example`; `generated` ones are written into cms/.env by first-run
 *   setup; `internal` ones are set by the tools (pnpm), documented but left out of `.env.example`.
 */

/**
 * @template {Variable} V
 * @typedef {V['type'] extends 'int' ? number
 *   : V['type'] extends 'bool' ? boolean
 *   : V['type'] extends 'list' ? string[]
 *   : V extends { type: 'enum', values: readonly (infer E)[] } ? E
 *   : string} Parsed
 */

/**
 * @template {Variable} V
 * @typedef {V extends { default: (env: AnyEnv) => infer R } ? (undefined extends R ? Parsed<V> | undefined : Parsed<V>)
 *   : V extends { default: unknown } ? Parsed<V>
 *   : Parsed<V> | undefined} Value
 */

/** @typedef {typeof variables} Variables */
/** @typedef {keyof Variables} Name */
/** @typedef {{ readonly [N in Name]: Value<Variables[N]> }} Env */

/** A variable whose value does not parse; the message is the whole story, one line. */
export class EnvError extends Error {
  /**
   * @param {string} name
   * @param {string} expected
   * @param {string} [value] left out for secrets
   */
  constructor(name, expected, value) {
    super(`${name}${value === undefined ? ' (value hidden)' : `=${JSON.stringify(value)}`} is not valid: expected ${expected}`);
    this.name = 'EnvError';
  }
}

/**
 * What a variable expects, in words: the end of an EnvError's message.
 * @param {Variable} variable
 */
function expectation(variable) {
  switch (variable.type) {
    case 'string':
      return 'text';
    case 'url':
      return 'an absolute URL, e.g. https://example.org';
    case 'int': {
      const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = variable;
      if (variable.max !== undefined) return `a whole number from ${min} to ${max}`;
      return variable.min === undefined ? 'a whole number' : `a whole number of at least ${min}`;
    }
    case 'bool':
      return 'true or false';
    case 'list':
      return 'a comma-separated list';
    case 'enum':
      return `one of ${(variable.values ?? []).join(', ')}`;
  }
}

/**
 * @param {string} name
 * @param {Variable} variable
 * @param {string} raw
 * @returns {unknown}
 */
function parse(name, variable, raw) {
  const fail = () => new EnvError(name, expectation(variable), variable.secret ? undefined : raw);
  switch (variable.type) {
    case 'string':
      return raw;
    case 'url':
      // A scheme and a host: `localhost:1337` parses as a URL whose scheme is `localhost:`.
      if (!URL.parse(raw)?.host) throw fail();
      return raw;
    case 'int': {
      const number = Number(raw);
      if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(number)) throw fail();
      if (number < (variable.min ?? -Infinity) || number > (variable.max ?? Infinity)) throw fail();
      return number;
    }
    case 'bool': {
      const value = raw.trim().toLowerCase();
      if (value === 'true' || value === '1') return true;
      if (value === 'false' || value === '0') return false;
      throw fail();
    }
    case 'list':
      return raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    case 'enum':
      if (!variable.values?.includes(raw)) throw fail();
      return raw;
  }
}

/**
 * The project's variables read from `source` (the process environment unless given), each
 * parsed when it is used. An empty value counts as unset, as in a copied `.env.example`.
 * @param {Readonly<Record<string, string | undefined>>} [source]
 * @returns {Env}
 */
export function readEnv(source = process.env) {
  /** @type {Record<string, unknown>} */
  const env = {};
  for (const [name, variable] of Object.entries(variables)) {
    Object.defineProperty(env, name, {
      enumerable: true,
      get() {
        /** @type {Variable} */
        const declared = variable;
        const raw = source[name];
        if (raw !== undefined && raw !== '') return parse(name, declared, raw);
        return typeof declared.default === 'function' ? declared.default(env) : declared.default;
      },
    });
  }
  return /** @type {Env} */ (env);
}

/** The process environment, typed. */
export const env = readEnv();

/**
 * One line per variable whose value does not parse, of those `parts` read (all when none are
 * named); none when all parse.
 * @param {readonly Part[]} parts
 * @param {Readonly<Record<string, string | undefined>>} [source]
 */
export function envProblems(parts, source = process.env) {
  const checked = readEnv(source);
  // A Set: a default derived from a bad value (SITE_URL from SITE_PORT) fails with that value's problem.
  /** @type {Set<string>} */
  const problems = new Set();
  for (const [name, variable] of Object.entries(variables)) {
    if (parts.length > 0 && !variable.readBy.some((part) => parts.includes(part))) continue;
    try {
      void checked[/** @type {Name} */ (name)];
    } catch (error) {
      if (!(error instanceof EnvError)) throw error;
      problems.add(error.message);
    }
  }
  return [...problems];
}

/**
 * Stops the process, with one line per problem and no stack trace, when a variable `parts` read
 * (any, when none are named) does not parse. Entry points call it first, so a mistyped value is
 * reported before any work starts.
 * @param {Part[]} parts
 */
export function requireValidEnv(...parts) {
  const problems = envProblems(parts);
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`env: ${problem}`);
  process.exit(1);
}
