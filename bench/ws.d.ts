// The slice of the `ws` package (a WebSocket client; Node 20 has none built in) that bench/isolate-heap.ts uses.
declare module 'ws' {
  export default class WebSocket {
    constructor(url: string);
    on(event: 'message', listener: (data: unknown) => void): this;
    once(event: 'open', listener: () => void): this;
    once(event: 'error', listener: (error: Error) => void): this;
    send(data: string): void;
    close(): void;
  }
}
