import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { request as playwrightRequest } from "@playwright/test";
import WebSocket from "ws";
import * as Y from "yjs";
import { signInByApi } from "./sign-in";

// A person's side of the shared document, from Node: the same provider the
// editor runs, over a real WebSocket to the server under test, with the
// session cookie a browser would send. For what a browser cannot show
// (refusals at the socket, hostile updates, a server restarted mid-sentence).

/** The session cookie of someone signed in through next-auth as a browser would be. */
export async function sessionCookie(baseURL: string, email: string, password: string): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL });
  const answer = await signInByApi(context, baseURL, email, password);
  if (answer !== "signed-in") throw new Error(`sign-in for ${email}: ${answer}`);
  const { cookies } = await context.storageState();
  await context.dispose();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

export type Participant = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Set once the server refused to let this person in (the reason it gave). */
  refused: () => string | null;
  /** The close events this connection saw (code, reason). */
  closes: { code: number; reason: string }[];
  /** Stateless messages from the server ("stored", "access"), parsed. */
  messages: Record<string, unknown>[];
  synced: () => boolean;
  readOnly: () => boolean | null;
  leave: () => void;
};

/** Joins an article's document as the person whose cookie this is. */
export function join(baseURL: string, cookie: string, articleId: string, origin = baseURL): Participant {
  const doc = new Y.Doc();
  const closes: Participant["closes"] = [];
  const messages: Participant["messages"] = [];
  let refused: string | null = null;
  let readOnly: boolean | null = null;
  class BrowserLikeSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
      this.on("error", () => {}); // refused upgrades are what some tests want to see
    }
  }
  const websocketProvider = new HocuspocusProviderWebsocket({ url: `${baseURL.replace(/^http/, "ws")}/collab`, WebSocketPolyfill: BrowserLikeSocket as never, maxAttempts: 3 });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: `article:${articleId}`,
    document: doc,
    token: "session",
    onAuthenticationFailed: ({ reason }) => {
      refused = reason;
    },
    onAuthenticated: ({ scope }) => {
      readOnly = scope === "readonly";
    },
    onClose: ({ event }) => {
      closes.push({ code: event.code, reason: String(event.reason ?? "") });
    },
    onStateless: ({ payload }) => {
      messages.push(JSON.parse(payload) as Record<string, unknown>);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    refused: () => refused,
    closes,
    messages,
    synced: () => provider.isSynced,
    readOnly: () => readOnly,
    leave: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** The first paragraph's text of the body, as a Y.XmlText (to type into, as the editor's binding does). */
export function firstParagraph(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment("body").get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

/** The body as plain text, paragraph by paragraph. */
export function bodyText(doc: Y.Doc): string {
  return doc
    .getXmlFragment("body")
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map((t) => (t instanceof Y.XmlText ? t.toString().replace(/<[^>]+>/g, "") : "")).join("") : ""))
    .join("\n");
}
