package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.Agency;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No manual memory handling: every buffer the library returns is freed exactly once, on success
 * and on failure; every handle is freed once, by close() or else by the garbage collector.
 */
class HandlesTest {
  /** The *_free calls seen: (function, pointer value or 0 for NULL). */
  record Free(String function, long pointer) {}

  private final List<Free> frees = new CopyOnWriteArrayList<>();
  private GongkaiLibrary real;

  @BeforeEach
  void countFrees() {
    real = Lib.interpose(lib -> (GongkaiLibrary) Proxy.newProxyInstance(GongkaiLibrary.class.getClassLoader(),
        new Class<?>[] {GongkaiLibrary.class}, (proxy, method, args) -> {
          if (method.getName().endsWith("_free")) {
            Pointer p = args[0] == null ? null : ((PointerType) args[0]).getPointer();
            frees.add(new Free(method.getName(), Pointer.nativeValue(p)));
          }
          try {
            return method.invoke(lib, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }

  @AfterEach
  void restore() {
    Lib.restore(real);
  }

  private List<Free> buffers() {
    return frees.stream().filter(f -> f.function().equals("gongkai_buffer_free")).toList();
  }

  private long count(String function) {
    return frees.stream().filter(f -> f.function().equals(function)).count();
  }

  @Test
  void successFreesOneBufferPerCall() {
    byte[] data = Messages.fromJson("gongkai.v1.Agency", "{\"name\": \"n\"}", false);
    Messages.toJson("gongkai.v1.Agency", data);
    Messages.fromJson(Agency.class, "{}");
    Messages.toJson(Agency.getDefaultInstance());
    Messages.typeNames();
    List<Free> buffers = buffers();
    assertEquals(5, buffers.size(), buffers.toString());
    assertTrue(buffers.stream().allMatch(f -> f.pointer() != 0), "a successful call returns a non-NULL buffer");
  }

  @Test
  void failureFreesNothingButNull() {
    assertThrows(GongkaiException.class, () -> Messages.toJson("nope", new byte[0]));
    assertThrows(GongkaiException.class, () -> Messages.fromJson("gongkai.v1.Agency", "{", false));
    assertEquals(List.of(new Free("gongkai_buffer_free", 0), new Free("gongkai_buffer_free", 0)), buffers());
  }

  @Test
  void emptyBufferIsFreedToo() {
    assertEquals(0, Messages.fromJson("gongkai.v1.Agency", "{}", false).length);
    assertEquals(1, buffers().size());
    assertTrue(buffers().get(0).pointer() != 0);
  }

  @Test
  void closeFreesEachHandleOnce() {
    Calendar cal = Calendar.national();
    Table3 table = new Table3(2024);
    DeadlineOptions deadlineOptions = new DeadlineOptions();
    ValidateOptions validateOptions = new ValidateOptions();
    for (AutoCloseable handle : List.<AutoCloseable>of(cal, table, deadlineOptions, validateOptions)) {
      try {
        handle.close();
        handle.close();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    assertEquals(1, count("gongkai_calendar_free"));
    assertEquals(1, count("gongkai_table3_free"));
    assertEquals(1, count("gongkai_deadline_options_free"));
    assertEquals(1, count("gongkai_validate_options_free"));
    assertTrue(frees.stream().allMatch(f -> f.pointer() != 0));
    assertThrows(IllegalStateException.class, () -> table.add(List.of()));
    assertThrows(IllegalStateException.class, () -> deadlineOptions.countStartDay(true));
  }

  @Test
  void optionsMadeForOneCallAreFreed() {
    Reports.validate(Fixtures.broken(), Fixtures.report("{\"agency\": {\"id\": \"d2\"}, \"year\": 2021}"), null);
    assertEquals(1, count("gongkai_validate_options_free"));
  }

  @Test
  void unreachableHandlesAreFreedByTheCollector() throws InterruptedException {
    for (int i = 0; i < 10; i++) {
      new Table3(2024).add(List.of(Fixtures.app()));  // never closed
    }
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (count("gongkai_table3_free") < 10 && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(50);
    }
    assertEquals(10, count("gongkai_table3_free"));
  }
}
