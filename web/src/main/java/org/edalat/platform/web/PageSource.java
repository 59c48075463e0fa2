package org.edalat.platform.web;

import java.io.Serializable;
import java.util.List;

/** Where a paged table reads its rows: a count and a page. Serializable so view state can replicate. */
public interface PageSource<T> extends Serializable {
    long count();

    List<T> page(int first, int max);
}
