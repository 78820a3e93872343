package org.charterreviewer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void buildsNothingUntilAskedThenTheSameServiceEveryTime() {
        AtomicInteger built = new AtomicInteger();
        Lazy<Object> service = new Lazy<>(() -> {
            built.incrementAndGet();
            return new Object();
        });
        assertThat(built).hasValue(0);
        Object first = service.get();
        assertThat(service.get()).isSameAs(first);
        assertThat(built).hasValue(1);
    }

    @Test
    void threadsAskingAtOnceShareOneService() throws Exception {
        AtomicInteger built = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Lazy<Object> service = new Lazy<>(() -> {
            built.incrementAndGet();
            return new Object();
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return service.get();
                }));
            }
            start.countDown();
            Object first = answers.get(0).get();
            for (Future<Object> answer : answers) {
                assertThat(answer.get()).isSameAs(first);
            }
            assertThat(built).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
