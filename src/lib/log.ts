// The app writes through the server's one logger (server/log.mjs).
export { log } from "@server/log.mjs";
