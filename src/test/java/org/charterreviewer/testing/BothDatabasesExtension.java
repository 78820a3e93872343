package org.charterreviewer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.charterreviewer.storage.Database;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The two runs of a {@link BothDatabases} test, each with its own database made on first use. */
final class BothDatabasesExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabasesExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(BothDatabases.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(TestDatabases.Kind.values()).map(Run::new);
    }

    /** One run: its name in the report and the parameters it supplies. */
    private record Run(TestDatabases.Kind kind) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return "on " + kind;
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Resolver(kind));
        }
    }

    private record Resolver(TestDatabases.Kind kind) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Database.class || type == TestDatabases.Kind.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (parameter.getParameter().getType() == TestDatabases.Kind.class) {
                return kind;
            }
            // The store closes the resource (database first, then its file or server database) after the test.
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(OpenDatabase.class, key -> open(kind),
                    OpenDatabase.class).database();
        }
    }

    private static OpenDatabase open(TestDatabases.Kind kind) {
        if (kind == TestDatabases.Kind.POSTGRES) {
            TestDatabases.PostgresDatabase server = TestDatabases.freshPostgres();
            return new OpenDatabase(server.open(), server::close);
        }
        try {
            Path dir = Files.createTempDirectory("charter-h2-");
            return new OpenDatabase(TestDatabases.encryptedH2(dir), () -> deleteTree(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database for one run and how to be rid of what holds it once closed. */
    private record OpenDatabase(Database database, Runnable disposal) implements AutoCloseable {

        @Override
        public void close() {
            try {
                database.close();
            } finally {
                disposal.run();
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
