package org.edalat.it.accounts.soap;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.edalat.it.support.Http;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A SOAP 1.1 client as an agency writes one without tooling: an envelope posted over plain HTTP
 * ({@link Http}) with Basic credentials, the answer read with a namespace-aware DOM.
 */
final class SoapClient {
    static final String NS = "https://edalat.ir/ws/accounts/v1";
    static final String COMPANY_REGISTRY = "soap/accounts/company-registry";
    static final String PRISON_REGISTRATION = "soap/accounts/prison-registration";
    static final String CONTACT_FEED = "soap/accounts/contact-feed";

    private final Http http;

    private SoapClient(Http http) {
        this.http = http;
    }

    static SoapClient anonymous(URL base) {
        return new SoapClient(Http.anonymous(base));
    }

    static SoapClient as(URL base, String username, String password) {
        return new SoapClient(Http.basic(base, username, password));
    }

    /** Posts {@code bodyXml} (elements of the accounts namespace, prefix {@code a}) in an envelope. */
    Answer call(String path, String bodyXml) {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:a=\"" + NS
                + "\"><soapenv:Header/><soapenv:Body>" + bodyXml + "</soapenv:Body></soapenv:Envelope>";
        HttpRequest.Builder request = http.request(path)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8));
        return new Answer(Http.send(request));
    }

    HttpResponse<String> get(String pathAndQuery) {
        return http.get(pathAndQuery);
    }

    /** An XML element {@code <a:name>text</a:name>} with the text escaped; nothing for null. */
    static String el(String name, String text) {
        if (text == null) {
            return "";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<a:" + name + ">" + escaped + "</a:" + name + ">";
    }

    /** The answer to a call: HTTP status, body, and the body read as XML. */
    static final class Answer {
        final int status;
        final String body;
        final Document xml;

        Answer(HttpResponse<String> response) {
            this.status = response.statusCode();
            this.body = response.body();
            this.xml = parse(body);
        }

        private static Document parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                return factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception notXml) {
                return null;
            }
        }

        boolean isFault() {
            return xml != null
                    && xml.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Fault")
                                    .getLength()
                            == 1;
        }

        /** Text of the first element of the accounts namespace named {@code name}, or null. */
        String text(String name) {
            List<String> all = texts(name);
            return all.isEmpty() ? null : all.get(0);
        }

        /** Texts of every element of the accounts namespace named {@code name}, in document order. */
        List<String> texts(String name) {
            List<String> texts = new ArrayList<>();
            if (xml != null) {
                NodeList nodes = xml.getElementsByTagNameNS(NS, name);
                for (int i = 0; i < nodes.getLength(); i++) {
                    texts.add(nodes.item(i).getTextContent());
                }
            }
            return texts;
        }

        /** The {@code i}-th result item of a contact-feed batch as its child elements' texts. */
        Element item(int i) {
            return (Element) xml.getElementsByTagNameNS(NS, "item").item(i);
        }

        static String child(Element parent, String name) {
            NodeList nodes = parent.getElementsByTagNameNS(NS, name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        /** The SOAP 1.1 faultcode as written ({@code soap:Client}), or null. */
        String faultCode() {
            if (xml == null) {
                return null;
            }
            NodeList nodes = xml.getElementsByTagName("faultcode");
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        /** The SOAP 1.1 faultstring, or null. */
        String faultString() {
            if (xml == null) {
                return null;
            }
            NodeList nodes = xml.getElementsByTagName("faultstring");
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
