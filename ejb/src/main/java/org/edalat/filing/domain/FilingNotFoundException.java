package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** No such filing, or not one the caller may see (the two are not told apart, so nothing leaks). */
public class FilingNotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public FilingNotFoundException() {
        super("درخواستی با این مشخصات یافت نشد یا شما به آن دسترسی ندارید.");
    }

    @Override
    public String code() {
        return "filing-not-found";
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
