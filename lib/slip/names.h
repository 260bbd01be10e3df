// How messages and the CLI print the slip enums: the value's name without its type prefix
// ("SIGN", "SECRECY_REVIEWER", "WITHHELD"), or the enum's name and the number for a value the
// enum lacks ("SlipAction(42)"), so that an unknown value is still named, never printed as "".
#ifndef GONGKAI_LIB_SLIP_NAMES_H_
#define GONGKAI_LIB_SLIP_NAMES_H_

#include <string>

namespace gongkai::slip {

std::string ActionName(int action);
std::string RoleName(int role);
std::string AttributeName(int attribute);
std::string GroundName(int ground);
std::string OriginName(int origin);
std::string StatusName(int status);

}  // namespace gongkai::slip

#endif  // GONGKAI_LIB_SLIP_NAMES_H_
