// Prints the notes of a session file, one per line: id, stage, lane, text
// (tab-separated), after validating it with the real loader. For e2e tests.
// Usage: session_dump FILE     exit 1 (with the loader's message) if it does not load
#include "store/session_codec.h"

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: session_dump FILE\n");
        return 2;
    }
    const jb::store::LoadResult r = jb::store::LoadSessionFile(argv[1]);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.error.ToString().c_str());
        return 1;
    }
    for (const jb::model::Note& n : r.session->notes)
        std::printf("%s\t%s\t%s\t%s\n", n.id.c_str(), n.stage.c_str(), n.lane.c_str(), n.text.c_str());
    return 0;
}
