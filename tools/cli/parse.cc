#include "parse.h"

#include "absl/flags/commandlineflag.h"
#include "absl/flags/reflection.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/strip.h"
#include "text.h"

namespace gongkai::cli {
namespace {

// A flag word resolved against the command's row.
struct Resolved {
  absl::CommandLineFlag* flag = nullptr;
  std::string name;      // as defined, without "no"
  bool negated = false;  // given as --noNAME
};

bool Accepts(const Command& command, absl::string_view name) {
  for (const FlagUse& use : command.flags) {
    if (use.name == name) return true;
  }
  return false;
}

// Whether any command accepts the flag: then the user named a real flag in the wrong place.
bool AnyCommandAccepts(absl::string_view name) {
  for (const auto& [group, command] : Commands()) {
    if (Accepts(command, name)) return true;
    for (const auto& [unused, sub] : Subcommands(group)) {
      if (Accepts(sub, name)) return true;
    }
  }
  return false;
}

// The flag word without its dashes: "--a=b" and "-a=b" both give "a=b", as absl accepts both.
absl::string_view StripDashes(absl::string_view word) {
  absl::ConsumePrefix(&word, "-");
  absl::ConsumePrefix(&word, "-");
  return word;
}

bool IsFlagWord(absl::string_view word) { return word.size() > 1 && word[0] == '-'; }

absl::Status Problem(absl::string_view what, absl::string_view name) {
  // Names come from the command line: escape them so a stray control byte cannot reach a terminal.
  return absl::InvalidArgumentError(absl::StrCat(what, " --", Printable(name)));
}

absl::Status Resolve(const Command& command, absl::string_view name, Resolved* out) {
  // A name the command accepts wins over reading it as "no" + a boolean's name.
  absl::string_view positive = name;
  const bool negated =
      !Accepts(command, name) && absl::ConsumePrefix(&positive, "no") && Accepts(command, positive);
  const absl::string_view base = negated ? positive : name;
  if (!Accepts(command, base)) {
    if (AnyCommandAccepts(name) || AnyCommandAccepts(positive)) {
      return Problem("this command does not take the flag", name);
    }
    return Problem("unknown flag", name);
  }
  absl::CommandLineFlag* flag = absl::FindCommandLineFlag(base);
  if (flag == nullptr) {
    // The row names a flag flags.cc does not define: a bug in the command, not in the input.
    return absl::InternalError(absl::StrCat("flag --", base, " is listed by 'gongkai ",
                                            command.name, "' but not defined"));
  }
  if (negated && !flag->IsOfType<bool>()) return Problem("unknown flag", name);
  *out = {flag, std::string(base), negated};
  return absl::OkStatus();
}

}  // namespace

bool WantsHelp(const std::vector<std::string>& args) {
  for (const std::string& word : args) {
    if (word == "--") return false;
    if (IsFlagWord(word) && (StripDashes(word) == "help" || StripDashes(word) == "h")) return true;
  }
  return false;
}

int FirstArgument(const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") return i + 1 < args.size() ? static_cast<int>(i + 1) : -1;
    if (!IsFlagWord(word)) return static_cast<int>(i);
    const absl::string_view body = StripDashes(word);
    if (body.find('=') != absl::string_view::npos) continue;
    const absl::CommandLineFlag* flag =
        absl::FindCommandLineFlag(absl::StrReplaceAll(body, {{"-", "_"}}));
    if (flag != nullptr && !flag->IsOfType<bool>()) ++i;  // its value
  }
  return -1;
}

absl::Status ParseArgs(const Command& command, const std::vector<std::string>& args,
                       Invocation* in) {
  bool flags_ended = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (flags_ended || !IsFlagWord(word)) {
      in->args.push_back(word);
      continue;
    }
    if (word == "--") {
      flags_ended = true;
      continue;
    }
    absl::string_view body = StripDashes(word);
    const size_t eq = body.find('=');
    const bool has_value = eq != absl::string_view::npos;
    // Abseil flag names cannot hold '-', but people type --correction-requested: read it as '_'.
    const std::string name = absl::StrReplaceAll(body.substr(0, eq), {{"-", "_"}});
    std::string value = has_value ? std::string(body.substr(eq + 1)) : "";

    Resolved r;
    if (absl::Status s = Resolve(command, name, &r); !s.ok()) return s;
    if (r.flag->IsOfType<bool>()) {
      if (r.negated && has_value) return Problem("no value may follow", name);
      if (r.negated)
        value = "false";
      else if (!has_value)
        value = "true";
    } else if (!has_value) {
      // "--name value": the next word is the value, whatever it looks like.
      if (i + 1 >= args.size()) return Problem("a value must follow", name);
      value = args[++i];
    }
    std::string error;
    if (!r.flag->ParseFrom(value, &error)) {
      return absl::InvalidArgumentError(
          absl::StrCat("bad value for --", r.name, ": ", Printable(error)));
    }
    in->flags_given.insert(r.name);
  }
  // Words beyond the arguments the command takes: most likely a required flag's value typed
  // without its name ("gongkai deadline 2025-01-24").
  const size_t allowed = static_cast<size_t>(command.max_args);
  for (const FlagUse& use : command.flags) {
    if (use.required && !in->flags_given.contains(use.name)) {
      if (in->args.size() > allowed) {
        return absl::InvalidArgumentError(absl::StrCat("missing the required flag --", use.name,
                                                       "; did you mean --", use.name, " ",
                                                       Printable(in->args[allowed]), "?"));
      }
      return Problem("missing the required flag", use.name);
    }
  }
  if (in->args.size() > allowed) {
    return absl::InvalidArgumentError(
        command.max_args == 0 ? absl::StrCat("takes no arguments, got ", Quote(in->args[0]))
                              : absl::StrCat("takes at most ", command.max_args,
                                             " argument(s), got ", in->args.size()));
  }
  return absl::OkStatus();
}

}  // namespace gongkai::cli
