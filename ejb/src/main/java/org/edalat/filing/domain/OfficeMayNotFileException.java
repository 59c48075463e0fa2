package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** The office's license is suspended or revoked: it cannot file (issue 4; the licensing context owns the standing). */
public class OfficeMayNotFileException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public OfficeMayNotFileException() {
        super("پروانهٔ این دفتر تعلیق یا لغو شده است و نمی‌تواند درخواست ثبت کند.");
    }

    @Override
    public String code() {
        return "office-may-not-file";
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
