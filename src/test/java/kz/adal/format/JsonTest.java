package kz.adal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Adal publishes: the same bytes in every build, and safe inside a classic script. */
class JsonTest {

    @Test
    void aMapWithoutAnOrderOfItsOwnIsWrittenSortedByKey() {
        Map<String, Object> hashed = new HashMap<>();
        for (String key : List.of("title", "folded", "body", "headings", "zeta", "alpha", "мүдде", "бала")) {
            hashed.put(key, 1);
        }
        assertEquals("{\"alpha\":1,\"body\":1,\"folded\":1,\"headings\":1,\"title\":1,\"zeta\":1,\"бала\":1,\"мүдде\":1}",
                Json.of(hashed));
        assertEquals(Json.of(hashed), Json.of(Map.copyOf(hashed)), "Map.of's order changes from one JVM to the next");
    }

    @Test
    void aLinkedMapKeepsItsOrder() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("number", "7");
        record.put("date", "2024-08-12");
        assertEquals("{\"number\":\"7\",\"date\":\"2024-08-12\"}", Json.of(record));
    }

    @Test
    void textCannotCloseTheScriptItIsIn() {
        assertEquals("[\"\\u003c/script\\u003e\\u2028\",null,3]",
                Json.of(java.util.Arrays.asList("</script>\u2028", null, 3)));
    }
}
