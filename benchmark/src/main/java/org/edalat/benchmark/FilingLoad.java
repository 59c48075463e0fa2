package org.edalat.benchmark;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Concurrent agency clients sending reports (S0-5) through {@code POST /api/v1/reports} for a fixed
 * time after a warm-up: each report has a fresh request id and two documents of {@code documentBytes}
 * random bytes each, wrapped in a valid PNG (so the inspector accepts them and every filing stores
 * new content). Counts the reports registered inside the measured window (201 with a tracking code),
 * the answers by status, and their latency.
 */
final class FilingLoad {
    /** The demo's judicial unit (FilingDemo): referral, judge and branch clerk are posted there. */
    static final String UNIT = "TEH-CIV";

    static final String PATH = "/api/v1/reports";

    /** One run: {@code window().counted()} reports registered (201 with a tracking code). */
    record Result(
            String label,
            String auth,
            int clients,
            double seconds,
            TimedPosts.Window window,
            long withoutCode,
            long requestBytes)
            implements TimedPosts.Measured {}

    private final Api api;
    private final int documentBytes;

    FilingLoad(Api api, int documentBytes) {
        this.api = api;
        this.documentBytes = documentBytes;
    }

    Result run(String label, Api.Auth auth, int clients, int warmupSeconds, int seconds) throws InterruptedException {
        AtomicLong withoutCode = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        TimedPosts.Window window =
                TimedPosts.run(api, PATH, auth, "filing", clients, warmupSeconds, seconds, new TimedPosts.Scenario() {
                    @Override
                    public String body() {
                        String body = FilingLoad.body(documentBytes);
                        bytes.set(body.length());
                        return body;
                    }

                    /** Registered: 201 with a tracking code; a 201 without one is counted apart. */
                    @Override
                    public boolean counts(int status, String answer) {
                        if (status != 201) {
                            return false;
                        }
                        if (answer.matches("(?s).*\"trackingCode\":\"[1-9][0-9]{15}\".*")) {
                            return true;
                        }
                        withoutCode.incrementAndGet();
                        return false;
                    }
                });
        return new Result(label, auth.description(), clients, seconds, window, withoutCode.get(), bytes.get());
    }

    /** A report with a fresh request id and two new PNG documents of {@code documentBytes} random bytes. */
    static String body(int documentBytes) {
        String requestId = "bench-" + UUID.randomUUID();
        Base64.Encoder base64 = Base64.getEncoder();
        return "{\"requestId\":\"" + requestId + "\",\"kind\":\"OFFICER_REPORT\",\"unitCode\":\"" + UNIT + "\","
                + "\"subject\":\"گزارش ضابط (سنجش کارایی)\","
                + "\"body\":\"گزارش ضابط دربارهٔ رویدادی که در سنجش کارایی ثبت می‌شود.\",\"classified\":false,"
                + "\"documents\":["
                + "{\"fileName\":\"scan-1.png\",\"contentBase64\":\"" + base64.encodeToString(png(documentBytes))
                + "\"},"
                + "{\"fileName\":\"scan-2.png\",\"contentBase64\":\"" + base64.encodeToString(png(documentBytes))
                + "\"}"
                + "]}";
    }

    /**
     * A valid PNG whose pixel data are {@code size} random bytes (8-bit grey, rows of 1024 pixels,
     * stored without compression): incompressible, different every time, about {@code size} bytes.
     */
    static byte[] png(int size) {
        int width = 1024;
        int height = Math.max(1, size / width);
        byte[] raw = new byte[height * (width + 1)];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        random.nextBytes(raw);
        for (int row = 0; row < height; row++) {
            raw[row * (width + 1)] = 0; // filter type None
        }
        Deflater deflater = new Deflater(Deflater.NO_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream zlib = new ByteArrayOutputStream(raw.length + 1024);
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            zlib.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 2048);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0)
                        .array());
        chunk(out, "IDAT", zlib.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
