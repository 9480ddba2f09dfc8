import type { WriteResult } from "@/modules/articles/service";

/** Article actions answer with the editor's new state; the cache tags expire after the response (the builder's default). */
export const articleAnswer = { answer: (result: WriteResult) => result.article };
