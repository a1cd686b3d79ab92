# The session codec's tests, included from tests/store/CMakeLists.txt:
# round trips, the hostile corpus, generated size limits, the JSON pieces,
# and with clang a libFuzzer target run as the `long` test fuzz:session_codec.
jb_add_test_suite(jb_codec_tests unit
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_test_util.h
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_roundtrip_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_corpus_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_limits_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_json_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_written_loads_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_doc_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/codec_groups_test.cpp
  LIBS jb_store jb_edit jb_model nlohmann_json::nlohmann_json)

if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  # The codec is compiled into the fuzzer itself so that it carries the
  # coverage instrumentation; keep this list in step with app/store.
  set(jb_codec_fuzz_sources
    ${PROJECT_SOURCE_DIR}/app/store/session_codec.cpp
    ${PROJECT_SOURCE_DIR}/app/store/session_codec_read.cpp
    ${PROJECT_SOURCE_DIR}/app/store/session_codec_write.cpp
    ${PROJECT_SOURCE_DIR}/app/store/session_codec_migrate.cpp
    ${PROJECT_SOURCE_DIR}/app/store/json_cursor.cpp
    ${PROJECT_SOURCE_DIR}/app/store/json_cursor_scan.cpp
    ${PROJECT_SOURCE_DIR}/app/store/json_reader.cpp
    ${PROJECT_SOURCE_DIR}/app/store/json_tree.cpp
    ${PROJECT_SOURCE_DIR}/app/store/text_rules.cpp
    ${PROJECT_SOURCE_DIR}/app/model/session.cpp
    ${PROJECT_SOURCE_DIR}/app/model/queries.cpp
    ${PROJECT_SOURCE_DIR}/app/model/group_rules.cpp)
  add_executable(jb_fuzz_session_codec ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_session_codec.cpp ${jb_codec_fuzz_sources})
  target_include_directories(jb_fuzz_session_codec PRIVATE ${PROJECT_SOURCE_DIR}/app)
  target_link_libraries(jb_fuzz_session_codec PRIVATE nlohmann_json::nlohmann_json)
  target_compile_options(jb_fuzz_session_codec PRIVATE
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(jb_fuzz_session_codec PRIVATE -fsanitize=fuzzer,address,undefined)
  add_test(NAME fuzz:session_codec
    COMMAND ${CMAKE_COMMAND}
      -DFUZZER=$<TARGET_FILE:jb_fuzz_session_codec>
      -DCORPUS=${CMAKE_CURRENT_SOURCE_DIR}/corpus
      -DDICT=${CMAKE_CURRENT_SOURCE_DIR}/fuzz_session_codec.dict
      -DWORK=${CMAKE_CURRENT_BINARY_DIR}/fuzz_session_codec
      -DSECONDS=60
      -P ${CMAKE_CURRENT_SOURCE_DIR}/run_fuzzer.cmake)
  set_tests_properties(fuzz:session_codec PROPERTIES LABELS long TIMEOUT 300)
endif()
