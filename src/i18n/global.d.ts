import type en from "./messages/en.json";
import type { NewsroomLocale } from "./locales";

declare module "use-intl" {
  interface AppConfig {
    Locale: NewsroomLocale;
    Messages: typeof en;
  }
}
