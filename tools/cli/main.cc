// The gongkai command-line tool. Everything happens in the subcommands' table; see dispatch.h.
#include <iostream>
#include <string>
#include <vector>

#include "dispatch.h"

int main(int argc, char** argv) {
  return gongkai::cli::Dispatch(std::vector<std::string>(argv + 1, argv + argc), std::cout,
                                std::cerr);
}
