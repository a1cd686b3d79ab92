# The template library's tests, included from tests/store/CMakeLists.txt: the
# eleven built-in templates, broken files, user templates and save-as-template.
jb_add_test_suite(jb_template_tests unit
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/template_test_util.h
    ${CMAKE_CURRENT_SOURCE_DIR}/template_builtin_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/template_broken_test.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/template_user_test.cpp
  LIBS jb_store jb_model)
