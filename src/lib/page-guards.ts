import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "./errors";

/**
 * For newsroom pages: a query refused by the permission table (or asking for
 * something missing) shows the 404 page, so a page never confirms what a
 * person may not see.
 */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) notFound();
    throw error;
  }
}
