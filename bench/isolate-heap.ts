/**
 * The JS heap of the Worker's isolate, read through workerd's inspector (the DevTools protocol).
 * Under Miniflare, workerd's RSS grows with every request for a while even when the Worker only
 * returns a constant (measured: 49 → 436 MB over 150,000 requests): that is the local runtime's
 * memory, not the Worker's. The soak run judges the Worker by its isolate's heap instead.
 */
import WebSocket from 'ws';

export interface IsolateHeap {
  /** Bytes of the isolate's JS heap still in use after a full garbage collection: what it retains. */
  live(): Promise<number>;
  close(): void;
}

/** Connects to the inspector target of the Worker named `name` ('' for Miniflare's unnamed Worker). */
export async function connectIsolateHeap(inspector: URL, name = ''): Promise<IsolateHeap> {
  const targets = (await (await fetch(new URL('/json', inspector.href.replace(/^ws/, 'http')))).json()) as { title: string; webSocketDebuggerUrl: string }[];
  const target = targets.find((t) => t.title.endsWith(`core:user:${name}`));
  if (!target) throw new Error(`no inspector target for the Worker (targets: ${targets.map((t) => t.title).join(', ')})`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let lastId = 0;
  const pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }>();
  const settle = (id: number, how: (p: { resolve(result: unknown): void; reject(error: Error): void }) => void) => {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    clearTimeout(call.timer);
    how(call);
  };
  socket.on('message', (data: unknown) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) settle(message.id, (p) => p.resolve(message.result));
  });
  const call = (method: string) => new Promise<unknown>((resolve, reject) => {
    const id = ++lastId;
    const timer = setTimeout(() => settle(id, (p) => p.reject(new Error(`inspector: no answer to ${method}`))), 5000);
    pending.set(id, { resolve, reject, timer });
    socket.send(JSON.stringify({ id, method }));
  });
  await call('Runtime.enable');
  await call('HeapProfiler.enable');
  return {
    live: async () => {
      // Without it the reading is mostly garbage not yet collected, which V8 lets grow for a while.
      await call('HeapProfiler.collectGarbage');
      return ((await call('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    },
    close: () => {
      for (const id of [...pending.keys()]) settle(id, (p) => p.reject(new Error('inspector: closed')));
      socket.close();
    },
  };
}
