package org.gonghui.shared.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint of the API answers it. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

	public <R> PageResponse<R> map(Function<T, R> mapper) {
		return new PageResponse<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

	public int totalPages() {
		return this.size == 0 ? 0 : (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
