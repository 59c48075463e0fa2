package org.edalat.accounts.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import org.edalat.accounts.application.PersonDetails;
import org.edalat.accounts.application.PersonRegistry;
import org.edalat.accounts.domain.InvalidFieldException;
import org.edalat.accounts.domain.RepresentativeCapacity;
import org.edalat.accounts.soap.v1.CompanyRegistryPortType;
import org.edalat.accounts.soap.v1.LegalPerson;
import org.edalat.accounts.soap.v1.ProblemFault;
import org.edalat.accounts.soap.v1.RegistrationResult;

/**
 * SOAP endpoint of the company registration office (contract WEB-INF/wsdl/company-registry-v1.wsdl,
 * URL {@code /soap/accounts/company-registry}): registers a legal person at first registration and
 * records every later change as a new version (S4-21), with the natural person who represents it
 * (S4-10.1). Translation only: {@link PersonRegistry#registerOrChangeLegalPerson} decides and
 * checks the role (COMPANY_REGISTRY).
 */
@WebService(
        serviceName = "CompanyRegistryService",
        portName = "CompanyRegistryPort",
        targetNamespace = SoapContract.NAMESPACE,
        endpointInterface = "org.edalat.accounts.soap.v1.CompanyRegistryPortType",
        wsdlLocation = "WEB-INF/wsdl/company-registry-v1.wsdl")
public class CompanyRegistryEndpoint implements CompanyRegistryPortType {
    @EJB
    private PersonRegistry registry;

    @Override
    public RegistrationResult registerOrChangeLegalPerson(LegalPerson legalPerson) throws ProblemFault {
        return SoapFaults.answer("registerOrChangeLegalPerson", () -> {
            if (legalPerson == null) {
                throw InvalidFieldException.required("legalPerson", "شخص حقوقی");
            }
            if (legalPerson.getRepresentativeCapacity() == null) {
                // S4-10.1: the representative is the highest executive or the legal representative
                throw InvalidFieldException.required("representativeCapacity", "سمت نماینده");
            }
            PersonDetails details = PersonDetails.legal(
                    legalPerson.getLegalId(),
                    legalPerson.getRegistrationNumber(),
                    legalPerson.getRepresentativeNationalCode(),
                    RepresentativeCapacity.valueOf(
                            legalPerson.getRepresentativeCapacity().name()),
                    SoapTypes.change(null, null, legalPerson.getLegalName(), legalPerson.getContact()));
            return SoapTypes.result(registry.registerOrChangeLegalPerson(details, legalPerson.getRegistryReference()));
        });
    }
}
