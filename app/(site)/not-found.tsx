import { NotFoundMessage } from "@/components/site/NotFoundMessage";

export const metadata = { title: "Seite nicht gefunden", robots: { index: false } };

export default function NotFound() {
  return <NotFoundMessage />;
}
