package org.charterreviewer.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a store test twice, on an encrypted H2 file and on a fresh PostgreSQL database, both at the
 * current schema. The test method takes a {@link org.charterreviewer.storage.Database} parameter
 * (and may take a {@link TestDatabases.Kind}); the database is closed, and dropped or deleted, after it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabasesExtension.class)
public @interface BothDatabases {
}
