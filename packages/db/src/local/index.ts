export { assertJava, freePort, JAVA_MISSING, startLocalEngine } from "./engine.ts";
export type { LocalEngine, LocalEngineOptions } from "./engine.ts";
