package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.v1.IssuanceSlip;
import cn.gongkai.v1.PublicAttribute;
import cn.gongkai.v1.SlipAction;
import cn.gongkai.v1.SlipEvent;
import cn.gongkai.v1.SlipRole;
import cn.gongkai.v1.SlipState;
import cn.gongkai.v1.SlipStatus;
import cn.gongkai.v1.SlipStep;
import cn.gongkai.v1.SlipWorkflow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issuance slips (发文稿纸): the review of the public attribute, step by step. */
class SlipsTest {
  private static SlipEvent step(SlipAction action, SlipRole role, int day, PublicAttribute attribute) {
    SlipEvent.Builder e = SlipEvent.newBuilder().setAction(action).setRole(role)
        .setDate(Dates.toProto(LocalDate.of(2025, 2, day))).setAttribute(attribute);
    if (attribute == PublicAttribute.PUBLIC_ATTRIBUTE_PROACTIVE && action != SlipAction.SLIP_ACTION_SIGN) {
      e.setPlannedDisclosure(Dates.toProto(LocalDate.of(2025, 2, day))).addPlannedChannels("政府网站");
    }
    return e.build();
  }

  private static final PublicAttribute NONE = PublicAttribute.PUBLIC_ATTRIBUTE_UNSPECIFIED;
  private static final PublicAttribute PROACTIVE = PublicAttribute.PUBLIC_ATTRIBUTE_PROACTIVE;

  @Test
  void commonWorkflowToSignature() {
    IssuanceSlip slip = IssuanceSlip.newBuilder().setId("S-01").setAgencyId("a").setTitle("关于印发某某办法的通知").build();
    slip = Slips.applyEvent(slip, step(SlipAction.SLIP_ACTION_PROPOSE, SlipRole.SLIP_ROLE_DRAFTING_UNIT, 24, PROACTIVE));
    assertEquals(SlipStatus.SLIP_STATUS_IN_REVIEW, Slips.replay(slip).getStatus());
    IssuanceSlip proposed = slip;
    GongkaiException e = assertThrows(GongkaiException.class, () -> Slips.applyEvent(proposed,
        step(SlipAction.SLIP_ACTION_SIGN, SlipRole.SLIP_ROLE_SIGNER, 25, PROACTIVE)));
    assertEquals(Code.FAILED_PRECONDITION, e.code());
    assertTrue(e.getMessage().contains("S-01"), e.getMessage());

    slip = Slips.applyEvent(slip, step(SlipAction.SLIP_ACTION_APPROVE, SlipRole.SLIP_ROLE_DISCLOSURE_OFFICE, 25, NONE));
    slip = Slips.applyEvent(slip, step(SlipAction.SLIP_ACTION_PASS_SECRECY, SlipRole.SLIP_ROLE_SECRECY_REVIEWER, 26, NONE));
    slip = Slips.applyEvent(slip, step(SlipAction.SLIP_ACTION_SIGN, SlipRole.SLIP_ROLE_SIGNER, 27, PROACTIVE));
    assertEquals(4, slip.getEventsCount());
    SlipState state = Slips.replay(slip);
    assertEquals(SlipStatus.SLIP_STATUS_SIGNED, state.getStatus());
    assertEquals(PROACTIVE, state.getSignedAttribute());
    assertTrue(state.getMayPublish());
  }

  @Test
  void ownWorkflow() {
    SlipWorkflow fast = SlipWorkflow.newBuilder().setId("fast")
        .addSteps(SlipStep.newBuilder().setRole(SlipRole.SLIP_ROLE_DISCLOSURE_OFFICE).setAction(SlipAction.SLIP_ACTION_PROPOSE))
        .addSteps(SlipStep.newBuilder().setRole(SlipRole.SLIP_ROLE_SECRECY_REVIEWER).setAction(SlipAction.SLIP_ACTION_PASS_SECRECY))
        .addSteps(SlipStep.newBuilder().setRole(SlipRole.SLIP_ROLE_SIGNER).setAction(SlipAction.SLIP_ACTION_SIGN))
        .build();
    IssuanceSlip slip = IssuanceSlip.newBuilder().setId("S-09").setWorkflow("fast")
        .addEvents(step(SlipAction.SLIP_ACTION_PROPOSE, SlipRole.SLIP_ROLE_DISCLOSURE_OFFICE, 3, PROACTIVE)).build();
    slip = Slips.applyEvent(slip, step(SlipAction.SLIP_ACTION_PASS_SECRECY, SlipRole.SLIP_ROLE_SECRECY_REVIEWER, 3, NONE),
        List.of(fast));
    assertEquals(2, Slips.replay(slip, List.of(fast)).getNextStep());
    IssuanceSlip s = slip;
    assertEquals(Code.NOT_FOUND, assertThrows(GongkaiException.class, () -> Slips.replay(s)).code());
    assertEquals(Code.ALREADY_EXISTS,
        assertThrows(GongkaiException.class, () -> Slips.replay(s, List.of(fast, fast))).code());
  }
}
