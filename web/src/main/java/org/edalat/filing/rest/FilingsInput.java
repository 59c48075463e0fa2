package org.edalat.filing.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.edalat.filing.application.Upload;
import org.edalat.filing.domain.FilingDraft;
import org.edalat.filing.domain.FilingKind;
import org.edalat.filing.domain.FilingParty;
import org.edalat.filing.domain.InvalidFilingException;
import org.edalat.filing.domain.PartyRole;

/**
 * Reads what a client of the filing API (REST or SOAP) sends: enum names as text, base64 documents,
 * request ids, file names. Every bad value is a 422 {@link InvalidFilingException} naming the field
 * as the client spelled it ({@code kind}, {@code parties[1].role}, {@code documents[0].contentBase64}),
 * never a 500 or a parser's message. The domain ({@link FilingDraft}, {@link FilingParty}) checks
 * the rest.
 */
public final class FilingsInput {
    /** Longest request id a sender may use (the column {@code client_request_id}). */
    public static final int MAX_REQUEST_ID = 100;

    /** Longest file name kept (the column {@code file_name}). */
    public static final int MAX_FILE_NAME = 200;

    private FilingsInput() {}

    /** One party as a client describes it. */
    public record PartyInput(String role, String name, String nationalCode, String address) {}

    /** One document as a client sends it in a report: a name and the content in base64. */
    public record DocumentInput(String fileName, String contentBase64) {}

    /** The filing kind named {@code text} (case-insensitive). */
    public static FilingKind kind(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFilingException(field, "kind-required", "نوع درخواست (kind) را تعیین کنید.");
        }
        try {
            return FilingKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFilingException(
                    field,
                    "unknown-kind",
                    "نوع درخواست «" + text.strip() + "» شناخته نیست؛ یکی از " + names(FilingKind.values()) + ".");
        }
    }

    /** A report kind (S0-5, S0-6): an officer's or expert's report or a flagrant preliminary case. */
    public static FilingKind reportKind(String field, String text) {
        FilingKind kind = kind(field, text);
        if (!kind.isReport()) {
            throw new InvalidFilingException(
                    field,
                    "not-a-report-kind",
                    "این سرویس فقط گزارش می‌پذیرد: OFFICER_REPORT، EXPERT_REPORT یا FLAGRANT_PRELIMINARY_CASE.");
        }
        return kind;
    }

    /** The party role named {@code text}. */
    public static PartyRole role(String field, String text) {
        if (text == null || text.isBlank()) {
            return null; // the domain refuses it naming the field
        }
        try {
            return PartyRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFilingException(
                    field,
                    "unknown-party-role",
                    "نقش طرف «" + text.strip() + "» شناخته نیست؛ یکی از " + names(PartyRole.values()) + ".");
        }
    }

    /** The parties, each described by the sender; a null entry is refused naming its index. */
    public static List<FilingParty> parties(List<PartyInput> parties) {
        List<FilingParty> result = new ArrayList<>();
        if (parties == null) {
            return result;
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyInput p = parties.get(i);
            if (p == null) {
                throw new InvalidFilingException(
                        "parties[" + i + "]", "party-required", "طرف شمارهٔ " + (i + 1) + " خالی است.");
            }
            result.add(FilingParty.described(
                    role("parties[" + i + "].role", p.role()), p.name(), p.nationalCode(), p.address(), i));
        }
        return result;
    }

    /** The draft a client wrote; the domain checks each field, naming it. */
    public static FilingDraft draft(
            FilingKind kind,
            String unitCode,
            String subject,
            String body,
            Long claimValue,
            String caseReference,
            boolean classified,
            List<PartyInput> parties) {
        return new FilingDraft(kind, unitCode, subject, body, claimValue, caseReference, classified, parties(parties));
    }

    /** A sender's request id: 1 to 100 of {@code A-Z a-z 0-9 . _ : -} (a UUID fits), kept stripped. */
    public static String requestId(String field, String text) {
        String id = text == null ? "" : text.strip();
        if (id.isEmpty()) {
            throw new InvalidFilingException(
                    field,
                    "request-id-required",
                    "شناسهٔ درخواست (requestId) لازم است تا ارسال دوباره ثبت تکراری نشود.");
        }
        if (!id.matches("[A-Za-z0-9._:-]{1," + MAX_REQUEST_ID + "}")) {
            throw new InvalidFilingException(
                    field, "invalid-request-id", "شناسهٔ درخواست حداکثر ۱۰۰ نویسه از حروف لاتین، رقم و . _ : - است.");
        }
        return id;
    }

    /** The documents of a report, decoded; a missing or malformed content is refused naming it. */
    public static List<Upload> uploads(List<DocumentInput> documents) {
        List<Upload> uploads = new ArrayList<>();
        if (documents == null) {
            return uploads;
        }
        for (int i = 0; i < documents.size(); i++) {
            DocumentInput d = documents.get(i);
            String field = "documents[" + i + "]";
            if (d == null) {
                throw new InvalidFilingException(field, "document-required", "سند شمارهٔ " + (i + 1) + " خالی است.");
            }
            uploads.add(new Upload(
                    fileName(field + ".fileName", d.fileName()), base64(field + ".contentBase64", d.contentBase64())));
        }
        return uploads;
    }

    /** Base64 (standard or URL-safe, line breaks allowed) as bytes. */
    public static byte[] base64(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFilingException(field, "document-content-required", "محتوای سند (base64) لازم است.");
        }
        String compact = withoutWhiteSpace(text);
        try {
            return compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(compact)
                    : Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidFilingException(field, "invalid-base64", "محتوای سند base64 درستی نیست.");
        }
    }

    /** The text without line breaks and spaces (MIME-style base64); the same string when it has none. */
    private static String withoutWhiteSpace(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text; // the usual case: one line, nothing to copy (a regex here cost ~10 % of a report's CPU)
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A file name as a client sends it (a header may carry it percent-encoded, for Persian names):
     * without any folder part, at most {@value #MAX_FILE_NAME} characters; null when none is given.
     */
    public static String fileName(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip();
        if (name.indexOf('%') >= 0) {
            try {
                name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                // kept as sent
            }
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        if (name.length() > MAX_FILE_NAME) {
            throw new InvalidFilingException(field, "file-name-too-long", "نام پرونده بیش از ۲۰۰ نویسه است.");
        }
        return name.isEmpty() ? null : name;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining("، "));
    }
}
