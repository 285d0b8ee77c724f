#!/usr/bin/env node
// The guardian of a script's servers (see superviseChildren in process-group.mjs). Its stdin is
// a pipe from that script, which writes "+PID" when it starts a server in its own process group
// ("+PID first" for one to stop before the others: an app) and "-PID" when that group has ended.
// When the pipe closes without a final "done" (the script ended without stopping them, or was
// killed, even with SIGKILL), the guardian stops every group still listed: those marked first,
// then the rest, each wave SIGTERM, then SIGKILL after the grace period (argv[2], ms). Node
// built-ins only.
const graceMs = Number(process.argv[2] ?? 15_000);
/** Leader pid → stop in the first wave. */
const groups = new Map();
let done = false;
let buffer = '';

const log = (message) => console.log(JSON.stringify({ time: new Date().toISOString(), pid: process.pid, msg: message }));

// Signals meant for the script's terminal or session are not ours: only the pipe counts.
for (const signal of ['SIGINT', 'SIGHUP']) process.on(signal, () => {});

process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  let newline;
  while ((newline = buffer.indexOf('\n')) >= 0) {
    const line = buffer.slice(0, newline).trim();
    buffer = buffer.slice(newline + 1);
    if (line === 'done') done = true;
    const [head, mark] = line.split(' ');
    const pid = Number(head.slice(1));
    if (!Number.isInteger(pid) || pid <= 1) continue;
    if (line[0] === '+') groups.set(pid, mark === 'first');
    else if (line[0] === '-') groups.delete(pid);
  }
});
process.stdin.on('error', () => {});
process.stdin.on('close', () => void stopAll());

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

async function stopAll() {
  if (done || groups.size === 0) process.exit(0);
  log(`parent ${process.ppid === 1 ? 'gone' : 'closed the pipe'}; stopping process groups ${[...groups.keys()].join(', ')}`);
  for (const first of [true, false]) {
    const wave = new Set([...groups].filter(([, f]) => f === first).map(([pid]) => pid));
    for (const pid of wave) if (!signalGroup(pid, 'SIGTERM')) wave.delete(pid);
    const deadline = Date.now() + graceMs;
    while (wave.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      for (const pid of wave) if (!signalGroup(pid, 0)) wave.delete(pid);
    }
    for (const pid of wave) {
      log(`group ${pid} still running after ${graceMs} ms; SIGKILL`);
      signalGroup(pid, 'SIGKILL');
    }
  }
  log('stopped');
  process.exit(0);
}
