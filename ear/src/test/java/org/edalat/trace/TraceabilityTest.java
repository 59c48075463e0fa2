package org.edalat.trace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/traceability.md is true: every test it names exists and names the rule id; every rule id a
 * test method names is listed; every listed id is a rule of SPEC.md (when ../shared is beside the
 * repository, as in CI).
 */
class TraceabilityTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(S[04]-[0-9]+(?:\\.[0-9a-z]+)?)\\s*\\|(.*)\\|\\s*$");
    private static final Pattern TEST_REF = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([A-Za-z0-9_]+)`");
    private static final Pattern ID_IN_METHOD = Pattern.compile("_(S[04]_[0-9]+(?:_[0-9a-z]+)?)(?=_|\\b|\\()");
    private static final Pattern TEST_METHOD = Pattern.compile("void\\s+([A-Za-z0-9_]+)\\s*\\(");

    private static final Map<String, List<String[]>> LISTED = new HashMap<>();
    private static final Map<String, String> TEST_SOURCES = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (String line : Files.readAllLines(ROOT.resolve("docs/traceability.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Matcher ref = TEST_REF.matcher(row.group(2));
                List<String[]> refs = LISTED.computeIfAbsent(row.group(1), k -> new ArrayList<>());
                while (ref.find()) {
                    refs.add(new String[] {ref.group(1), ref.group(2)});
                }
            }
        }
        try (Stream<Path> files = Files.walk(ROOT, 12)) {
            for (Path file : files.filter(p -> p.toString().contains("/src/test/java/")
                            && p.toString().endsWith(".java")
                            && !p.toString().contains("/target/"))
                    .toList()) {
                TEST_SOURCES.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
            }
        }
    }

    @Test
    void everyListedRuleHasATestThatExistsAndNamesIt() {
        assertFalse(LISTED.isEmpty(), "docs/traceability.md lists rules");
        for (Map.Entry<String, List<String[]>> rule : LISTED.entrySet()) {
            assertFalse(rule.getValue().isEmpty(), rule.getKey() + " lists no test");
            String javaId = rule.getKey().replace('-', '_').replace('.', '_');
            for (String[] ref : rule.getValue()) {
                String source = TEST_SOURCES.get(ref[0]);
                assertTrue(source != null, rule.getKey() + ": no test class " + ref[0]);
                assertTrue(source.contains(" " + ref[1] + "("), rule.getKey() + ": no method " + ref[0] + "#" + ref[1]);
                assertTrue(ref[1].contains(javaId), rule.getKey() + ": " + ref[1] + " does not name " + javaId);
            }
        }
    }

    @Test
    void everyRuleATestNamesIsListed() {
        Set<String> unlisted = new TreeSet<>();
        for (Map.Entry<String, String> source : TEST_SOURCES.entrySet()) {
            Matcher method = TEST_METHOD.matcher(source.getValue());
            while (method.find()) {
                Matcher id = ID_IN_METHOD.matcher(method.group(1));
                while (id.find()) {
                    String ruleId = toSpecId(id.group(1));
                    boolean listed = LISTED.getOrDefault(ruleId, List.of()).stream()
                            .anyMatch(r -> r[0].equals(source.getKey()) && r[1].equals(method.group(1)));
                    if (!listed) {
                        unlisted.add(ruleId + " " + source.getKey() + "#" + method.group(1));
                    }
                }
            }
        }
        assertTrue(unlisted.isEmpty(), "tests naming rules but missing from docs/traceability.md: " + unlisted);
    }

    @Test
    void everyListedRuleIsARuleOfTheSpec() throws IOException {
        Path spec = ROOT.resolveSibling("shared").resolve("SPEC.md");
        if (!Files.exists(spec)) {
            return; // a clone without ../shared: the other checks still hold
        }
        String text = Files.readString(spec);
        for (String rule : LISTED.keySet()) {
            String article = rule.replaceAll("\\..*$", "");
            assertTrue(text.contains(rule) || text.contains(article), rule + " is not in SPEC.md");
        }
    }

    /** {@code S4_28} → {@code S4-28}; {@code S0_38_k} → {@code S0-38.k}; {@code S4_13_2} → {@code S4-13.2}. */
    static String toSpecId(String javaId) {
        String[] parts = javaId.split("_");
        StringBuilder id = new StringBuilder(parts[0]).append('-').append(parts[1]);
        for (int i = 2; i < parts.length; i++) {
            id.append('.').append(parts[i]);
        }
        return id.toString();
    }
}
