/** The reader site's search box (GET /suche?q=…), labelled "Suchbegriff" for screen readers. */
export function SearchForm({ id, query = "", placeholder, className = "" }: { id: string; query?: string; placeholder: string; className?: string }) {
  return (
    <form role="search" action="/suche" method="get" className={`flex gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Suchbegriff
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={query}
        placeholder={placeholder}
        className="min-w-0 flex-1 rounded border border-neutral-500 bg-white px-3 py-2 text-lg dark:bg-neutral-900"
      />
      <button type="submit" className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-white dark:text-neutral-900">
        Suchen
      </button>
    </form>
  );
}
