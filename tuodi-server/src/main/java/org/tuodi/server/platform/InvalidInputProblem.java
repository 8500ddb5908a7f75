package org.tuodi.server.platform;

import java.util.List;
import java.util.Objects;

/**
 * 输入有误: answered as 400 problem+json with the field at fault ({@code field}: a JSON pointer or a
 * column name) and the reason; or, for a batch with several items at fault, with every one of them
 * ({@code errors: [{index, field, reason}]}, see {@link #ofItems}).
 */
public class InvalidInputProblem extends RuntimeException {

    /**
     * One item at fault in a batch: its position in the batch (null if the fault is the batch's as
     * a whole), the field at fault and the reason.
     */
    public record Item(Integer index, String field, String reason) {
        public Item {
            Objects.requireNonNull(reason, "reason");
            field = field == null ? "" : field;
        }
    }

    private final String field;
    private final List<Item> items;

    public InvalidInputProblem(String field, String reason) {
        super(reason);
        this.field = field;
        this.items = List.of();
    }

    private InvalidInputProblem(String detail, List<Item> items) {
        super(detail);
        this.field = null;
        this.items = List.copyOf(items);
    }

    /**
     * A batch refused for the items at fault: the detail says what as a whole (it is the problem's
     * {@code detail}), each item where and why.
     */
    public static InvalidInputProblem ofItems(String detail, List<Item> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a refused batch names at least one item at fault");
        }
        return new InvalidInputProblem(detail, items);
    }

    /** The field at fault; null for a batch refused item by item. */
    public String field() {
        return field;
    }

    /** The items at fault of a refused batch; empty for a single field. */
    public List<Item> items() {
        return items;
    }
}
