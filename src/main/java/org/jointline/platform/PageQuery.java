package org.jointline.platform;

/** A page request: zero-based page, bounded size, optional free-text search. */
public record PageQuery(int page, int size, String search) {

    public static final int MAX_SIZE = 200;

    public PageQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static PageQuery of(Integer page, Integer size, String search) {
        return new PageQuery(page == null ? 0 : page, size == null ? 20 : size, search);
    }

    public long offset() {
        return (long) page * size;
    }

    /** The search as a LIKE pattern, or {@code %} for everything. */
    public String likePattern() {
        if (search == null) {
            return "%";
        }
        return "%" + search.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
