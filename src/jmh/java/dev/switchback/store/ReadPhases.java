package dev.switchback.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchback.engine.Engine;
import dev.switchback.engine.PlanAnalysis;
import dev.switchback.model.Plan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Main-thread CPU of each phase of a {@code check}'s reading and checking, first call and second call in one
 * JVM (the first is what a short run pays: cold code, class set-up). Start it as the relaunch starts a
 * command, with the command's archive, the jar first on the class path (docs/performance.md, session 8):
 * <pre>
 * java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -XX:SharedArchiveFile=~/.cache/switchback/cli-check-*.jsa \
 *     -cp target/switchback.jar:target/benchmarks.jar dev.switchback.store.ReadPhases plan.json 2026-11-30 [mapper]
 * </pre>
 * With {@code mapper} the tree and the DTOs are read by the strict mapper, as before decisions/0015.
 */
public final class ReadPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long started;

    private ReadPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        LocalDate week = LocalDate.parse(args[1]);
        boolean mapper = args.length > 2 && args[2].equals("mapper");
        for (int round = 1; round <= 2; round++) {
            var out = new StringBuilder(round == 1 ? "first call:" : "second call:");
            start();
            byte[] bytes = Files.readAllBytes(file);
            out.append(" bytes ").append(ms());
            JsonNode tree;
            PlanDto dto;
            if (mapper) {
                start();
                ObjectMapper m = PlanJson.newMapper();
                out.append(" mapper ").append(ms());
                start();
                tree = m.readTree(bytes);
                out.append(" tree ").append(ms());
                start();
                dto = m.treeToValue(tree, PlanDto.class);
                out.append(" binding ").append(ms());
            } else {
                start();
                JsonFactory factory = PlanJson.newFactory();
                out.append(" factory ").append(ms());
                start();
                tree = TreeReader.tree(factory, bytes);
                out.append(" tree ").append(ms());
                start();
                dto = TreeReader.plan(tree);
                out.append(" dtos ").append(ms());
            }
            start();
            Plan plan = PlanMapper.toPlan(dto);
            out.append(" toPlan ").append(ms());
            start();
            PlanAnalysis analysis = Engine.analyse(plan, week.plusDays(3));
            out.append(" analyse ").append(ms());
            start();
            int findings = analysis.findings(week, week.plusDays(6)).size();
            out.append(" findings ").append(ms()).append(" (").append(findings).append(")");
            System.out.println(out);
        }
    }

    private static void start() {
        started = THREADS.getCurrentThreadCpuTime();
    }

    private static String ms() {
        return String.format(java.util.Locale.ROOT, "%.1f", (THREADS.getCurrentThreadCpuTime() - started) / 1e6);
    }
}
