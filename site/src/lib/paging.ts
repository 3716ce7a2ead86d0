export const NEWS_PAGE_SIZE = 12;

export const pageCount = (total: number) => Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
export const pageSlice = <T>(items: T[], page: number) => items.slice((page - 1) * NEWS_PAGE_SIZE, page * NEWS_PAGE_SIZE);
/** Page 1 lives at the base path, later pages at `<base>page/<n>/`. */
export const pageHref = (base: string) => (page: number) => (page === 1 ? base : `${base}page/${page}/`);
