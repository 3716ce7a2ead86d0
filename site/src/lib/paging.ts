export const NEWS_PAGE_SIZE = 12;

export const pageCount = (total: number, size = NEWS_PAGE_SIZE) => Math.max(1, Math.ceil(total / size));
export const pageSlice = <T>(items: T[], page: number, size = NEWS_PAGE_SIZE) => items.slice((page - 1) * size, page * size);
/** Page 1 lives at the base path, later pages at `<base>page/<n>/`. */
export const pageHref = (base: string) => (page: number) => (page === 1 ? base : `${base}page/${page}/`);
