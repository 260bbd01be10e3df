# The registry's robustness tests (included from tests/registry/CMakeLists.txt): a writer killed
# at random moments (registry.crash; GONGKAI_SOAK_ROUNDS=N for a longer soak, docs/registry.md)
# and two processes filing and reviewing one store at once (registry.processes). One program;
# each ctest runs one of its suites.
add_executable(gongkai_registry_robustness_test crash_test.cc processes_test.cc)
target_link_libraries(gongkai_registry_robustness_test PRIVATE gongkai_core GTest::gtest_main
  absl::strings absl::time)
add_test(NAME registry.crash
  COMMAND gongkai_registry_robustness_test --gtest_filter=Crash.*)
add_test(NAME registry.processes
  COMMAND gongkai_registry_robustness_test --gtest_filter=Processes.*)
set_tests_properties(registry.crash registry.processes PROPERTIES TIMEOUT 300)
