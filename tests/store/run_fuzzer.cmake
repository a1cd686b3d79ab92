# Runs a libFuzzer binary for a while, seeded with a copy of the corpus so
# the fuzzer's new inputs never land in the source tree.
# cmake -DFUZZER=<binary> -DCORPUS=<seed folder> -DWORK=<scratch folder>
#       [-DDICT=<dictionary>] [-DSECONDS=60] -P run_fuzzer.cmake
if(NOT DEFINED SECONDS)
  set(SECONDS 60)
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
file(GLOB seeds "${CORPUS}/*")
file(COPY ${seeds} DESTINATION "${WORK}/corpus")
set(args -max_total_time=${SECONDS} -max_len=65536 -timeout=10 -rss_limit_mb=4096
    -print_final_stats=1 "-artifact_prefix=${WORK}/artifacts/")
if(DEFINED DICT)
  list(APPEND args "-dict=${DICT}")
endif()
execute_process(COMMAND "${FUZZER}" ${args} "${WORK}/corpus" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "fuzzer failed (${result}); reproducers are in ${WORK}/artifacts")
endif()
