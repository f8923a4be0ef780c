package org.gonghui.shared.web;

/**
 * A requested page, clamped to sane bounds so that no request can ask for a million rows.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	public static PageRequest of(Integer page, Integer size) {
		int p = page == null || page < 0 ? 0 : page;
		int s = size == null || size <= 0 ? 20 : Math.min(size, MAX_SIZE);
		return new PageRequest(p, s);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
