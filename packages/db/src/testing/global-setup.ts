import type { TestProject } from "vitest/node";
import { startLocalEngine } from "../local/engine.ts";

/** Vitest globalSetup: one in-memory DynamoDB Local per test run, on a free port. */
export default async function setup(project: TestProject) {
  const engine = await startLocalEngine();
  project.provide("dynamoEndpoint", engine.endpoint);
  return () => engine.stop();
}
