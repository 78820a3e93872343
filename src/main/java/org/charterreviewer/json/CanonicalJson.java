package org.charterreviewer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;

/**
 * Writes our JSON documents the same way on every machine: two-space indent, LF line ends (never
 * the platform's), UTF-8, a final LF, dates as ISO text. The same value always gives the same bytes,
 * which is what lets a SHA-256 of them identify it.
 */
public final class CanonicalJson {

    private final ObjectWriter writer;

    public CanonicalJson(ObjectMapper mapper) {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf);
        this.writer = mapper.copy()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
                .writer(printer);
    }

    /** The canonical bytes of {@code value}, a record or bean of one of our formats. */
    public byte[] write(Object value) {
        try {
            return (writer.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
