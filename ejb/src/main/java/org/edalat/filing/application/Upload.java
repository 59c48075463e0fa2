package org.edalat.filing.application;

/** A document as a sender sends it: the name it gives and the bytes (type decided by content). */
public record Upload(String fileName, byte[] content) {}
