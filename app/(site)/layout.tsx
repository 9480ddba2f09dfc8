import Link from "next/link";

const SITE_NAME = process.env.SITE_NAME ?? "Redaktion";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2 focus:text-black"
      >
        Zum Inhalt springen
      </a>
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
          <Link href="/" className="font-serif text-2xl font-bold tracking-tight">
            {SITE_NAME}
          </Link>
        </div>
      </header>
      {children}
      <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-neutral-600 dark:text-neutral-400">
          © {SITE_NAME}
        </div>
      </footer>
    </>
  );
}
