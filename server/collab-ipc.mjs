/** The message a worker sends when an article was written (server/collab.mjs); the watching process passes it to the others. */
export const IPC_COLLAB_CHANGED = "redaktion:collab-changed";
