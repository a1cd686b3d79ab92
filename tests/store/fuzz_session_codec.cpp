// libFuzzer target for the session codec: any bytes must load or be refused
// with a message, never crash; and whatever loads must save and load back
// to the same session and the same bytes.
#include "store/session_codec.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const jb::store::LoadResult result = jb::store::SessionFromJson(text, "fuzz.json");
    if (!result.ok()) {
        if (result.error.message.empty()) {
            std::fprintf(stderr, "refused without a message\n");
            std::abort();
        }
        return 0;
    }
    const std::string saved = jb::store::SessionToJson(*result.session);
    const jb::store::LoadResult again = jb::store::SessionFromJson(saved, "fuzz-saved.json");
    if (!again.ok()) {
        std::fprintf(stderr, "saved file does not load: %s\n", again.error.ToString().c_str());
        std::abort();
    }
    if (!(*again.session == *result.session) || jb::store::SessionToJson(*again.session) != saved) {
        std::fprintf(stderr, "save/load is not stable\n");
        std::abort();
    }
    return 0;
}
