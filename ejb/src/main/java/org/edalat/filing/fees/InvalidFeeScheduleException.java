package org.edalat.filing.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.edalat.filing.domain.FilingKind;
import org.edalat.platform.BusinessException;

/**
 * A fee schedule (or a version of it) as entered is not usable; the message says what is wrong and
 * nothing was saved. The schedule is data an administrator enters (S0-3: the system computes the
 * fee from it), so these are input errors, not programming errors.
 */
public class InvalidFeeScheduleException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final String field;

    private InvalidFeeScheduleException(String field, String message) {
        super(message);
        this.field = field;
    }

    static InvalidFeeScheduleException percentOutOfRange(BigDecimal percent) {
        return new InvalidFeeScheduleException(
                "percent", "درصد هر پله باید بین ۰ و ۱۰۰ باشد (" + percent.toPlainString() + ").");
    }

    static InvalidFeeScheduleException bracketsNotAscending() {
        return new InvalidFeeScheduleException(
                "brackets", "سقف پله‌ها باید بزرگ‌تر از صفر و هر یک بزرگ‌تر از سقف پلهٔ پیشین باشد.");
    }

    static InvalidFeeScheduleException lastBracketMustBeOpen() {
        return new InvalidFeeScheduleException("brackets", "فقط پلهٔ آخر بی‌سقف است و پلهٔ آخر باید بی‌سقف باشد.");
    }

    static InvalidFeeScheduleException minimumAboveMaximum() {
        return new InvalidFeeScheduleException("minimum", "حداقل هزینه بیشتر از حداکثر آن است.");
    }

    static InvalidFeeScheduleException missingRule(FilingKind kind) {
        return new InvalidFeeScheduleException("rules", "هزینهٔ «" + kind.label() + "» در این نسخه تعیین نشده است.");
    }

    static InvalidFeeScheduleException ruleForReport(FilingKind kind) {
        return new InvalidFeeScheduleException(
                "rules", "«" + kind.label() + "» هزینهٔ خدمات قضایی ندارد و در جدول هزینه‌ها نمی‌آید.");
    }

    static InvalidFeeScheduleException bracketsWithoutClaimValue(FilingKind kind) {
        return new InvalidFeeScheduleException(
                "rules", "«" + kind.label() + "» بهای خواسته ندارد؛ هزینهٔ آن نمی‌تواند درصدی از خواسته باشد.");
    }

    static InvalidFeeScheduleException notAMultipleOfTheRoundingUnit(Rials amount, Rials unit) {
        return new InvalidFeeScheduleException("rules", "مبلغ " + amount + " مضرب واحد گرد کردن (" + unit + ") نیست.");
    }

    static InvalidFeeScheduleException roundingUnitNotPositive() {
        return new InvalidFeeScheduleException("roundingUnit", "واحد گرد کردن باید بزرگ‌تر از صفر باشد.");
    }

    static InvalidFeeScheduleException versionIdRequired() {
        return new InvalidFeeScheduleException("id", "شناسهٔ نسخهٔ جدول هزینه‌ها را وارد کنید.");
    }

    static InvalidFeeScheduleException duplicateVersionId(String id) {
        return new InvalidFeeScheduleException("id", "نسخه‌ای با شناسهٔ «" + id + "» پیش‌تر ثبت شده است.");
    }

    static InvalidFeeScheduleException duplicateEffectiveDate(LocalDate date) {
        return new InvalidFeeScheduleException(
                "effectiveFrom", "نسخهٔ دیگری از همین تاریخ (" + date + ") اجرا می‌شود.");
    }

    static InvalidFeeScheduleException percentTooPrecise(BigDecimal percent) {
        return new InvalidFeeScheduleException(
                "percent", "درصد هر پله حداکثر شش رقم اعشار دارد (" + percent.toPlainString() + ").");
    }

    static InvalidFeeScheduleException versionIdTooLong() {
        return new InvalidFeeScheduleException("id", "شناسهٔ نسخهٔ جدول هزینه‌ها حداکثر ۴۰ نویسه است.");
    }

    static InvalidFeeScheduleException effectiveDateNotInTheFuture(LocalDate date, LocalDate today) {
        return new InvalidFeeScheduleException(
                "effectiveFrom",
                "نسخهٔ تازهٔ جدول هزینه‌ها از روزی پس از امروز (" + today + ") اجرا می‌شود، نه از " + date + ".");
    }

    @Override
    public String code() {
        return "invalid-fee-schedule";
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
