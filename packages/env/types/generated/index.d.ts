export { variables } from "./variables.js";
export type Env = import("./read.js").Env;
export type Part = import("./read.js").Part;
export type Variable = import("./read.js").Variable;
export { EnvError, env, envProblems, readEnv, requireValidEnv } from "./read.js";
