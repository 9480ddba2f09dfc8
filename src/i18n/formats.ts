import type { Formats } from "use-intl/core";

/**
 * Shared formats for messages: `{at, time, short}` is the 24-hour clock in
 * both languages ("15:08"; English as in Britain, not "3:08 PM"), Berlin time
 * (the translators set the zone).
 */
export const FORMATS: Formats = {
  dateTime: { short: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } },
};
