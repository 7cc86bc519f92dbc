import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";

/** One clear line when Java is missing, instead of a stack trace from spawn. */
export const JAVA_MISSING =
  "DynamoDB Local needs Java 17+: install it (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`; macOS: `brew install openjdk@17`) and try again.";

export type LocalEngine = { endpoint: string; port: number; stop: () => Promise<void> };

export type LocalEngineOptions = {
  /** Keep data in this folder across restarts; in memory when absent. */
  dataDir?: string;
  port?: number;
};

function emulatorDir() {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("amplify-dynamodb-simulator/package.json")), "emulator");
}

export function assertJava() {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(JAVA_MISSING);
  const major = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (major && Number(major) < 17) throw new Error(JAVA_MISSING);
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Whether nothing listens on the port (an engine already there would otherwise answer our health check). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, { method: "POST" });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer on port ${port} within ${timeoutMs} ms`);
}

/** Starts AWS's DynamoDB Local (the jar shipped in amplify-dynamodb-simulator). */
export async function startLocalEngine(options: LocalEngineOptions = {}): Promise<LocalEngine> {
  assertJava();
  if (options.port !== undefined && !(await isFree(options.port))) {
    throw new Error(`Port ${options.port} is already in use (is UpNest already running?)`);
  }
  const port = options.port ?? (await freePort());
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const storage = options.dataDir ? ["-dbPath", resolve(options.dataDir)] : ["-inMemory"];
  const dir = emulatorDir();
  const child = spawn(
    "java",
    [
      "-Djava.library.path=./DynamoDBLocal_lib",
      "-jar",
      "DynamoDBLocal.jar",
      "-port",
      String(port),
      "-sharedDb",
      ...storage,
    ],
    { cwd: dir, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });
  try {
    await waitForPort(port, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return { endpoint: `http://127.0.0.1:${port}`, port, stop };
}
