// What a record will be, decided before it is written (internal to tools/gen): the random
// generators draw a plan, the scenarios spell one out, and one builder per kind turns either
// into a record.
#ifndef GONGKAI_TOOLS_GEN_PLANS_H_
#define GONGKAI_TOOLS_GEN_PLANS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "context.h"
#include "gongkai/v1/application.pb.h"
#include "gongkai/v1/disclosure.pb.h"
#include "gongkai/v1/remedy.pb.h"
#include "gongkai/v1/slip.pb.h"
#include "rng.h"

namespace gongkai::gen {

// ---- applications ----

enum class Correction { kNone, kReceived, kLapsed };
enum class Consult { kNone, kThirdPartyAgreed, kThirdPartyObjected, kOtherAgency };
enum class Fee { kNone, kPaid, kUnpaid };

struct AppPlan {
  v1::ApplicantCategory category = v1::APPLICANT_CATEGORY_NATURAL_PERSON;
  v1::Channel channel = v1::CHANNEL_ONLINE;
  int item_count = 1;
  // OUTCOME_WITHDRAWN: the applicant withdraws (a WITHDRAWN event).
  v1::Outcome outcome = v1::OUTCOME_GRANTED;
  Correction correction = Correction::kNone;
  Consult consult = Consult::kNone;
  bool extension = false;
  Fee fee = Fee::kNone;
  bool late = false;  // decided after the reply deadline
  bool open = false;  // no decision: every step before it, then nothing
  absl::CivilDay received;
  // Carried over: the conclusion falls on or after this day (1 January of the report year).
  std::optional<absl::CivilDay> conclude_from;
  // Fixed timings in working days; 0 draws one.
  int correction_after = 0;         // receipt → correction request (1..7)
  int correction_period = 0;        // the period given
  int correction_answer_after = 0;  // request → corrected application
  int decide_after = 0;             // last step → decision
};

// Draws the plan of an ordinary application (all but `received` and `conclude_from`).
AppPlan RandomAppPlan(Rng& rng);

// ---- disclosures and slips ----

enum class Publish {
  kOnTime,   // first published within the limit
  kLate,     // first published after it
  kOverdue,  // never published although proactive
  kNever,    // not proactive: never published
};

struct SlipPlan {
  bool present = false;
  v1::DocumentOrigin origin = v1::DOCUMENT_ORIGIN_OWN;
  v1::PublicAttribute proposed = v1::PUBLIC_ATTRIBUTE_PROACTIVE;
  // What the signer decides; differs from `proposed` only with a reason.
  v1::PublicAttribute decided = v1::PUBLIC_ATTRIBUTE_PROACTIVE;
  v1::WithholdGround ground = v1::WITHHOLD_GROUND_UNSPECIFIED;
  // The role that sends the slip back once (then the drafting unit proposes again); 0: none.
  v1::SlipRole return_by = v1::SLIP_ROLE_UNSPECIFIED;
  // A 第十八条 change to 主动公开, proposed this many calendar days after signing; 0: none.
  int change_after_days = 0;
};

struct DiscPlan {
  v1::DocumentKind kind = v1::DOCUMENT_KIND_OTHER;
  int article20_item = 0;
  // An official document (公文) with a 文号, issued in the government's or the office's name.
  bool official = false;
  bool by_government = false;  // else by the office
  absl::CivilDay generated;
  std::optional<absl::CivilDay> effective;
  std::optional<absl::CivilDay> repealed;
  // The content changed on this many calendar days after `generated`; 0: never.
  int changed_after_days = 0;
  int limit_days = 0;  // 0: the 20 of 第二十六条
  Publish publish = Publish::kOnTime;
  int delay = -1;  // first publication, working days after formed; -1 draws one
  // Channels after the portal, in order; empty draws them.
  std::vector<v1::PublicationChannel> extra_channels;
  bool draw_channels = true;
  bool interpretation = false, graphic = false, video = false;
  SlipPlan slip;
};

// ---- remedies ----

struct RemedyPlan {
  v1::RemedyKind kind = v1::REMEDY_KIND_RECONSIDERATION;
  absl::CivilDay filed;
  v1::RemedyResult result = v1::REMEDY_RESULT_UNSPECIFIED;  // unspecified: pending
  std::optional<absl::CivilDay> concluded;
  std::string application_id;
};

// ---- scenarios (scenarios.cc) ----

AppPlan ScenarioAppPlan(const Context& ctx, int64_t j);
DiscPlan ScenarioDiscPlan(const Context& ctx, int64_t j);
// The remedy of scenario `j`; `rng` draws nothing that decides coverage.
RemedyPlan ScenarioRemedyPlan(const Context& ctx, int64_t j, Rng& rng);

}  // namespace gongkai::gen

#endif  // GONGKAI_TOOLS_GEN_PLANS_H_
