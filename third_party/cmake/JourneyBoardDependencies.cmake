# Finds JourneyBoard's dependencies as Debian system packages and exposes each
# as an imported target named jb::<name>. Nothing here builds third-party code.
include_guard(GLOBAL)
find_package(PkgConfig REQUIRED)

# nlohmann/json (nlohmann-json3-dev ships a CMake package)
find_package(nlohmann_json 3.10 REQUIRED)

# librime (librime-dev): only its C header. jb_ime loads librime.so.1 with
# dlopen at run time, so a machine without it still runs (中 is disabled);
# linking -lrime here would make the whole app depend on it.
pkg_check_modules(RIME REQUIRED rime>=1.5)
add_library(jb::rime_api INTERFACE IMPORTED)
target_include_directories(jb::rime_api INTERFACE ${RIME_INCLUDE_DIRS})
find_package(Threads REQUIRED)

# cpp-httplib (libcpp-httplib-dev, a compiled library; its .pc carries the defines its
# ABI was built with) and qrcodegen (libqrcodegencpp-dev): the phone server and its QR code.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib>=0.11)
add_library(jb::httplib INTERFACE IMPORTED)
target_link_libraries(jb::httplib INTERFACE PkgConfig::HTTPLIB)
pkg_check_modules(QRCODEGEN REQUIRED IMPORTED_TARGET qrcodegencpp)
add_library(jb::qrcodegen INTERFACE IMPORTED)
target_link_libraries(jb::qrcodegen INTERFACE PkgConfig::QRCODEGEN)

# cairo with pango (libcairo2-dev, libpango1.0-dev): report.pdf and poster.pdf of the outcome
# pack, text laid out by pango with fonts found through fontconfig. Linked only into jb_export.
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo>=1.44 cairo-pdf>=1.16)
add_library(jb::pangocairo INTERFACE IMPORTED)
target_link_libraries(jb::pangocairo INTERFACE PkgConfig::PANGOCAIRO)
# libxlsxwriter (libxlsxwriter-dev, 1.1.4): outcome.xlsx, linked only into jb_export.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
add_library(jb::xlsxwriter INTERFACE IMPORTED)
target_link_libraries(jb::xlsxwriter INTERFACE PkgConfig::XLSXWRITER)

# libcsv (libcsv-dev, 3.0.3): the CSV cells `journeyboard import` and the Boards tab read,
# linked only into jb_import. It ships no pkg-config file: found as a plain system library.
find_path(JB_CSV_INCLUDE_DIR csv.h REQUIRED)
find_library(JB_CSV_LIBRARY NAMES csv REQUIRED)
add_library(jb::csv INTERFACE IMPORTED)
target_include_directories(jb::csv INTERFACE ${JB_CSV_INCLUDE_DIR})
target_link_libraries(jb::csv INTERFACE ${JB_CSV_LIBRARY})

if(JB_BUILD_APP OR JB_BUILD_TESTS)
  # Dear ImGui 1.86 (libimgui-dev): one static library with the GLFW and
  # OpenGL3 backends and the FreeType builder; its .pc pulls in -lstb.
  pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
  add_library(jb::imgui INTERFACE IMPORTED)
  target_link_libraries(jb::imgui INTERFACE PkgConfig::IMGUI)

  # FreeType (libfreetype-dev): the imgui library's FreeType builder needs it.
  pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
  add_library(jb::freetype INTERFACE IMPORTED)
  target_link_libraries(jb::freetype INTERFACE PkgConfig::FREETYPE)

  # stb (libstb-dev): implementations are compiled into libstb already.
  pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
  add_library(jb::stb INTERFACE IMPORTED)
  target_link_libraries(jb::stb INTERFACE PkgConfig::STB)
endif()

if(JB_BUILD_APP)
  pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3>=3.3)
  add_library(jb::glfw INTERFACE IMPORTED)
  target_link_libraries(jb::glfw INTERFACE PkgConfig::GLFW)

  # Xlib itself, beside GLFW: error handlers and the kiosk's window-manager requests.
  pkg_check_modules(X11 REQUIRED IMPORTED_TARGET x11)
  add_library(jb::x11 INTERFACE IMPORTED)
  target_link_libraries(jb::x11 INTERFACE PkgConfig::X11)

  # XInput 2.2 (libXi): every finger on a touchscreen as its own contact (GLFW 3.3 has no
  # touch API). Linked only into jb_platform.
  pkg_check_modules(XI REQUIRED IMPORTED_TARGET xi)
  add_library(jb::xi INTERFACE IMPORTED)
  target_link_libraries(jb::xi INTERFACE PkgConfig::XI)

  pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
  add_library(jb::fontconfig INTERFACE IMPORTED)
  target_link_libraries(jb::fontconfig INTERFACE PkgConfig::FONTCONFIG)

  set(OpenGL_GL_PREFERENCE GLVND)
  find_package(OpenGL REQUIRED)
  add_library(jb::opengl INTERFACE IMPORTED)
  target_link_libraries(jb::opengl INTERFACE OpenGL::GL ${CMAKE_DL_LIBS})
endif()

if(JB_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)
  include(Catch)
endif()
