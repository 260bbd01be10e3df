// Section 一 (总体情况) of the annual report as sentences on the headline figures: the text every
// binding gets in gongkai.v1.AnnualResult.narrative, and the CLI prints. The sentence templates
// are data (kSentences in narrative.cc) naming the fields of gongkai.v1.Headline; the code fills
// them and knows no figure.
#ifndef GONGKAI_LIB_ANNUAL_NARRATIVE_H_
#define GONGKAI_LIB_ANNUAL_NARRATIVE_H_

#include <string>

#include "gongkai/v1/annual.pb.h"

namespace gongkai::annual {

// The title and the sentences on `headline`, in print order; one line at depth 1 per publication
// channel, under the sentence on items published.
v1::Narrative NarrativeOf(const v1::Headline& headline);

// The narrative as printed text: the title on its own line ("## " before it and a blank line
// after it in markdown), then each line after a bullet ("- " in markdown, two spaces
// otherwise) and two more spaces per depth; every line ends in "\n".
std::string NarrativeText(const v1::Narrative& narrative, bool markdown);

}  // namespace gongkai::annual

#endif  // GONGKAI_LIB_ANNUAL_NARRATIVE_H_
