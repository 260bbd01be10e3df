package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.AnnualReport;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.DeadlineKind;
import cn.gongkai.v1.Table3Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Many threads at once: immutable handles (Calendar) and static calls shared, stateful handles
 * (Table3, DeadlineOptions) one per thread, and each thread's failures with their own message.
 */
class ThreadsTest {
  private static final int THREADS = 8;
  private static final int CALLS = 300;

  /** Runs task(i) for i in 0..THREADS-1 on THREADS threads that start together; returns results. */
  private static <T> List<T> onThreads(IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    try {
      List<Callable<T>> tasks = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int n = i;
        tasks.add(() -> {
          start.await();
          return task.apply(n);
        });
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : pool.invokeAll(tasks)) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneCalendarManyThreads() throws Exception {
    try (Calendar cal = Calendar.national()) {
      List<Integer> right = onThreads(t -> {
        int ok = 0;
        for (int i = 0; i < CALLS; i++) {
          ok += cal.addWorkingDays(LocalDate.of(2024, 2, 2), 20).date().equals(LocalDate.of(2024, 3, 6)) ? 1 : 0;
          ok += cal.workingDaysBetween(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 3, 6)) == 20 ? 1 : 0;
        }
        return ok;
      });
      assertEquals(List.of(2 * CALLS, 2 * CALLS, 2 * CALLS, 2 * CALLS, 2 * CALLS, 2 * CALLS, 2 * CALLS, 2 * CALLS),
          right);
    }
  }

  @Test
  void oneTable3PerThreadThenMerge() throws Exception {
    Application decided = Applications.applyEvent(Fixtures.app(), Fixtures.decide());
    List<Table3> tables = onThreads(t -> {
      Table3 table = new Table3(2024);
      for (int i = 0; i < CALLS; i++) {
        table.add(List.of(Fixtures.app(), decided));
      }
      return table;
    });
    try (Table3 total = new Table3(2024)) {
      for (Table3 table : tables) {
        total.merge(table);
        table.close();
      }
      Table3Result result = total.result();
      assertEquals(2L * CALLS * THREADS, result.getRecordsCounted());
      assertEquals((long) CALLS * THREADS, Reports.count(result.getReport(), "t3.partial.natural_person"));
      assertEquals(0, Reports.validate(result.getReport()).getErrorCount());
    }
  }

  @Test
  void deadlinesAndReportsOnEveryThread() throws Exception {
    AnnualReport broken = Fixtures.broken();
    try (ValidateOptions shared = new ValidateOptions().members(List.of(broken))) {
      List<Boolean> fine = onThreads(t -> {
        boolean ok = true;
        try (DeadlineOptions options = new DeadlineOptions().countStartDay(t % 2 == 0)) {
          LocalDate due = LocalDate.of(2024, 3, t % 2 == 0 ? 5 : 6);
          for (int i = 0; i < CALLS / 3; i++) {
            ok &= Applications.deadlines(Fixtures.app(), LocalDate.of(2024, 2, 20), null, options)
                .getDeadlinesList().stream()
                .filter(d -> d.getKind() == DeadlineKind.DEADLINE_KIND_REPLY)
                .allMatch(d -> Dates.toLocalDate(d.getDue()).equals(due));
            ok &= Reports.validate(broken, shared).getErrorCount() == 2;
            ok &= Reports.render(broken, Reports.Output.CSV).contains("1");
          }
        }
        return ok;
      });
      assertEquals(THREADS, fine.stream().filter(b -> b).count());
    }
  }

  @Test
  void eachThreadGetsItsOwnErrorMessage() throws Exception {
    List<Integer> right = onThreads(t -> {
      int ok = 0;
      for (int i = 0; i < CALLS; i++) {
        String name = "gongkai.v1.Missing" + t + "x" + i;
        try {
          Messages.toJson(name, new byte[0]);
        } catch (GongkaiException e) {
          ok += e.code() == Code.NOT_FOUND && e.getMessage().contains("\"" + name + "\"") ? 1 : 0;
        }
      }
      return ok;
    });
    for (int ok : right) {
      assertEquals(CALLS, ok);
    }
  }

  @Test
  void concurrentLoadingLoadsOnce() throws Exception {
    List<GongkaiLibrary> seen = onThreads(t -> Gongkai.library());
    assertTrue(seen.stream().allMatch(l -> l == seen.get(0)));
  }
}
