package org.edalat.filing.domain;

import org.edalat.platform.BusinessException;

/** The office confirmed the match of only some documents against the presented papers (S0-4). */
public class DocumentsNotMatchedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public DocumentsNotMatchedException(int unmatched) {
        super(unmatched
                + " سند هنوز با اصل کاغذی آن تطبیق داده نشده است؛ کارمند باید هر سند را جداگانه تأیید کند (مادهٔ ۴).");
    }

    @Override
    public String code() {
        return "documents-not-matched";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
