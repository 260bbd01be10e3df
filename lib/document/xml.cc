#include "document/xml.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <exception>
#include <mutex>
#include <new>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace gongkai::document {
namespace {

struct ParseState {
  XmlHandler* handler = nullptr;
  int max_depth = 0;
  int depth = 0;
  bool dtd = false;
  absl::Status status;    // the first error, from the handler or a bound
  int line = 0;           // where it happened
  std::string xml_error;  // libxml2's first error: later ones follow from it
  int xml_error_line = 0;
};

xmlParserCtxtPtr Context(void* ctx) { return static_cast<xmlParserCtxtPtr>(ctx); }
ParseState* State(void* ctx) { return static_cast<ParseState*>(Context(ctx)->_private); }

absl::string_view View(const xmlChar* s) {
  return s == nullptr ? absl::string_view() : reinterpret_cast<const char*>(s);
}

void Stop(void* ctx, absl::Status status) {
  ParseState* state = State(ctx);
  if (state->status.ok()) {
    state->status = std::move(status);
    state->line = xmlSAX2GetLineNumber(ctx);
  }
  xmlStopParser(Context(ctx));
}

// Runs one handler call. An exception must not unwind through libxml2's C frames.
template <typename F>
void Call(void* ctx, F f) {
  if (!State(ctx)->status.ok()) return;
  absl::Status status;
  try {
    status = f(State(ctx));
  } catch (const std::bad_alloc&) {
    status = absl::ResourceExhaustedError("out of memory");
  } catch (const std::exception& e) {
    status = absl::InternalError(e.what());
  }
  if (!status.ok()) Stop(ctx, std::move(status));
}

void OnStart(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri, int,
             const xmlChar**, int attribute_count, int, const xmlChar** attributes) {
  Call(ctx, [&](ParseState* state) {
    if (++state->depth > state->max_depth) {
      return absl::InvalidArgumentError(
          absl::StrCat("elements nested more than ", state->max_depth, " deep"));
    }
    return state->handler->StartElement({View(uri), View(local)},
                                        XmlAttributes(attributes, attribute_count));
  });
}

void OnEnd(void* ctx, const xmlChar* local, const xmlChar*, const xmlChar* uri) {
  Call(ctx, [&](ParseState* state) {
    --state->depth;
    return state->handler->EndElement({View(uri), View(local)});
  });
}

void OnText(void* ctx, const xmlChar* text, int length) {
  Call(ctx, [&](ParseState* state) {
    return state->handler->Text(
        absl::string_view(reinterpret_cast<const char*>(text), static_cast<size_t>(length)));
  });
}

// Called at <!DOCTYPE, before any of its declarations is read.
void OnDoctype(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  State(ctx)->dtd = true;
  xmlStopParser(Context(ctx));
}

// Keeps libxml2's first error, and keeps every error off stderr.
void OnError(void* ctx, xmlErrorPtr error) {
  ParseState* state = ctx == nullptr ? nullptr : State(ctx);
  if (state == nullptr || error == nullptr || error->level < XML_ERR_ERROR ||
      !state->xml_error.empty()) {
    return;
  }
  try {
    state->xml_error = error->message != nullptr ? error->message : "unknown error";
    state->xml_error_line = error->line;
  } catch (const std::exception&) {
    // Out of memory: ParseXml still reports libxml2's last error.
  }
}

std::string Value(const xmlChar* start, const xmlChar* end) {
  // Without entity substitution libxml2 hands an attribute's '&' on as "&#38;".
  return absl::StrReplaceAll(
      absl::string_view(reinterpret_cast<const char*>(start), static_cast<size_t>(end - start)),
      {{"&#38;", "&"}});
}

}  // namespace

std::optional<std::string> XmlAttributes::Get(absl::string_view ns, absl::string_view local) const {
  for (int i = 0; i < count_; ++i) {
    const xmlChar** a = attributes_ + 5 * i;
    if (View(a[0]) == local && View(a[2]) == ns) return Value(a[3], a[4]);
  }
  return std::nullopt;
}

std::optional<std::string> XmlAttributes::GetAny(absl::string_view local) const {
  for (int i = 0; i < count_; ++i) {
    const xmlChar** a = attributes_ + 5 * i;
    if (View(a[0]) == local) return Value(a[3], a[4]);
  }
  return std::nullopt;
}

absl::Status ParseXml(absl::string_view xml, absl::string_view where, int max_depth,
                      XmlHandler* handler) {
  static std::once_flag init;
  std::call_once(init, xmlInitParser);
  if (xml.empty()) return absl::InvalidArgumentError(absl::StrCat(where, " is empty"));
  if (xml.size() > INT_MAX) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": ", xml.size(), " bytes, more than libxml2 reads"));
  }
  xmlParserCtxtPtr context = xmlCreateMemoryParserCtxt(xml.data(), static_cast<int>(xml.size()));
  if (context == nullptr) return absl::ResourceExhaustedError(absl::StrCat(where, ": no memory"));
  xmlSAXHandler sax = {};
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = OnStart;
  sax.endElementNs = OnEnd;
  sax.characters = OnText;
  sax.ignorableWhitespace = OnText;
  sax.cdataBlock = OnText;
  sax.internalSubset = OnDoctype;
  sax.serror = OnError;
  ParseState state;
  state.handler = handler;
  state.max_depth = max_depth;
  context->_private = &state;
  *context->sax = sax;
  // Not XML_PARSE_NOENT (no substitution), XML_PARSE_DTDLOAD or XML_PARSE_HUGE.
  xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlParseDocument(context);

  absl::Status result;
  if (!state.status.ok()) {
    result = absl::Status(state.status.code(),
                          absl::StrCat(where, " line ", state.line, ": ", state.status.message()));
  } else if (state.dtd) {
    result = absl::InvalidArgumentError(
        absl::StrCat(where,
                     " has a DTD, which OOXML never has (refused: entity expansion, "
                     "external entities)"));
  } else if (!context->wellFormed) {
    const xmlError* last = xmlCtxtGetLastError(context);
    if (state.xml_error.empty() && last != nullptr && last->message != nullptr) {
      state.xml_error = last->message;
      state.xml_error_line = last->line;
    }
    result = absl::InvalidArgumentError(absl::StrCat(
        where, " line ", state.xml_error_line, ": not well-formed XML (",
        absl::StripAsciiWhitespace(state.xml_error.empty() ? "unknown error" : state.xml_error),
        ")"));
  }
  if (context->myDoc != nullptr) xmlFreeDoc(context->myDoc);
  xmlFreeParserCtxt(context);
  return result;
}

}  // namespace gongkai::document
