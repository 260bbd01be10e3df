package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.AnnualReport;
import cn.gongkai.v1.Disposition;
import cn.gongkai.v1.FiledVersion;
import cn.gongkai.v1.RegistryFinding;
import cn.gongkai.v1.RegistryFindingList;
import cn.gongkai.v1.RegistryReceipt;
import cn.gongkai.v1.RegistryVerification;
import cn.gongkai.v1.RollupMember;
import cn.gongkai.v1.RollupResult;
import cn.gongkai.v1.VersionDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registry: the filing season of issue #18 from Java (import a tree, file, find, dispose, accept,
 * lock, correct, diff, roll up with a missing child, then complete), and its refusals.
 */
class RegistryTest {
  private static final String AGENCIES = "id,name,level,parent\nP,示范市人民政府,3,\n"
      + "C1,示范市教育局,3,P\nC2,示范市财政局,3,P\n";

  private Path dir;
  private Path path;

  /** A 2022 report of `agency`; cells as "row.column", count pairs of table 三. */
  private static AnnualReport report(String agency, Object... cells) {
    StringBuilder json = new StringBuilder("{\"agency\":{\"id\":\"" + agency + "\"},\"year\":2022,\"cells\":[");
    for (int i = 0; i < cells.length; i += 2) {
      json.append(i == 0 ? "" : ",").append("{\"key\":\"t3.").append(cells[i]).append("\",\"count\":\"")
          .append(cells[i + 1]).append("\"}");
    }
    return Fixtures.report(json.append("]}").toString());
  }

  /** One application received, none concluded or carried forward: T3-balance fails twice. */
  private static final AnnualReport UNBALANCED = report("C1", "new.natural_person", 1, "new.total", 1);
  private static final AnnualReport CORRECTED = report("C1", "new.natural_person", 1, "new.total", 1,
      "carried_forward.natural_person", 1, "carried_forward.total", 1);
  private static final AnnualReport SECOND = report("C2", "new.natural_person", 2, "new.total", 2,
      "carried_forward.natural_person", 2, "carried_forward.total", 2);

  @BeforeEach
  void makeDirectory() throws IOException {
    // In the build tree, beside the test jar, like the C tests' stores.
    dir = Files.createTempDirectory(Fixtures.path("tests_jar").getParent(), "registry-test");
    path = dir.resolve("season.db");
  }

  @AfterEach
  void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void filingSeason() {
    try (Registry reg = Registry.open(path, true)) {
      reg.importAgencies(AGENCIES);
      assertEquals(List.of("C1", "C2", "P"),
          reg.agencies().getAgenciesList().stream().map(a -> a.getAgency().getId()).toList());

      FiledVersion first = reg.file(UNBALANCED, "填报人");
      assertEquals(1, first.getNumber());
      assertEquals(2, first.getErrorCount());
      RegistryFindingList findings = reg.findings("C1", 2022, 0);
      assertEquals(List.of("T3-balance", "T3-balance"),
          findings.getFindingsList().stream().map(f -> f.getFinding().getRule()).toList());

      GongkaiException refused = assertThrows(GongkaiException.class, () -> reg.accept("C1", 2022, 1, "审核人"));
      assertEquals(Code.FAILED_PRECONDITION, refused.code());
      assertTrue(refused.getMessage().contains("T3-balance"), refused.getMessage());
      for (RegistryFinding f : findings.getFindingsList()) {
        reg.dispose("C1", 2022, f.getFingerprint(), Disposition.DISPOSITION_EXPLAINED, "该申请于次年初办结", "审核人");
      }
      assertTrue(reg.findings("C1", 2022, 1).getFindingsList().stream()
          .allMatch(f -> f.getDisposition() == Disposition.DISPOSITION_EXPLAINED));
      assertFalse(reg.accept("C1", 2022, 1, "审核人").getAcceptedAt().isEmpty());
      assertFalse(reg.lock("C1", 2022, 0, "填报人").getLockedAt().isEmpty());

      GongkaiException noReason = assertThrows(GongkaiException.class, () -> reg.file(CORRECTED, "填报人"));
      assertEquals(Code.INVALID_ARGUMENT, noReason.code());
      assertEquals(2, reg.file(CORRECTED, "填报人", "更正：补填结转").getNumber());
      VersionDiff diff = reg.diff("C1", 2022, 1, 2);
      assertEquals(List.of("t3.carried_forward.natural_person", "t3.carried_forward.total"),
          diff.getChangesList().stream().map(c -> c.getKey()).sorted().toList());
      reg.accept("C1", 2022, 0, "审核人");

      RollupResult partial = reg.rollup("P", 2022);
      assertFalse(partial.getComplete());
      Map<String, RollupMember.State> states = partial.getMembersList().stream()
          .collect(Collectors.toMap(RollupMember::getAgencyId, RollupMember::getState));
      assertEquals(Map.of("C1", RollupMember.State.STATE_ACCEPTED, "C2", RollupMember.State.STATE_MISSING), states);

      reg.file(SECOND, "填报人");
      reg.accept("C2", 2022, 0, "审核人");
      RollupResult complete = reg.rollup("P", 2022);
      assertTrue(complete.getComplete());
      assertEquals(3, complete.getReport().getCellsList().stream()
          .filter(c -> c.getKey().equals("t3.new.total")).findFirst().orElseThrow().getCount());

      assertEquals(1, reg.status(2022, "P").getMissing());  // P's own report
      assertEquals(2, reg.status(2022).getAccepted());
      RegistryVerification verification = reg.verify();
      assertEquals(List.of(), verification.getProblemsList());
      assertEquals(3, verification.getVersions());
      assertEquals(verification.getHead(), reg.head());
      reg.checkReceipt(reg.head());
      GongkaiException forged = assertThrows(GongkaiException.class,
          () -> reg.checkReceipt(RegistryReceipt.newBuilder().setSequence(2).setHash("0".repeat(64)).build()));
      assertEquals(Code.FAILED_PRECONDITION, forged.code());
      assertEquals("C1", reg.report("C1", 2022, 2).getAgency().getId());
      assertEquals(2, reg.version("C1", 2022).getNumber());
    }
    try (Registry reg = Registry.open(path)) {
      assertEquals("填报人", reg.version("C1", 2022, 1).getFiledBy());
    }
  }

  @Test
  void refusals() throws IOException {
    GongkaiException absent = assertThrows(GongkaiException.class, () -> Registry.open(path));
    assertEquals(Code.NOT_FOUND, absent.code());
    Files.write(path, "not a registry, not even SQLite ".repeat(64).getBytes(StandardCharsets.UTF_8));
    GongkaiException damaged = assertThrows(GongkaiException.class, () -> Registry.open(path));
    assertEquals(Code.DATA_LOSS, damaged.code());
    Files.delete(path);

    Registry reg = Registry.open(path, true);
    reg.importAgencies(AGENCIES);
    GongkaiException negative = assertThrows(GongkaiException.class, () -> reg.version("C1", 2022, -1));
    assertEquals(Code.INVALID_ARGUMENT, negative.code());
    assertTrue(negative.getMessage().contains("number: -1 is negative"), negative.getMessage());
    GongkaiException unspecified = assertThrows(GongkaiException.class,
        () -> reg.dispose("C1", 2022, "00", Disposition.DISPOSITION_UNSPECIFIED, "", "审核人"));
    assertEquals(Code.INVALID_ARGUMENT, unspecified.code());
    GongkaiException unknown = assertThrows(GongkaiException.class,
        () -> reg.file(report("X9", "new.total", 0), "填报人"));
    assertEquals(Code.NOT_FOUND, unknown.code());
    reg.close();
    reg.close();
    assertThrows(IllegalStateException.class, reg::head);
  }
}
