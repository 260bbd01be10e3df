package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.AnnualRequest;
import cn.gongkai.v1.AnnualResult;
import cn.gongkai.v1.Application;
import cn.gongkai.v1.Disclosure;
import cn.gongkai.v1.IssuanceSlip;
import cn.gongkai.v1.PublicAttribute;
import cn.gongkai.v1.RecordProblem;
import cn.gongkai.v1.Remedy;
import cn.gongkai.v1.SlipAction;
import cn.gongkai.v1.SlipEvent;
import cn.gongkai.v1.SlipRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full annual report from records of every kind, from Java. */
class AnnualTest {
  static final String AGENCY = "11110105MB0000000X";

  static AnnualRequest request() {
    return Messages.fromJson(AnnualRequest.class, "{\"agency\": {\"id\": \"" + AGENCY + "\", \"name\": \"示范市临江区人民政府\","
        + " \"level\": \"AGENCY_LEVEL_COUNTY\"}, \"year\": 2025, \"entered\": {\"cells\": ["
        + "{\"key\": \"t2.item8.fees.amount\", \"amount\": {\"units\": \"1235\", \"scale\": 2}}],"
        + " \"overview\": \"2025年，临江区坚持以公开为常态、不公开为例外。\"}}");
  }

  private static SlipEvent step(SlipAction action, SlipRole role, int day) {
    PublicAttribute attribute = action == SlipAction.SLIP_ACTION_PROPOSE || action == SlipAction.SLIP_ACTION_SIGN
        ? PublicAttribute.PUBLIC_ATTRIBUTE_PROACTIVE : PublicAttribute.PUBLIC_ATTRIBUTE_UNSPECIFIED;
    SlipEvent.Builder e = SlipEvent.newBuilder().setAction(action).setRole(role).setAttribute(attribute)
        .setDate(Dates.toProto(LocalDate.of(2025, 2, day)));
    if (action == SlipAction.SLIP_ACTION_PROPOSE) {
      e.setPlannedDisclosure(Dates.toProto(LocalDate.of(2025, 2, day))).addPlannedChannels("政府网站");
    }
    return e.build();
  }

  static List<IssuanceSlip> slips() {
    IssuanceSlip s = IssuanceSlip.newBuilder().setId("S-01").setAgencyId(AGENCY).setTitle("关于印发某某办法的通知").build();
    s = Slips.applyEvent(s, step(SlipAction.SLIP_ACTION_PROPOSE, SlipRole.SLIP_ROLE_DRAFTING_UNIT, 24));
    s = Slips.applyEvent(s, step(SlipAction.SLIP_ACTION_APPROVE, SlipRole.SLIP_ROLE_DISCLOSURE_OFFICE, 25));
    s = Slips.applyEvent(s, step(SlipAction.SLIP_ACTION_PASS_SECRECY, SlipRole.SLIP_ROLE_SECRECY_REVIEWER, 26));
    s = Slips.applyEvent(s, step(SlipAction.SLIP_ACTION_SIGN, SlipRole.SLIP_ROLE_SIGNER, 27));
    return List.of(s);
  }

  static List<Disclosure> disclosures() {
    Disclosure d = Messages.fromJson(Disclosure.class, "{\"id\": \"D-01\", \"agencyId\": \"" + AGENCY + "\","
        + " \"indexNumber\": \"" + AGENCY + "/2025-00001\", \"title\": \"文件\","
        + " \"generated\": {\"year\": 2025, \"month\": 3, \"day\": 3}, \"written\": {\"year\": 2025, \"month\": 3, \"day\": 3},"
        + " \"kind\": \"DOCUMENT_KIND_NORMATIVE_DOCUMENT\", \"attribute\": \"PUBLIC_ATTRIBUTE_PROACTIVE\", \"slipId\": \"S-01\","
        + " \"publications\": [{\"channel\": \"PUBLICATION_CHANNEL_PORTAL\", \"date\": {\"year\": 2025, \"month\": 3, \"day\": 10}}]}");
    Disclosure broken = d.toBuilder().setId("D-09").setIndexNumber(AGENCY + "/2025-00009").clearGenerated().build();
    return List.of(d, broken);
  }

  static List<Application> applications() {
    Application received = Messages.fromJson(Application.class, "{\"id\": \"A-01\", \"agencyId\": \"" + AGENCY + "\","
        + " \"applicant\": {\"category\": \"APPLICANT_CATEGORY_NATURAL_PERSON\", \"name\": \"张某\"},"
        + " \"channel\": \"CHANNEL_ONLINE\", \"received\": {\"year\": 2025, \"month\": 3, \"day\": 3},"
        + " \"events\": [{\"type\": \"EVENT_TYPE_REGISTERED\", \"date\": {\"year\": 2025, \"month\": 3, \"day\": 3}}]}");
    Application granted = Applications.applyEvent(received, Fixtures.event("EVENT_TYPE_DECIDED", 2025, 3, 20)
        .toBuilder().setOutcome(cn.gongkai.v1.Outcome.OUTCOME_GRANTED).build());
    Application open = received.toBuilder().setId("A-05").setReceived(Dates.toProto(LocalDate.of(2025, 12, 22)))
        .setEvents(0, Fixtures.event("EVENT_TYPE_REGISTERED", 2025, 12, 22)).build();
    return List.of(granted, open);
  }

  static List<Remedy> remedies() {
    return List.of(Messages.fromJson(Remedy.class, "{\"id\": \"R-01\", \"agencyId\": \"" + AGENCY + "\","
        + " \"kind\": \"REMEDY_KIND_RECONSIDERATION\", \"applicationId\": \"A-01\","
        + " \"filed\": {\"year\": 2025, \"month\": 6, \"day\": 16}, \"concluded\": {\"year\": 2025, \"month\": 8, \"day\": 14},"
        + " \"result\": \"REMEDY_RESULT_UPHELD\", \"body\": \"示范市人民政府\"}"));
  }

  @Test
  void reportFromRecords() {
    AnnualResult result;
    try (AnnualBuilder builder = new AnnualBuilder(request())) {
      result = builder.addSlips(slips()).addDisclosures(disclosures()).addApplications(applications())
          .addRemedies(remedies()).finish();
    }
    assertEquals(2, result.getRecords().getDisclosures());
    assertEquals(1, result.getRecords().getSlips());
    assertEquals(2, result.getRecords().getApplications());
    assertEquals(1, result.getRecords().getRemedies());
    assertEquals(2025, result.getReport().getYear());
    assertEquals(AGENCY, result.getReport().getAgency().getId());
    assertEquals(2, Reports.count(result.getReport(), "t3.new.natural_person"));
    assertEquals(1, Reports.count(result.getReport(), "t3.granted.natural_person"));
    assertEquals(new java.math.BigDecimal("12.35"), Reports.amount(result.getReport(), "t2.item8.fees.amount"));
    assertEquals(2, result.getHeadline().getApplicationsReceived());
    String narrative = AnnualBuilder.narrativeText(result);
    assertTrue(narrative.startsWith("总体情况：由记录得出的数字\n  主动公开信息 "), narrative);
    assertTrue(narrative.contains("\n  新收政府信息公开申请 2 件，"), narrative);
    assertEquals(0, result.getValidation().getErrorCount(), Messages.toJson(result.getValidation()));
    assertTrue(result.getProblemsList().stream().map(RecordProblem::getRecordId).anyMatch("D-09"::equals),
        Messages.toJson(result));
    assertFalse(Messages.toJson(result).contains("张某"), "no personal data in a result");
  }

  @Test
  void shardsMergeIntoTheSameResult() {
    try (AnnualBuilder all = new AnnualBuilder(request());
        AnnualBuilder first = new AnnualBuilder(request());
        AnnualBuilder second = new AnnualBuilder(request())) {
      all.addSlips(slips()).addDisclosures(disclosures()).addApplications(applications()).addRemedies(remedies());
      first.addSlips(slips()).addDisclosures(disclosures());
      second.addApplications(applications()).addRemedies(remedies());
      assertEquals(all.finish(), first.merge(second).finish());
      assertEquals(Code.INVALID_ARGUMENT, assertThrows(GongkaiException.class, () -> first.merge(first)).code());
    }
  }

  @Test
  void jsonLinesAndMalformedStreams() {
    StringBuilder lines = new StringBuilder();
    for (Application a : applications()) {
      lines.append(Messages.toJson(a)).append('\n');
    }
    try (Calendar national = Calendar.national();
        AnnualBuilder json = new AnnualBuilder(request(), national);
        AnnualBuilder binary = new AnnualBuilder(request())) {
      json.addJsonLines(AnnualBuilder.Kind.APPLICATION, lines.toString());
      binary.addApplications(applications());
      assertEquals(binary.finish(), json.finish());
      AnnualResult before = json.finish();
      GongkaiException e = assertThrows(GongkaiException.class,
          () -> json.addJsonLines(AnnualBuilder.Kind.REMEDY, "{\"id\": \"R\"}\n{"));
      assertEquals(Code.INVALID_ARGUMENT, e.code());
      assertEquals(before, json.finish(), "nothing of a malformed stream is added");
      assertThrows(GongkaiException.class, () -> json.addDelimited(AnnualBuilder.Kind.REMEDY, new byte[] {0x0a, (byte) 0xff}));
    }
  }

  @Test
  void filesStreamsAndThreadsGiveTheSameResult(@TempDir Path folder) throws IOException {
    byte[] delimited = Protos.delimited(applications());
    Path file = folder.resolve("applications.binpb");
    Files.write(file, delimited);
    try (AnnualBuilder whole = new AnnualBuilder(request())) {
      AnnualResult expected = whole.addApplications(applications()).finish();
      for (int threads = 1; threads <= 2; threads++) {
        try (AnnualBuilder fromFile = new AnnualBuilder(request()).setThreads(threads);
            AnnualBuilder fromStream = new AnnualBuilder(request()).setThreads(threads)) {
          assertEquals(expected, fromFile.addDelimitedFile(AnnualBuilder.Kind.APPLICATION, file).finish());
          assertEquals(expected,
              fromStream.addDelimited(AnnualBuilder.Kind.APPLICATION, new ByteArrayInputStream(delimited)).finish());
        }
      }
    }
  }

  @Test
  void fileAndStreamErrorsAddNothing(@TempDir Path folder) {
    try (AnnualBuilder builder = new AnnualBuilder(request())) {
      AnnualResult before = builder.finish();
      GongkaiException missing = assertThrows(GongkaiException.class,
          () -> builder.addJsonLinesFile(AnnualBuilder.Kind.APPLICATION, folder.resolve("none.jsonl")));
      assertEquals(Code.NOT_FOUND, missing.code());
      assertTrue(missing.getMessage().contains("none.jsonl: No such file or directory"), missing.getMessage());
      byte[] delimited = Protos.delimited(applications());
      InputStream failing = new InputStream() {
        private int given;

        @Override
        public int read() throws IOException {
          if (given == delimited.length) {
            throw new IOException("the share went away");
          }
          return delimited[given++] & 0xff;
        }
      };
      IOException e = assertThrows(IOException.class, () -> builder.addDelimited(AnnualBuilder.Kind.APPLICATION, failing));
      assertEquals("the share went away", e.getMessage());
      assertEquals(Code.OUT_OF_RANGE, assertThrows(GongkaiException.class, () -> builder.setThreads(65)).code());
      assertEquals(before, builder.finish(), "nothing of a failed file or stream is added");
    }
  }

  @Test
  void badRequestsNameTheField() {
    GongkaiException e = assertThrows(GongkaiException.class, () -> new AnnualBuilder(
        request().toBuilder().setAgency(request().getAgency().toBuilder().clearId()).build()));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("agency.id"), e.getMessage());
    assertEquals(Code.OUT_OF_RANGE,
        assertThrows(GongkaiException.class, () -> new AnnualBuilder(request().toBuilder().setYear(2018).build())).code());
  }
}
