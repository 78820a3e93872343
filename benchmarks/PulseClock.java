import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The pulse listener of PulseGap (the app) and PulseFloor (its floor), one copy so both windows are
 * measured alike. An {@link AnimationTimer} runs on every JavaFX pulse (and keeps pulses coming at 60
 * a second); the longest gap between two pulses during a step is what the officer would see as a
 * frozen window. Each step prints "pulse-gap STEP MAX_GAP_MS PULSES SECONDS ENDED_AT_MS" (when that
 * gap ended, from the step's start); {@link #printReport()} then prints, for matching gaps with the
 * JVM's own log (-Xlog:gc:file=...:uptime, benchmarks/pulse_gc.py), "pulse-step STEP START END" and
 * a "pulse-long STEP FROM TO GAP_MS" line for every gap over 33 ms (two frames), in JVM uptime ms.
 */
public final class PulseClock {

    private volatile long lastPulse;
    private volatile long longestGap;
    /** When the longest gap ended (System.nanoTime), to tell a stall at a step's start from one at its end. */
    private volatile long longestGapAt;
    private volatile long pulses;
    /** Every gap over two frames while a step ran: {from, to} in System.nanoTime; FX thread only. */
    private final List<long[]> longGaps = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    /** System.nanoTime at JVM uptime 0, to print times the GC log can be matched with. */
    private final long nanoAtUptimeZero = System.nanoTime()
            - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

    /** Starts listening to pulses; call on the FX thread once the window shows. */
    public void start() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long at = System.nanoTime();
                if (lastPulse != 0 && at - lastPulse > longestGap) {
                    longestGap = at - lastPulse;
                    longestGapAt = at;
                }
                if (lastPulse != 0 && at - lastPulse > 33_000_000L) {
                    longGaps.add(new long[] {lastPulse, at});
                }
                lastPulse = at;
                pulses++;
            }
        }.start();
    }

    /**
     * Runs one step and prints the longest pulse gap while it ran. {@code begin} is called on the FX
     * thread once the step's counters are reset; it starts the work (off the FX thread) and returns
     * its completion, which the calling thread waits for.
     */
    public void measure(String step, Supplier<? extends CompletableFuture<?>> begin) throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        long start = System.nanoTime();
        long pulsesBefore = pulses;
        Platform.runLater(() -> {
            longestGap = 0;
            longGaps.clear();
            begin.get().whenComplete((result, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(failure);
                } else {
                    done.complete(result);
                }
            });
        });
        done.get();
        long end = System.nanoTime();
        long seconds100 = (end - start) / 10_000_000;
        System.out.printf("pulse-gap %s %d %d %d.%02d %d%n", step, longestGap / 1_000_000, pulses - pulsesBefore,
                seconds100 / 100, seconds100 % 100, (longestGapAt - start) / 1_000_000);
        report.add(String.format("pulse-step %s %d %d", step, uptime(start), uptime(end)));
        CompletableFuture<List<long[]>> gaps = new CompletableFuture<>();
        Platform.runLater(() -> gaps.complete(List.copyOf(longGaps)));
        for (long[] gap : gaps.get()) {
            report.add(String.format("pulse-long %s %d %d %d", step, uptime(gap[0]), uptime(gap[1]),
                    (gap[1] - gap[0]) / 1_000_000));
        }
    }

    /** The steps' times and long gaps in JVM uptime, after every step has run. */
    public void printReport() {
        report.forEach(System.out::println);
    }

    private long uptime(long nanoTime) {
        return (nanoTime - nanoAtUptimeZero) / 1_000_000;
    }
}
