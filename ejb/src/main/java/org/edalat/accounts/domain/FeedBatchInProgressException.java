package org.edalat.accounts.domain;

import org.edalat.platform.BusinessException;

/** The same contact-feed batch is being applied by a concurrent request; send it again shortly (S4-17). */
public class FeedBatchInProgressException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public FeedBatchInProgressException(String batchId) {
        super("دستهٔ «" + batchId
                + "» هم‌اکنون در حال اعمال است؛ کمی بعد همان دسته را دوباره بفرستید تا پاسخ آن را بگیرید.");
    }

    @Override
    public String code() {
        return "feed-batch-in-progress";
    }
}
