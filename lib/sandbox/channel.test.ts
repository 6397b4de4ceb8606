import { describe, expect, it } from "vitest";
import { acceptChannel, CONNECT_TYPE, openChannel } from "./channel";
import { PROTOCOL_VERSION } from "./protocol";

/** A worker stand-in: what the page posts arrives as a message event on `scope` (the worker global). */
function fakeWorker() {
  const scope = new EventTarget();
  const worker = {
    postMessage(message: unknown, transfer: Transferable[]) {
      scope.dispatchEvent(new MessageEvent("message", { data: message, ports: transfer as MessagePort[] }));
    },
  };
  return { scope: scope as unknown as Parameters<typeof acceptChannel>[0] & EventTarget, worker };
}

const nextMessage = (port: MessagePort) =>
  new Promise<unknown>((resolve) =>
    port.addEventListener("message", (e) => resolve((e as MessageEvent).data), { once: true }),
  );

describe("the page↔sandbox channel", () => {
  it("hands the worker a private port before anything else, and carries requests and replies over it only", async () => {
    const { scope, worker } = fakeWorker();
    const received: unknown[] = [];
    let starts = 0;
    acceptChannel(scope, (post, listen) => {
      starts++;
      listen((data) => {
        received.push(data);
        post({ echo: data });
      });
    });
    const page = openChannel(worker);
    const reply = nextMessage(page);
    page.postMessage({ type: "run" });
    await expect(reply).resolves.toEqual({ echo: { type: "run" } });
    expect(received).toEqual([{ type: "run" }]);

    // Anything posted on the worker itself later (a second connect, a forged message) is ignored.
    const other = new MessageChannel();
    worker.postMessage({ type: CONNECT_TYPE, v: PROTOCOL_VERSION }, [other.port2]);
    scope.dispatchEvent(new MessageEvent("message", { data: { type: "run" } }));
    expect(starts).toBe(1);
    expect(received).toHaveLength(1);
    page.close();
    other.port1.close();
  });

  it("ignores messages before the connect message, and a connect without a port or of another version", () => {
    const { scope, worker } = fakeWorker();
    let started = false;
    acceptChannel(scope, () => void (started = true));
    scope.dispatchEvent(new MessageEvent("message", { data: { type: CONNECT_TYPE, v: PROTOCOL_VERSION } }));
    const channel = new MessageChannel();
    worker.postMessage({ type: CONNECT_TYPE, v: 99 }, [channel.port2]);
    expect(started).toBe(false);
    channel.port1.close();
  });
});
