/**
 * `npm start` stops whole: npm runs scripts/start.mjs through `sh -c`, and when npm is stopped it
 * signals that shell, which ends without passing the signal on. The server (a grandchild of npm)
 * used to keep serving the port. Each test starts the script as npm does, with `--no-build` (it
 * serves the dist/ already built, so no webpack run), stops it as a user would, and checks that
 * the port is free and no process of it is left. Linux only (it reads the process table with ps).
 * Build first (npm test does).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const onLinux = process.platform === "linux" ? test : test.skip;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "localhost", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** True when something accepts connections on localhost:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "localhost", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Every process below `pid` (children, grandchildren, …), from the process table. */
function descendants(pid: number): number[] {
  const table = spawnSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" }).stdout.trim().split("\n");
  const pairs = table.map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    const parent = stack.pop() as number;
    for (const [child, ppid] of pairs)
      if (ppid === parent) {
        found.push(child);
        stack.push(child);
      }
  }
  return found;
}

/** Gone, or a zombie nobody has reaped yet (a container's first process may not reap). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

async function until(what: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await what()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return what();
}

interface Started {
  parent: ChildProcess;
  port: number;
  /** The processes under the parent once it serves, the server among them. */
  below: number[];
}

/** Starts the command in a process group of its own (as a terminal does) and waits until it serves. */
async function start(command: string, args: string[]): Promise<Started> {
  const port = await freePort();
  const parent = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: String(port), npm_config_update_notifier: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  parent.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  parent.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const serving = await until(() => output.includes("is served at") && listening(port), 30_000);
  if (!serving) {
    parent.kill("SIGKILL");
    throw new Error(`the script did not serve port ${port}; it printed:\n${output}`);
  }
  return { parent, port, below: descendants(parent.pid as number) };
}

/** The port is free and neither the parent nor anything it started is running. */
async function expectStopped({ parent, port, below }: Started): Promise<void> {
  const stopped = await until(async () => !(await listening(port)) && below.every((pid) => !alive(pid)), 10_000);
  const left = below.filter(alive);
  // Whatever the outcome, nothing is left behind for the next test.
  for (const pid of [parent.pid as number, ...left]) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  expect({ stopped, portInUse: await listening(port), left }).toEqual({ stopped: true, portInUse: false, left: [] });
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "dist", "taskpane.html"))) throw new Error("dist/ is not built: npm run build.");
});

onLinux(
  "SIGTERM to the shell npm runs the script in stops the server too",
  async () => {
    const started = await start("sh", ["-c", "node scripts/start.mjs --http --no-build"]);
    expect(started.below.length).toBeGreaterThan(0);
    process.kill(started.parent.pid as number, "SIGTERM");
    await expectStopped(started);
  },
  60_000,
);

onLinux(
  "Ctrl-C (SIGINT to the whole process group) stops it",
  async () => {
    const started = await start("sh", ["-c", "node scripts/start.mjs --http --no-build"]);
    process.kill(-(started.parent.pid as number), "SIGINT");
    await expectStopped(started);
  },
  60_000,
);

onLinux(
  "SIGTERM to npm itself (npm start) stops the server",
  async () => {
    const started = await start("npm", ["start", "--silent", "--", "--http", "--no-build"]);
    process.kill(started.parent.pid as number, "SIGTERM");
    await expectStopped(started);
  },
  90_000,
);
