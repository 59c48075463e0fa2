package org.edalat.filing.fees;

import org.edalat.platform.BusinessException;

/** The tariff version in force sets no amount for the service (S0-13), so it cannot be charged. */
public class ServiceNotInTariffException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ServiceNotInTariffException(String versionId, OfficeService service) {
        super("در تعرفهٔ «" + versionId + "» مبلغی برای «" + service.label() + "» تعیین نشده است.");
    }

    @Override
    public String code() {
        return "service-not-in-tariff";
    }

    @Override
    public String field() {
        return "service";
    }

    @Override
    public int httpStatus() {
        return 422;
    }
}
