package org.edalat.filing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.edalat.platform.BusinessException;
import org.edalat.platform.text.PersianDigits;

/** A document of a filing is larger than the limit per document (S0-3, S0-4). */
public class DocumentTooLargeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    /** @param limit the largest size allowed, in bytes */
    public DocumentTooLargeException(long limit) {
        super("حجم هر سند حداکثر " + PersianDigits.toPersian(megabytes(limit))
                + " مگابایت است؛ لطفاً سند را کوچک‌تر کنید یا در چند بخش بارگذاری کنید.");
        this.limit = limit;
    }

    /** The limit in megabytes (MiB), with up to two decimals and the Persian decimal separator. */
    private static String megabytes(long limit) {
        long mb = limit / (1024 * 1024);
        if (mb * 1024 * 1024 == limit) {
            return Long.toString(mb);
        }
        return BigDecimal.valueOf(limit)
                .divide(BigDecimal.valueOf(1024 * 1024), 2, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', '٫');
    }

    /** The largest size allowed, in bytes. */
    public long limit() {
        return limit;
    }

    @Override
    public String code() {
        return "document-too-large";
    }

    @Override
    public String field() {
        return "document";
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}
