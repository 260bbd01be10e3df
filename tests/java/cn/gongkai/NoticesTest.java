package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.Notice;
import cn.gongkai.v1.NoticeCheck;
import cn.gongkai.v1.NoticeFinding;
import cn.gongkai.v1.NoticeFormat;
import cn.gongkai.v1.NoticeKind;
import cn.gongkai.v1.NoticeRequest;
import cn.gongkai.v1.NoticeTemplate;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Notices from Java: a correction notice for a small application, refusals, checks. */
class NoticesTest {
  /** Received 2019-05-20; a correction of 10 working days asked on 2019-05-22. */
  private static final String REQUEST_JSON = "{\"kind\": \"NOTICE_KIND_CORRECTION\", \"serial\": 7,"
      + " \"application\": {\"id\": \"2019-0042\", \"applicant\": {\"name\": \"MARKER-NAME\"},"
      + " \"request\": \"MARKER-REQUEST\", \"received\": {\"year\": 2019, \"month\": 5, \"day\": 20},"
      + " \"events\": [{\"type\": \"EVENT_TYPE_REGISTERED\", \"date\": {\"year\": 2019, \"month\": 5, \"day\": 20}},"
      + " {\"type\": \"EVENT_TYPE_CORRECTION_REQUESTED\", \"date\": {\"year\": 2019, \"month\": 5, \"day\": 22},"
      + " \"correctionPeriodDays\": 10}]},"
      + " \"template\": {\"agencyName\": \"示范市临江区人民政府\", \"numberTemplate\": \"临政依申〔{yyyy}〕{#}号\","
      + " \"reconsiderationBody\": \"示范市人民政府\"},"
      + " \"details\": {\"correctionItems\": [\"请明确所申请公开政府信息的名称或者文号\"]}}";

  private static NoticeRequest request() {
    return Messages.fromJson(NoticeRequest.class, REQUEST_JSON);
  }

  @Test
  void writesACorrectionNotice() {
    String text = new String(Notices.write(request()), StandardCharsets.UTF_8);
    assertTrue(text.contains("补正告知书"), text);
    assertTrue(text.contains("临政依申〔2019〕7号"), text);
    assertTrue(text.contains("MARKER-NAME："), text);
    assertTrue(text.contains("2019年6月5日"), text);  // ten working days after 2019-05-22
    String page = new String(Notices.write(request().toBuilder().setFormat(NoticeFormat.NOTICE_FORMAT_HTML)
        .build()), StandardCharsets.UTF_8);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
  }

  @Test
  void writesDocx() {
    byte[] docx = Notices.write(request().toBuilder().setFormat(NoticeFormat.NOTICE_FORMAT_DOCX).build());
    assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(docx, 4));
  }

  @Test
  void composes() {
    Notice notice;
    try (Calendar cal = Calendar.national()) {
      notice = Notices.compose(request(), cal);
    }
    assertEquals(NoticeKind.NOTICE_KIND_CORRECTION, notice.getKind());
    assertEquals("2019-0042", notice.getApplicationId());
    assertEquals("临政依申〔2019〕7号", notice.getNumber());
    assertTrue(notice.getDatesList().stream().anyMatch(d -> d.getElement().equals("correction_due")));
  }

  @Test
  void refusesWithTheRuleAndWithoutTheName() {
    GongkaiException e = assertThrows(GongkaiException.class,
        () -> Notices.write(request().toBuilder().setKind(NoticeKind.NOTICE_KIND_EXTENSION).build()));
    assertEquals(Code.FAILED_PRECONDITION, e.code());
    assertTrue(e.getMessage().contains("第三十三条第二款"), e.getMessage());
    assertFalse(e.getMessage().contains("MARKER"), e.getMessage());
    e = assertThrows(GongkaiException.class,
        () -> Notices.compose(request().toBuilder().clearDetails().build()));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("details.correction_items"), e.getMessage());
  }

  @Test
  void checksText() {
    String own = new String(Notices.write(request()), StandardCharsets.UTF_8);
    NoticeCheck agrees = Notices.check(request(), own);
    assertEquals("2019-0042", agrees.getApplicationId());
    assertEquals(0, agrees.getFindingsCount(), agrees.toString());
    NoticeCheck missing = Notices.check(request(), "政府信息公开申请补正告知书\n请补正。\n");
    assertTrue(missing.getFindingsList().stream().map(NoticeFinding::getElement)
        .anyMatch("correction_due"::equals), missing.toString());
  }

  @Test
  void checksTemplates() {
    Notices.checkTemplate(request().getTemplate());
    NoticeTemplate dropped = Messages.fromJson(NoticeTemplate.class, "{\"agencyName\": \"x\", \"kinds\":"
        + " [{\"kind\": \"NOTICE_KIND_CORRECTION\", \"body\": \"请补正。\"}]}");
    GongkaiException e = assertThrows(GongkaiException.class, () -> Notices.checkTemplate(dropped));
    assertEquals(Code.INVALID_ARGUMENT, e.code());
    assertTrue(e.getMessage().contains("template.kinds[0].body"), e.getMessage());
  }
}
