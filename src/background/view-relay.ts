/**
 * Joins the two sides of an open view: the page side (reader.js, a content script in the tab's
 * top frame) and the view (view.html, the extension page in a frame over that page). Neither can
 * reach the other directly in every browser (Firefox gives an extension frame in a web page no
 * `tabs` API, and a content script's `runtime.connect` does not reach it), so each connects here
 * and this relays between them.
 *
 * A view is joined to the page side of its own tab that holds the same secret, and only once:
 * the secret reached the frame in its address, which the page cannot read, so a copy of
 * view.html the page framed itself gets nothing and is disconnected.
 *
 * The page side sends the page's copy as soon as it has made it, while the frame is still
 * loading: what it sends before its view has joined waits here, and goes to the view the moment
 * it joins, so that the copy's trip overlaps the frame's load instead of following it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { HOST_PORT, hasType, VIEW_PORT } from '../common/messages.js';

/** How long a side waits for the other before it is given up. */
const JOIN_TIMEOUT_MS = 30_000;

interface Side {
  port: Runtime.Port;
  /** Set once joined; a second view for the same secret is refused. */
  joined: boolean;
  /** A page side's messages that came before its view joined, in order. */
  early: unknown[];
}

/** Page sides and views waiting for their other half, by tab and secret. */
const waiting = { [HOST_PORT]: new Map<string, Side>(), [VIEW_PORT]: new Map<string, Side>() };

/** Whether `sender` is this extension's view page (the page side is a content script). */
function isViewPage(sender: Runtime.MessageSender | undefined): boolean {
  if (!sender?.url || sender.id !== browser.runtime.id) return false;
  try {
    const url = new URL(sender.url);
    return /^(chrome|moz)-extension:$/.test(url.protocol) && url.pathname === '/view.html';
  } catch {
    return false;
  }
}

/** Relays every message of each port to the other; when one goes, so does the other. */
function join(host: Side, view: Side): void {
  host.joined = true;
  view.joined = true;
  for (const message of host.early.splice(0)) view.port.postMessage(message);
  host.port.onMessage.addListener((message: unknown) => view.port.postMessage(message));
  view.port.onMessage.addListener((message: unknown) => host.port.postMessage(message));
  host.port.onDisconnect.addListener(() => view.port.disconnect());
  view.port.onDisconnect.addListener(() => host.port.disconnect());
  // The page side learns that its view is there.
  host.port.postMessage({ type: 'hello' });
}

function accept(port: Runtime.Port): void {
  const name = port.name;
  if (name !== HOST_PORT && name !== VIEW_PORT) return;
  const tabId = port.sender?.tab?.id;
  const rightSender =
    name === VIEW_PORT ? isViewPage(port.sender) : port.sender?.frameId === 0 && !isViewPage(port.sender);
  if (tabId === undefined || !rightSender) {
    port.disconnect();
    return;
  }
  const onHello = (message: unknown): void => {
    port.onMessage.removeListener(onHello);
    const secret = hasType(message) && message.type === 'hello' ? (message as { secret?: unknown }).secret : null;
    if (typeof secret !== 'string' || secret.length < 16) {
      port.disconnect();
      return;
    }
    const key = `${tabId}:${secret}`;
    const other = name === HOST_PORT ? VIEW_PORT : HOST_PORT;
    const partner = waiting[other].get(key);
    if (partner && !partner.joined) {
      waiting[other].delete(key);
      const side: Side = { port, joined: false, early: [] };
      if (name === HOST_PORT) join(side, partner);
      else join(partner, side);
      return;
    }
    if (waiting[name].has(key) || partner) {
      port.disconnect();
      return;
    }
    const side: Side = { port, joined: false, early: [] };
    waiting[name].set(key, side);
    // A page side's copy, sent while its view loads, is kept for the view.
    const keep = (message: unknown): void => {
      if (side.joined) port.onMessage.removeListener(keep);
      else side.early.push(message);
    };
    if (name === HOST_PORT) port.onMessage.addListener(keep);
    const giveUp = (): void => {
      if (waiting[name].get(key) === side) waiting[name].delete(key);
      side.early = [];
    };
    port.onDisconnect.addListener(giveUp);
    setTimeout(() => {
      if (side.joined) return;
      giveUp();
      port.disconnect();
    }, JOIN_TIMEOUT_MS);
  };
  port.onMessage.addListener(onHello);
}

/** Listens for the two sides of each view. */
export function relayViews(): void {
  browser.runtime.onConnect.addListener(accept);
}
