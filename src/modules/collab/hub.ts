// How a write from elsewhere reaches the people typing into the article: the
// collaboration server of this process (server/collab.mjs) registers itself
// here; a write that changed an article tells it, and if anyone is in that
// article, the change is written into their document at once (as an edit: what
// they type meanwhile is kept). Without anyone in it, the next person to open
// the document gets the change when it loads. No imports: the article module
// calls this after its writes.

export const COLLAB_HUB = Symbol.for("redaktion.collab.hub");

export type CollabHub = { articleChanged(articleId: string): void };

export function documentChangedElsewhere(articleId: string) {
  const hub = (globalThis as Record<symbol, unknown>)[COLLAB_HUB] as CollabHub | undefined;
  try {
    hub?.articleChanged(articleId);
  } catch {
    // Nobody in it, or the server stopping: the document takes the change when it next loads.
  }
}
