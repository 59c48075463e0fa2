package org.edalat.accounts.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.PersonKind;
import org.edalat.accounts.soap.v1.Detainee;
import org.edalat.accounts.soap.v1.ForeignNational;
import org.edalat.accounts.soap.v1.PrisonRegistrationPortType;
import org.edalat.accounts.soap.v1.ProblemFault;
import org.edalat.accounts.soap.v1.RegistrationResult;

/**
 * SOAP endpoint of prisons and detention centres (contract
 * WEB-INF/wsdl/prison-registration-v1.wsdl, URL {@code /soap/accounts/prison-registration}):
 * registers a detainee who has no account, or answers the one who has with {@code created=false}
 * (S4-19.1). Translation only: {@link PersonRegistry#registerDetainee} decides, checks the role
 * (PRISON) and that the caller is a registered prison's account.
 */
@WebService(
        serviceName = "PrisonRegistrationService",
        portName = "PrisonRegistrationPort",
        targetNamespace = SoapContract.NAMESPACE,
        endpointInterface = "org.edalat.accounts.soap.v1.PrisonRegistrationPortType",
        wsdlLocation = "WEB-INF/wsdl/prison-registration-v1.wsdl")
public class PrisonRegistrationEndpoint implements PrisonRegistrationPortType {
    @EJB
    private PersonRegistry registry;

    @Override
    public RegistrationResult registerDetainee(Detainee detainee) throws ProblemFault {
        return SoapFaults.answer("registerDetainee", () -> {
            if (detainee == null) {
                throw InvalidFieldException.required("detainee", "بازداشت‌شده");
            }
            return SoapTypes.result(registry.registerDetainee(details(detainee)));
        });
    }

    private static PersonDetails details(Detainee detainee) {
        ForeignNational foreign = detainee.getForeignNational();
        if (detainee.getNationalCode() == null && foreign == null) {
            throw InvalidFieldException.required("nationalCode", "کد ملی (یا شناسهٔ اتباع خارجی)");
        }
        boolean iranian = detainee.getNationalCode() != null;
        return new PersonDetails(
                iranian ? PersonKind.NATURAL : PersonKind.FOREIGN_NATURAL,
                detainee.getNationalCode(),
                null,
                iranian ? null : foreign.getForeignId(),
                iranian ? null : foreign.getPassportNumber(),
                iranian ? null : foreign.getNationality(),
                SoapTypes.date("birthDate", detainee.getBirthDate()),
                null,
                null,
                null,
                SoapTypes.change(detainee.getFirstName(), detainee.getLastName(), null, detainee.getContact()));
    }
}
