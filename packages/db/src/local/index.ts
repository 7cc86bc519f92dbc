export type { LocalEngine, LocalEngineOptions } from "./engine.ts";
export { assertJava, freePort, JAVA_MISSING, startLocalEngine } from "./engine.ts";
