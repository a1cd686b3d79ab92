// Demo and blank boards.
#include "demo_board.h"

#include "ui/kit/theme.h"

namespace jb {

store::LoadResult LoadDemoBoard(const std::filesystem::path& assets_dir, const std::string& language) {
    const std::filesystem::path dir = assets_dir / "demo";
    std::filesystem::path file = dir / ("coffee_shop." + language + ".json");
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        file = dir / "coffee_shop.en.json";
    return store::LoadSessionFile(file);
}

model::Session MakeBlankBoard(const store::StringCatalog& strings) {
    using model::LaneKind;
    model::Session s;
    s.id = "blank-board";
    s.title = strings.Get("app.title");
    for (int i = 1; i <= 5; ++i)
        s.stages.push_back({model::NewId(s, "s"), strings.Format("board.stage_n", i), "", ""});
    for (const auto& [kind, color] : ui::kNewBoardLanes) {
        model::Lane lane;
        lane.id = model::NewId(s, "l");
        lane.kind = kind;
        lane.name = strings.Get("lane." + std::string(model::EnumName(kind, model::kLaneKindNames)));
        lane.color = color;
        s.lanes.push_back(lane);
    }
    return s;
}

} // namespace jb
