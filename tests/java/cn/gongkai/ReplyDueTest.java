package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Gongkai.replyDue and ReplyDue give the date the CLI prints first
 * (`gongkai deadline --received D [--extension N] [--pause FROM:TO,...]`), around Spring Festival
 * 2025 (days off 28 January to 4 February, make-up working days 26 January and 8 February).
 */
class ReplyDueTest {
  /** The first line of `gongkai deadline --received <received> <flags>`. */
  private static LocalDate cli(LocalDate received, String... flags) throws Exception {
    List<String> command = new ArrayList<>(List.of(Fixtures.setting("cli"), "deadline", "--received",
        received.toString()));
    command.addAll(List.of(flags));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return LocalDate.parse(out.lines().findFirst().orElseThrow());
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void theShortCall() {
    // Friday before Spring Festival: 20 working days skip 28 Jan..4 Feb, and count Sunday
    // 26 January and Saturday 8 February (make-up days).
    assertEquals(day("2025-02-27"), Gongkai.replyDue(day("2025-01-24")));
    assertEquals(day("2025-03-27"), Gongkai.replyDue(day("2025-01-24"), 20));
    assertEquals(day("2025-04-02"), ReplyDue.of(day("2025-01-24")).extension(20)
        .pause(day("2025-02-10"), day("2025-02-14")).due());
  }

  @Test
  void sameAsTheCli() throws Exception {
    for (String received : List.of("2025-01-24", "2025-01-26", "2025-01-27", "2025-01-28",
        "2025-02-05", "2024-12-31", "2025-09-26", "2024-02-02")) {
      LocalDate d = day(received);
      assertEquals(cli(d), Gongkai.replyDue(d), received);
      assertEquals(cli(d, "--extension", "20"), Gongkai.replyDue(d, 20), received + " extension 20");
      assertEquals(cli(d, "--extension", "7"), ReplyDue.of(d).extension(7).due(), received + " extension 7");
      assertEquals(cli(d, "--same_day"), ReplyDue.of(d).countStartDay(true).due(), received + " same day");
    }
  }

  @Test
  void pausesAsTheCli() throws Exception {
    LocalDate d = day("2025-01-24");
    assertEquals(cli(d, "--pause", "2025-02-10:2025-02-14"),
        ReplyDue.of(d).pause(day("2025-02-10"), day("2025-02-14")).due());
    // Across the festival, and starting on the day of receipt.
    assertEquals(cli(d, "--pause", "2025-01-27:2025-02-06"),
        ReplyDue.of(d).pause(day("2025-01-27"), day("2025-02-06")).due());
    assertEquals(cli(d, "--pause", "2025-01-24:2025-01-24"),
        ReplyDue.of(d).pause(day("2025-01-24"), day("2025-01-24")).due());
    // One starting the day another ends.
    assertEquals(cli(d, "--pause", "2025-02-10:2025-02-14,2025-02-14:2025-02-18"),
        ReplyDue.of(d).pause(day("2025-02-10"), day("2025-02-14")).pause(day("2025-02-14"), day("2025-02-18")).due());
    // Two, given out of order, with an extension.
    assertEquals(cli(d, "--pause", "2025-02-10:2025-02-14,2025-02-20:2025-02-21", "--extension", "20"),
        ReplyDue.of(d).pause(day("2025-02-20"), day("2025-02-21")).pause(day("2025-02-10"), day("2025-02-14"))
            .extension(20).due());
  }

  @Test
  void onACalendarOfWeekdays() {
    try (Calendar weekdays = Calendar.weekdaysOnly("{\"id\": \"weekdays\", \"version\": \"1\"}")) {
      // No festival: 20 weekdays after Friday 24 January 2025.
      assertEquals(day("2025-02-21"), ReplyDue.of(day("2025-01-24")).calendar(weekdays).due());
    }
  }

  @Test
  void refusals() {
    assertThrows(IllegalArgumentException.class, () -> ReplyDue.of(day("2025-01-24")).extension(21));
    assertThrows(IllegalArgumentException.class, () -> ReplyDue.of(day("2025-01-24")).extension(-1));
    assertThrows(IllegalArgumentException.class,
        () -> ReplyDue.of(day("2025-01-24")).pause(day("2025-02-14"), day("2025-02-10")));
    assertThrows(NullPointerException.class, () -> Gongkai.replyDue(null));
    GongkaiException before = assertThrows(GongkaiException.class,
        () -> ReplyDue.of(day("2025-01-24")).pause(day("2025-01-20"), day("2025-01-27")).due());
    assertTrue(before.getMessage().contains("pause_starts[0] 2025-01-20 is before received 2025-01-24"),
        before.getMessage());
    GongkaiException overlap = assertThrows(GongkaiException.class, () -> ReplyDue
        .of(day("2025-01-24")).pause(day("2025-02-12"), day("2025-02-18")).pause(day("2025-02-10"), day("2025-02-14"))
        .due());
    assertEquals(Code.INVALID_ARGUMENT, overlap.code());
    assertTrue(overlap.getMessage().contains(
        "pause_starts[0] 2025-02-12 is before pause_ends[1] 2025-02-14: consultations follow one another"),
        overlap.getMessage());
    GongkaiException correction = assertThrows(GongkaiException.class,
        () -> ReplyDue.of(day("2025-01-24")).correction(day("2025-01-23")).due());
    assertTrue(correction.getMessage().contains("correction_received 2025-01-23 is before received"),
        correction.getMessage());
    GongkaiException range = assertThrows(GongkaiException.class, () -> Gongkai.replyDue(day("2007-06-01")));
    assertEquals(Code.OUT_OF_RANGE, range.code(), range.getMessage());
  }

  @Test
  void correctionRestartsThePeriod() throws Exception {
    // 20 working days from 2025-02-10, the corrected application: 2025-03-10.
    assertEquals(day("2025-03-10"), ReplyDue.of(day("2025-01-24")).correction(day("2025-02-10")).due());
    assertEquals(cli(day("2025-01-24"), "--correction_requested", "2025-01-27", "--correction_received",
        "2025-02-10", "--as_of", "2025-02-10"), ReplyDue.of(day("2025-01-24")).correction(day("2025-02-10")).due());
  }

  @Test
  void describesItself() {
    assertEquals("received 2025-01-24, extension 20, pauses [2025-02-10..2025-02-14]",
        ReplyDue.of(day("2025-01-24")).extension(20).pause(day("2025-02-10"), day("2025-02-14")).toString());
  }
}
