// Shared by the import tests: the template library from the source tree, text
// encoded with glibc's iconv (so no test carries hand-made byte blobs), and an
// import of bytes with the defaults the app uses.
#pragma once

#include "../store/store_test_util.h"
#include "import/board_import.h"
#include "model/queries.h"
#include "store/template_library.h"

#include <catch2/catch.hpp>
#include <iconv.h>

#include <string>
#include <string_view>

namespace jb::test {

inline const store::TemplateLibrary& Library() {
    static const store::TemplateLibrary library = store::TemplateLibrary::Load(JB_SOURCE_TEMPLATES_DIR, {});
    return library;
}

/// `utf8` in `charset` ("GB18030", "UTF-16LE", ...), through iconv(3).
inline std::string Encode(std::string_view utf8, const char* charset) {
    iconv_t cd = iconv_open(charset, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* dst = out.data();
    std::size_t dst_left = out.size();
    const std::size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    iconv_close(cd);
    REQUIRE(r != static_cast<std::size_t>(-1));
    out.resize(out.size() - dst_left);
    return out;
}

inline import::ImportRequest Request(std::string template_id = {}, std::string language = {}) {
    import::ImportRequest r;
    r.template_id = std::move(template_id);
    r.language = std::move(language);
    r.now_utc = "2026-03-02T09:30:00Z";
    r.token_colours = {0xE69F00, 0x56B4E9, 0x009E73};
    return r;
}

inline import::ImportResult Import(std::string_view bytes, const std::string& file = "research.csv",
                                   const import::ImportRequest& request = Request(),
                                   const import::ImportLimits& limits = {}) {
    return import::ImportBoardBytes(bytes, file, request, Library(), limits);
}

/// The problem of a refused import as text (fails the test when it was imported).
inline std::string Refusal(const import::ImportResult& r) {
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.problem);
    return r.problem->ToString();
}

inline bool Has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

} // namespace jb::test
