package org.edalat.accounts.soap;

/** Names of the accounts SOAP contracts (WEB-INF/wsdl, docs/soap.md). */
final class SoapContract {
    /** Target namespace of the WSDLs and of their schema, version 1. */
    static final String NAMESPACE = "https://edalat.ir/ws/accounts/v1";

    private SoapContract() {}
}
