package org.edalat.filing.domain;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a filing stands on its path (S0-3, S0-4): the steps are taken one by one in the path's
 * order, none skipped or repeated; at an office the step MATCHED needs every document confirmed
 * against its paper first. Immutable: each step makes a new value.
 */
public final class FilingProgress implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FilingPath path;
    private final FilingStep current;
    private final Set<String> documents;
    private final Set<String> matched;

    private FilingProgress(FilingPath path, FilingStep current, Set<String> documents, Set<String> matched) {
        this.path = path;
        this.current = current;
        this.documents = Set.copyOf(documents);
        this.matched = Set.copyOf(matched);
    }

    /** A filing starting its path: the path's first step taken. */
    public static FilingProgress start(FilingPath path) {
        return new FilingProgress(Objects.requireNonNull(path), path.first(), Set.of(), Set.of());
    }

    /** A filing resumed at a step it reached earlier (read back from storage). */
    public static FilingProgress at(FilingPath path, FilingStep current) {
        path.after(current); // refuses a step foreign to the path
        return new FilingProgress(path, current, Set.of(), Set.of());
    }

    /**
     * A filing read back from storage at {@code current}, with its digitised documents and those
     * the clerk has confirmed so far (S0-4).
     */
    public static FilingProgress resumed(
            FilingPath path, FilingStep current, Set<String> documentIds, Set<String> matchedIds) {
        path.after(current); // refuses a step foreign to the path
        return new FilingProgress(path, current, documentIds, matchedIds);
    }

    /** Takes {@code step}; refuses it unless it is the next of the path. */
    public FilingProgress take(FilingStep step) {
        FilingStep expected = path.after(current);
        if (step != expected) {
            throw new StepOutOfOrderException(path, step, expected);
        }
        if (step == FilingStep.MATCHED && !matched.containsAll(documents)) {
            Set<String> open = new LinkedHashSet<>(documents);
            open.removeAll(matched);
            throw new DocumentsNotMatchedException(open.size());
        }
        if (step == FilingStep.MATCHED && documents.isEmpty()) {
            throw new DocumentsNotMatchedException(0);
        }
        return new FilingProgress(path, step, documents, matched);
    }

    /** Records the digitised documents (S0-4) as the step DOCUMENTS_DIGITISED is taken. */
    public FilingProgress digitised(Set<String> documentIds) {
        FilingProgress next = take(FilingStep.DOCUMENTS_DIGITISED);
        return new FilingProgress(path, next.current, documentIds, Set.of());
    }

    /** The clerk confirms one document against its paper (S0-4); only after they were shown. */
    public FilingProgress confirmMatch(String documentId) {
        if (current != FilingStep.SHOWN_TO_APPLICANT) {
            throw new StepOutOfOrderException(path, FilingStep.MATCHED, path.after(current));
        }
        if (!documents.contains(documentId)) {
            throw new IllegalArgumentException("not a document of this filing: " + documentId);
        }
        Set<String> now = new LinkedHashSet<>(matched);
        now.add(documentId);
        return new FilingProgress(path, current, documents, now);
    }

    public FilingPath path() {
        return path;
    }

    public FilingStep current() {
        return current;
    }

    /** The step that may come next, or null when the filing was sent. */
    public FilingStep next() {
        return path.after(current);
    }

    public boolean isSent() {
        return current == FilingStep.SENT;
    }

    /** Documents confirmed so far, of those digitised. */
    public int matchedCount() {
        return matched.size();
    }
}
