// Prints the notes of a session file, one per line: id, stage, lane, text
// (tab-separated), after validating it with the real loader; then one line per note
// ("author", id, participant, 1 when face-down), per stage in board order ("stage", id,
// name, the stage it loops back to), per lane ("lane", id, kind, name), per
// emotion vote ("vote", participant, stage, curve, value), per dot ("dot", id,
// participant, note, type), per stack ("group", id, name, notes top first, comma-separated),
// per item on the impact x effort matrix ("matrix", item, impact, effort) and the workshop
// state ("workshop", key, value).
// For e2e tests.
// Usage: session_dump FILE     exit 1 (with the loader's message) if it does not load
//        session_dump --print-size FILE   the board image's expected "WIDTH HEIGHT"
#include "export/board_print.h"
#include "store/session_codec.h"
#include "ui/kit/board_layout.h"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--print-size") {
        // The size the outcome pack's board image must have, from the layout alone (no GL).
        const jb::store::LoadResult r = jb::store::LoadSessionFile(argv[2]);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", r.error.ToString().c_str());
            return 1;
        }
        const jb::ui::UiMetrics m = jb::ui::ComputeMetrics(jb::ui::PrintScreen(), 0.0f);
        const jb::ui::PrintGeometry g = jb::ui::ComputePrintGeometry(jb::ui::ComputeBoardLayout(*r.session, m), m);
        std::printf("%d %d\n", g.width, g.height);
        return 0;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: session_dump FILE | --print-size FILE\n");
        return 2;
    }
    const jb::store::LoadResult r = jb::store::LoadSessionFile(argv[1]);
    if (!r.ok()) {
        std::fprintf(stderr, "%s\n", r.error.ToString().c_str());
        return 1;
    }
    for (const jb::model::Note& n : r.session->notes)
        std::printf("%s\t%s\t%s\t%s\n", n.id.c_str(), n.stage.c_str(), n.lane.c_str(), n.text.c_str());
    for (const jb::model::Note& n : r.session->notes) // who wrote it, and face-down or not
        std::printf("author\t%s\t%s\t%d\n", n.id.c_str(), n.author.c_str(), n.hidden ? 1 : 0);
    using jb::model::EnumName;
    for (const jb::model::Stage& st : r.session->stages) // in board order
        std::printf("stage\t%s\t%s\t%s\n", st.id.c_str(), st.name.c_str(), st.loops_back_to.c_str());
    for (const jb::model::Lane& l : r.session->lanes)
        std::printf("lane\t%s\t%s\t%s\n", l.id.c_str(), std::string(EnumName(l.kind, jb::model::kLaneKindNames)).c_str(),
                    l.name.c_str());
    for (const jb::model::EmotionVote& v : r.session->emotion_votes)
        std::printf("vote\t%s\t%s\t%s\t%d\n", v.participant.c_str(), v.stage.c_str(),
                    std::string(EnumName(v.curve, jb::model::kCurveNames)).c_str(), v.value);
    for (const jb::model::Dot& d : r.session->dots)
        std::printf("dot\t%s\t%s\t%s\t%s\n", d.id.c_str(), d.participant.c_str(), d.note.c_str(),
                    std::string(EnumName(d.type, jb::model::kDotTypeNames)).c_str());
    for (const jb::model::NoteGroup& g : r.session->groups) { // stacks: id, name, notes top first
        std::string notes;
        for (const jb::model::Id& id : g.notes)
            notes += (notes.empty() ? "" : ",") + id;
        std::printf("group\t%s\t%s\t%s\n", g.id.c_str(), g.name.c_str(), notes.c_str());
    }
    for (const jb::model::MatrixItem& m : r.session->matrix)
        std::printf("matrix\t%s\t%.3f\t%.3f\n", m.item.c_str(), m.impact, m.effort);
    const jb::model::WorkshopState& w = r.session->workshop;
    std::printf("workshop\tphase\t%s\n", std::string(EnumName(w.phase, jb::model::kPhaseNames)).c_str());
    std::printf("workshop\temotions_revealed\t%d\n", w.emotions_revealed ? 1 : 0);
    std::printf("workshop\tdots_revealed\t%d\n", w.dots_revealed ? 1 : 0);
    return 0;
}
