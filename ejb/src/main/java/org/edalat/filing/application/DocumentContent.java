package org.edalat.filing.application;

/** A document's bytes with the name and media type to serve them with. */
public record DocumentContent(String fileName, String mediaType, byte[] content) {}
