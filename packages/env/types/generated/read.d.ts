/**
 * The project's variables read from `source` (the process environment unless given), each
 * parsed when it is used. An empty value counts as unset, as in a copied `.env.example`.
 * @param {Readonly<Record<string, string | undefined>>} [source]
 * @returns {Env}
 */
export function readEnv(source?: Readonly<Record<string, string | undefined>>): Env;
/**
 * One line per variable whose value does not parse, of those `parts` read (all when none are
 * named); none when all parse.
 * @param {readonly Part[]} parts
 * @param {Readonly<Record<string, string | undefined>>} [source]
 */
export function envProblems(parts: readonly Part[], source?: Readonly<Record<string, string | undefined>>): string[];
/**
 * Stops the process, with one line per problem and no stack trace, when a variable `parts` read
 * (any, when none are named) does not parse. Entry points call it first, so a mistyped value is
 * reported before any work starts.
 * @param {Part[]} parts
 */
export function requireValidEnv(...parts: Part[]): void;
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
    constructor(name: string, expected: string, value?: string);
}
/** The process environment, typed. */
export const env: Env;
/**
 * Which part of the project reads a variable.
 */
export type Part = "cms" | "site" | "scripts";
export type Type = "string" | "url" | "int" | "bool" | "list" | "enum";
export type AnyEnv = Readonly<Record<string, unknown>>;
/**
 * One variable. `default` is a value, or a function of the other variables (SITE_URL follows
 * SITE_PORT); `defaultDoc` says in words what happens when it is unset and no value stands for
 * it (TRUST_PROXY follows PUBLIC_URL at the place that reads it). `secret` values are never
 * printed or written to `.env.example`; `generated` ones are written into cms/.env by first-run
 * setup; `internal` ones are set by the tools (pnpm), documented but left out of `.env.example`.
 */
export type Variable = {
    type: Type;
    values?: readonly string[];
    min?: number;
    max?: number;
    default?: unknown;
    defaultDoc?: string;
    secret?: true;
    generated?: true;
    internal?: true;
    readBy: readonly Part[];
    group: string;
    doc: string;
};
export type Parsed<V extends Variable> = V["type"] extends "int" ? number : V["type"] extends "bool" ? boolean : V["type"] extends "list" ? string[] : V extends {
    type: "enum";
    values: readonly (infer E)[];
} ? E : string;
export type Value<V extends Variable> = V extends {
    default: (env: AnyEnv) => infer R;
} ? (undefined extends R ? Parsed<V> | undefined : Parsed<V>) : V extends {
    default: unknown;
} ? Parsed<V> : Parsed<V> | undefined;
export type Variables = typeof variables;
export type Name = keyof Variables;
export type Env = { readonly [N in Name]: Value<Variables[N]>; };
import { variables } from './variables.js';
