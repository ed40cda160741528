package kz.adal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScriptCompactorTest {

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/scripts", name));
    }

    @Test
    void dropsWholeLineCommentsAfterTheHeaderBlankLinesAndIndentationButNoCode() throws IOException {
        assertEquals(fixture("commented.compacted.js"), ScriptCompactor.compact(fixture("commented.js")));
    }

    @Test
    void leavesAScriptWithAContinuedStringAsItIs() throws IOException {
        String script = fixture("continued-string.js");
        assertEquals(script, ScriptCompactor.compact(script));
    }

    /** What it does to the engine; that the engine still works is what the browser tests of the built site show. */
    @Test
    void theSearchEngineLosesAQuarterOfItsBytes() throws IOException {
        String engine = Files.readString(Path.of("theme/assets/search/engine.js"));
        String compacted = ScriptCompactor.compact(engine);
        assertTrue(compacted.length() < engine.length() * 3 / 4, compacted.length() + " of " + engine.length());
        assertTrue(compacted.startsWith("/*\n* Adal search engine"), "its header stays");
    }

    @Test
    void theInflatersLicenceStaysWithIt() throws IOException {
        String compacted = ScriptCompactor.compact(Files.readString(Path.of("theme/assets/search/inflate.js")));
        assertTrue(compacted.contains("MIT License\n*\n* Copyright (c) 2015-present Devon Govett"), "MIT asks for its notice");
        assertTrue(compacted.contains("* The above copyright notice and this permission notice shall be included"));
    }
}
