// @ts-check
/** The project's environment: `env.PORT` is a number, `env.DATABASE_CLIENT` 'sqlite' | 'postgres'. */
export { EnvError, env, envProblems, readEnv, requireValidEnv } from './read.js';
export { variables } from './variables.js';

/**
 * @typedef {import('./read.js').Env} Env
 * @typedef {import('./read.js').Part} Part
 * @typedef {import('./read.js').Variable} Variable
 */
