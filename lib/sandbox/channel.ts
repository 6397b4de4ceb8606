/**
 * The private channel between a playground and its sandbox worker. The page creates a
 * MessageChannel, keeps one port and hands the other to the worker in its first message, before
 * the worker has run any script. From then on both sides talk only over the ports: a script in the
 * worker can call `self.postMessage` or listen on `self`, but the page ignores the worker's own
 * messages and sends nothing there, and the worker's port is held where no script can reach it.
 * A forged "result" therefore never reaches the page, and no script reads the requests sent later.
 */
import { PROTOCOL_VERSION } from "./protocol";

/** `type` of the one message sent on the worker itself: it carries the worker's port. */
export const CONNECT_TYPE = "cache-lab-connect";

/** Something that can be handed a port (a `Worker`). */
export interface PortReceiver {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** Page side: opens the channel to a just-created worker and returns the page's port (started). */
export function openChannel(worker: PortReceiver): MessagePort {
  const channel = new MessageChannel();
  worker.postMessage({ type: CONNECT_TYPE, v: PROTOCOL_VERSION }, [channel.port2]);
  channel.port1.start();
  return channel.port1;
}

/** The worker's side of an open channel: posts to the page, and registers the one message handler. */
export type ChannelStart = (
  post: (message: unknown) => void,
  listen: (handler: (data: unknown) => void) => void,
) => void;

/** What {@link acceptChannel} listens on (the worker global). */
export interface ConnectTarget {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/**
 * Worker side: waits for the page's connect message, takes its port, stops listening on the global
 * and calls `start` once with the port's post and listen functions. Later connect messages (a
 * script posting one to itself cannot, but anything else arriving) are ignored.
 */
export function acceptChannel(scope: ConnectTarget, start: ChannelStart): void {
  const onConnect = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; v?: unknown } | null;
    const port = event.ports?.[0];
    if (!port || typeof data !== "object" || data === null || data.type !== CONNECT_TYPE || data.v !== PROTOCOL_VERSION)
      return;
    scope.removeEventListener("message", onConnect);
    const post = port.postMessage.bind(port) as (message: unknown) => void;
    start(post, (handler) => {
      port.onmessage = (message: MessageEvent) => handler(message.data);
    });
  };
  scope.addEventListener("message", onConnect);
}
