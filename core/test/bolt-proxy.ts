// A TCP relay in front of the test Neo4j that a test can take away, bring back or stall, so Neo4j seems to die,
// return or hang without stopping the shared instance.
import { connect, createServer, type Socket } from 'node:net';

export interface BoltProxy {
  /** bolt://127.0.0.1:<port> of the relay. */
  uri: string;
  /** Refuses new connections and cuts the open ones, as a killed Neo4j does. */
  goAway(): Promise<void>;
  /** Accepts connections again on the same port. */
  comeBack(): Promise<void>;
  /** Holds every byte in both directions (and of new connections) until `resume`: a Neo4j that does not answer. */
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startBoltProxy(target: string): Promise<BoltProxy> {
  const { hostname, port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  const held: (() => void)[] = [];
  let stalled = false;
  const relay = (from: Socket, to: Socket) =>
    from.on('data', (chunk) => {
      const send = () => void (to.destroyed || to.write(chunk));
      if (stalled) held.push(send);
      else send();
    });
  const server = createServer((client) => {
    const upstream = connect(Number(targetPort), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    relay(client, upstream);
    relay(upstream, client);
  });
  const listen = (port: number) =>
    new Promise<void>((done, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => done()));
  await listen(0);
  const port = (server.address() as { port: number }).port;
  const cut = async () => {
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    goAway: cut,
    comeBack: () => listen(port),
    stall: () => void (stalled = true),
    resume: () => {
      stalled = false;
      for (const send of held.splice(0)) send();
    },
    close: () => (server.listening ? cut() : Promise.resolve()),
  };
}
