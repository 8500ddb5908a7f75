package org.tuodi.server.registry.web;

import java.util.List;
import java.util.function.Function;
import org.tuodi.server.registry.internal.Page;

/**
 * One page of a list: {@code page} counts from 0, {@code total} is the length of the whole list.
 */
record PageResponse<T>(List<T> items, int page, int size, long total) {

    static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> map) {
        return new PageResponse<>(
                page.items().stream().map(map).toList(), page.page(), page.size(), page.total());
    }
}
