// The collaboration server: people typing into one article at once (Yjs,
// Hocuspocus). It lives in the same process and on the same port as the app,
// at /collab (Next's route handlers cannot take a WebSocket upgrade), behind
// the same front door. What a document is, who may join it and how it is
// stored is the domain's (src/modules/collab, reached through the bridge the
// app registers when it starts); this file only holds the connections.
import cluster from "node:cluster";
import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { Hocuspocus } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import { IPC_COLLAB_CHANGED } from "./collab-ipc.mjs";
import { createLru } from "./lru.mjs";
import { changedElsewhereChannel, collabRelay } from "./shared-cache/collab-redis.mjs";
import { onShutdown } from "./lifecycle.mjs";
import { log } from "./log.mjs";

export const COLLAB_PATH = "/collab";
const BRIDGE = Symbol.for("redaktion.collab");
const HUB = Symbol.for("redaktion.collab.hub"); // src/modules/collab/hub.ts
/** Marks this server's own writes into a document (loading, writes from elsewhere). */
const SERVER = Symbol("collab.server");

/** Close codes the editor understands (4000–4999 are the application's). */
export const CLOSE = {
  /** The update broke the document's rules: the browser drops its copy and starts again from the server's. */
  refused: { code: 4400, reason: "refused-update" },
  /** The session ended, or the person may no longer see the article. */
  signedOut: { code: 4401, reason: "signed-out" },
  /** The article is gone. */
  gone: { code: 4404, reason: "gone" },
};

/** How often every connection's session and rights are checked again (signing out disconnects within this). */
const RECHECK_MS = 1000;
/** Upgrades one address may make per minute (a reconnecting editor makes a few; a flood is refused). */
const UPGRADES_PER_MINUTE = 120;
/** Largest message a browser may send: one update (a pasted article) with its framing. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

const STATUS_TEXT = { 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests", 503: "Service Unavailable" };

function unavailable() {
  throw new Error("The app has not registered its collaboration bridge (src/modules/collab/bridge.ts).");
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Attaches the collaboration server to `server` (the app's HTTP server) when
 * the app registered its bridge. `door` is the front door (origin rules).
 */
export function attachCollab(server, door) {
  const owner = ownerOnThisHost();
  if (owner && !owner.isThisProcess) {
    handleUpgrades(server, door, forwardTo(owner));
    // This process holds no documents; its writes still reach the ones held elsewhere.
    relayChanges(() => {});
    return null;
  }
  const collab = startCollab(owner);
  handleUpgrades(server, door, collab.accept);
  return collab;
}

/** The collaboration server of this process (the only one, or the owner of this host's documents). */
function startCollab(owner) {
  // Registered by the app when it starts (src/modules/collab/bridge.ts); asked for at each use.
  const bridge = new Proxy({}, { get: (_, key) => globalThis[BRIDGE]?.[key] ?? unavailable });
  const sizes = new Map(); // document name → bytes it is stored in (about): the bound on a document's size
  const lastEditor = new Map(); // document name → the person whose typing the next store saves
  const storing = new Map(); // document name → the store running now (one at a time per document)

  // Several servers (REDIS_URL): their copies of a document are one, through Redis.
  const relay = collabRelay();
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: relay ? [relay] : [],
    // Stored (and so saved as the article, with its autosave revision) two seconds after typing pauses, at least every ten.
    debounce: 2000,
    maxDebounce: 10_000,
    async onAuthenticate({ request, documentName, connectionConfig, context }) {
      try {
        const person = await bridge.join(request.headers.cookie, context.ip, documentName);
        connectionConfig.readOnly = person.readOnly;
        return { person };
      } catch (error) {
        log.warn("collab.refused", { document: documentName.slice(0, 80), ip: context.ip, code: error?.code ?? "ERROR" });
        if (!error?.code) log.error("collab.join-failed", { error });
        throw { reason: error?.code === "UNAUTHORIZED" ? "signed-out" : error?.code === "NOT_FOUND" ? "gone" : "forbidden" };
      }
    },
    async onLoadDocument({ documentName, document }) {
      const state = await bridge.load(documentName);
      Y.applyUpdate(document, state, SERVER);
      sizes.set(documentName, state.byteLength);
      return document;
    },
    beforeHandleMessage({ update: message, document, context, connection }) {
      const refusal = checkMessage(message, document, context, sizes.get(document.name) ?? 0);
      if (!refusal) return Promise.resolve();
      // The client's error, not ours: one warning, the connection closed, and the message never applied
      // (the promise stays pending; it goes with the connection).
      log.warn("collab.update-refused", { document: document.name, userId: context.person?.actor.id, ip: context.ip, reason: refusal });
      connection.close(CLOSE.refused);
      return new Promise(() => {});
    },
    async onChange({ documentName, context, update }) {
      if (context?.person) lastEditor.set(documentName, context.person.actor);
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.byteLength);
    },
    async onStoreDocument({ documentName, document }) {
      await store(documentName, document);
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
      lastEditor.delete(documentName);
    },
  });

  /** Checks one message from a browser: its document updates against the rules, its presence against who it is. */
  function checkMessage(message, document, context, documentBytes) {
    try {
      const decoder = decoding.createDecoder(message);
      decoding.readVarString(decoder);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) {
        const step = decoding.readVarUint(decoder);
        if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
        return bridge.check(decoding.readVarUint8Array(decoder), documentBytes, document, context)?.reason ?? null;
      }
      if (type === MESSAGE_AWARENESS) return checkPresence(decoding.readVarUint8Array(decoder), context.person);
      return null;
    } catch {
      return "unreadable message";
    }
  }

  /** A browser's presence (name, colour, cursor) must be its own person's: nobody types under someone else's name. */
  function checkPresence(update, person) {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder); // client id
      decoding.readVarUint(decoder); // clock
      const state = JSON.parse(decoding.readVarString(decoder));
      if (state === null) continue;
      const user = state?.user;
      if (user && (user.id !== person?.actor.id || user.name !== person?.actor.name)) return "presence under another name";
    }
    return null;
  }

  /** One store at a time per document: the document becomes the article (src/modules/collab/service.ts). */
  function store(name, document) {
    const previous = storing.get(name) ?? Promise.resolve();
    const next = previous.then(async () => {
      const state = Y.encodeStateAsUpdate(document);
      sizes.set(name, state.byteLength);
      const { outcome, merge } = await bridge.store(name, state, editorFor(name, document));
      if (merge) Y.applyUpdate(document, merge, SERVER);
      document.broadcastStateless(JSON.stringify({ type: "stored", ...outcome }));
      if (outcome.stored === "refused" && outcome.gone) closeAll(name, CLOSE.gone);
    });
    const settled = next.catch((error) => log.error("collab.store-failed", { document: name, error }));
    storing.set(name, settled);
    settled.finally(() => {
      if (storing.get(name) === settled) storing.delete(name);
    });
    return next;
  }

  /**
   * Whose save a store is: the last person who typed, while they may still write; else anyone in the
   * article who may (what the first typed is kept, and stored under the name of someone who may store it).
   */
  function editorFor(name, document) {
    const writers = document.getConnections().filter((c) => !c.readOnly && c.context?.person).map((c) => c.context.person.actor);
    const last = lastEditor.get(name);
    if (last && (writers.length === 0 || writers.some((w) => w.id === last.id))) return last;
    return writers[0] ?? last ?? null;
  }

  function closeAll(name, why) {
    const document = hocuspocus.documents.get(name);
    for (const connection of document?.getConnections() ?? []) connection.close(why);
  }

  // Sessions and rights, checked again every second for every connection.
  let rechecking = false;
  const recheck = setInterval(async () => {
    if (rechecking) return;
    const entries = [];
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const person = connection.context?.person;
        if (person) entries.push({ connection, documentName: document.name, person });
      }
    }
    if (entries.length === 0) return;
    rechecking = true;
    try {
      const access = await bridge.recheck(entries.map(({ person, documentName }) => ({ session: person.session, actor: person.actor, documentName })));
      entries.forEach(({ connection, person }, i) => {
        if (access[i] === "none") return connection.close(CLOSE.signedOut);
        const readOnly = access[i] !== "edit";
        if (connection.readOnly === readOnly) return;
        connection.readOnly = readOnly;
        person.readOnly = readOnly;
        connection.sendStateless(JSON.stringify({ type: "access", access: access[i] }));
      });
    } catch (error) {
      log.warn("collab.recheck-failed", { error });
    } finally {
      rechecking = false;
    }
  }, RECHECK_MS);
  recheck.unref();

  // Writes from elsewhere reach the document at once (the store brings them in): from this process (the hub),
  // from this host's other processes, and from other servers (relayChanges).
  relayChanges((articleId) => {
    const name = `article:${articleId}`;
    const document = hocuspocus.documents.get(name);
    if (document) void store(name, document).catch(() => {});
  });

  // Stopping: everything typed is stored before the process goes.
  onShutdown(async () => {
    clearInterval(recheck);
    await Promise.all([...hocuspocus.documents.entries()].map(([name, document]) => store(name, document).catch(() => {})));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const accept = (req, socket, head, address) => wss.handleUpgrade(req, socket, head, (ws) => hocuspocus.handleConnection(ws, req, { ip: address }));
  if (owner) listenForForwarded(owner, accept);
  return { hocuspocus, accept };
}

/**
 * The upgrade itself, in front of every process: the front door's checks, the
 * path, the page it comes from, the rate per address; then `pass` (this
 * process's collaboration server, or the owner's on this host).
 */
function handleUpgrades(server, door, pass) {
  const upgrades = createLru({ maxEntries: 10_000 });
  server.on("upgrade", (req, socket, head) => {
    const { address, refusal } = door.check(req);
    const pathname = String(req.url ?? "").split("?")[0];
    const deny = (status, reason) => {
      log.warn("request.refused", { method: "GET", path: pathname.slice(0, 200), ip: address, status, reason });
      socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Forbidden"}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (refusal) return deny(refusal.status, refusal.reason);
    if (pathname !== COLLAB_PATH) return deny(404, "no-upgrade-here");
    if (!globalThis[BRIDGE]) return deny(503, "starting");
    // A WebSocket is not bound by the same-origin rule: only the newsroom's own pages may open one with its cookie.
    const origin = req.headers.origin;
    if (!origin || !door.isOwnOrigin(req, origin)) return deny(403, origin ? "foreign-origin" : "no-origin");
    const count = (upgrades.get(address) ?? 0) + 1;
    upgrades.set(address, count, { ttlMs: 60_000 });
    if (count > UPGRADES_PER_MINUTE) return deny(429, "too-many-upgrades");
    pass(req, socket, head, address);
  });
}

/**
 * "An article was written elsewhere" (src/modules/collab/hub.ts): `here` runs
 * for every such write anywhere (this process, the host's other processes,
 * other servers), and the writes made in this process are passed on.
 */
function relayChanges(here) {
  const servers = changedElsewhereChannel(here);
  if (cluster.isWorker) {
    process.on("message", (message) => {
      if (message?.type === IPC_COLLAB_CHANGED && typeof message.articleId === "string") here(message.articleId);
    });
  }
  globalThis[HUB] = {
    articleChanged(articleId) {
      here(articleId);
      if (cluster.isWorker) process.send?.({ type: IPC_COLLAB_CHANGED, articleId });
      void servers?.publish(articleId);
    },
  };
}

/**
 * Several server processes on one host (WORKERS): one of them (the first)
 * holds every document, so everyone in an article shares one history whatever
 * process their connection landed on. The others pass the upgrade to it over
 * loopback, with the client's address and a token only this host's processes
 * know (server/workers.mjs sets both).
 */
const FORWARD_HEADER = "x-redaktion-collab-forward";
const ADDRESS_HEADER = "x-redaktion-collab-address";

function ownerOnThisHost() {
  const port = Number(process.env.COLLAB_OWNER_PORT);
  const token = process.env.COLLAB_FORWARD_TOKEN ?? "";
  if (!Number.isInteger(port) || port <= 0 || token.length < 32) return null;
  return { port, token, isThisProcess: process.env.WORKER_INDEX === "0" };
}

function forwardTo(owner) {
  return (req, socket, head, address) => {
    const upstream = net.connect(owner.port, "127.0.0.1");
    const close = () => {
      socket.destroy();
      upstream.destroy();
    };
    upstream.once("connect", () => {
      const headers = { ...req.headers, [FORWARD_HEADER]: owner.token, [ADDRESS_HEADER]: address };
      let text = `${req.method} ${req.url} HTTP/1.1\r\n`;
      for (const [name, value] of Object.entries(headers)) for (const one of [value].flat()) text += `${name}: ${one}\r\n`;
      upstream.write(`${text}\r\n`);
      if (head?.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on("error", close);
    socket.on("error", close);
    upstream.on("close", close);
    socket.on("close", close);
  };
}

function listenForForwarded(owner, accept) {
  const internal = http.createServer((_req, res) => res.writeHead(404).end());
  const expected = Buffer.from(owner.token);
  internal.on("upgrade", (req, socket, head) => {
    const given = Buffer.from(String(req.headers[FORWARD_HEADER] ?? ""));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    accept(req, socket, head, String(req.headers[ADDRESS_HEADER] ?? "unknown"));
  });
  internal.on("error", (error) => log.error("collab.owner-listen-failed", { port: owner.port, error }));
  internal.listen(owner.port, "127.0.0.1");
  onShutdown(() => new Promise((resolve) => internal.close(resolve)));
}
