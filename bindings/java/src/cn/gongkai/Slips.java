package cn.gongkai;

import cn.gongkai.v1.IssuanceSlip;
import cn.gongkai.v1.SlipEvent;
import cn.gongkai.v1.SlipState;
import cn.gongkai.v1.SlipWorkflow;
import java.util.List;

/**
 * Issuance slips (发文稿纸): the review of a document's public attribute at issuance, replayed
 * from its history under a workflow (docs/slip.md). The built-in workflows are "common" and
 * "chaoyang"; callers may add their own.
 * Thread safety: every method may be called from any number of threads at once.
 */
public final class Slips {
  private Slips() {}

  /** What the slip's history establishes, under the built-in workflows. */
  public static SlipState replay(IssuanceSlip slip) {
    return replay(slip, List.of());
  }

  /**
   * What the slip's history establishes: status, the attribute in force, whether it may be
   * published. `workflows` add to the built-in ones. GongkaiException FAILED_PRECONDITION for a
   * step the review does not allow (naming the rule, e.g. S-secrecy-first); INVALID_ARGUMENT for
   * a malformed slip, event or workflow; NOT_FOUND for an unknown workflow; ALREADY_EXISTS for a
   * workflow id given twice; OUT_OF_RANGE for a date outside 2008..2100.
   */
  public static SlipState replay(IssuanceSlip slip, Iterable<SlipWorkflow> workflows) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = slip.toByteArray();
    byte[] w = Protos.delimited(workflows);
    byte[] out = Lib.callForBuffer(b -> lib.gongkai_slip_replay(b, Lib.BINARY, data, Lib.size(data), w,
        Lib.size(w)));
    return Protos.parse(SlipState.parser(), out, "SlipState");
  }

  /** `slip` with `event` appended, under the built-in workflows. */
  public static IssuanceSlip applyEvent(IssuanceSlip slip, SlipEvent event) {
    return applyEvent(slip, event, List.of());
  }

  /**
   * A new slip: `slip` with `event` appended, if the review allows it (the input is not
   * changed). Errors as for {@link #replay(IssuanceSlip, Iterable)}.
   */
  public static IssuanceSlip applyEvent(IssuanceSlip slip, SlipEvent event, Iterable<SlipWorkflow> workflows) {
    GongkaiLibrary lib = Lib.get();
    byte[] data = slip.toByteArray();
    byte[] ev = event.toByteArray();
    byte[] w = Protos.delimited(workflows);
    byte[] out = Lib.callForBuffer(b -> lib.gongkai_slip_apply_event(b, Lib.BINARY, data, Lib.size(data),
        ev, Lib.size(ev), w, Lib.size(w)));
    return Protos.parse(IssuanceSlip.parser(), out, "IssuanceSlip");
  }
}
