import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Anything that listens like http.Server does (an express app, a plain server). */
interface Listener {
  listen(port: number, host: string): Server;
}

/** Starts `listener` on a free loopback port; `base` is its address without a trailing slash. */
export async function listenOnLoopback(listener: Listener): Promise<{ server: Server; base: string }> {
  const server = listener.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
