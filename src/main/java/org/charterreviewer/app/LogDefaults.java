package org.charterreviewer.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Logback's start-up configuration, set in code (found through META-INF/services) instead of a
 * logback.xml: parsing the XML loaded some 300 classes (Joran and the JDK's XML parser) and took a
 * quarter to half a second of every start and every command (docs/PERFORMANCE.md). The same as
 * the XML it replaces: nothing is written until {@link LogConfiguration} adds the data folder's
 * file; noisy libraries only warn; logback says nothing about itself. A logback-test.xml (tests)
 * or -Dlogback.configurationFile still wins.
 */
public final class LogDefaults extends ContextAwareBase implements Configurator {

    private static final Map<String, Level> LEVELS = Map.of(
            "org.jooq", Level.WARN,
            "org.flywaydb", Level.WARN,
            "com.zaxxer", Level.WARN,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = LogDefaults.class.getClassLoader();
        if (System.getProperty("logback.configurationFile") != null
                || loader.getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
