// Synthetic boards for timing.
#include "synthetic_board.h"

#include "ui/kit/theme.h"

#include <random>

namespace jb::bench {

model::Session MakeSyntheticBoard(int notes, unsigned seed) {
    using model::LaneKind;
    std::mt19937 rng(seed);
    model::Session s;
    s.id = "bench-" + std::to_string(notes);
    s.title = "基准测试 benchmark board";
    s.created = s.modified = "2026-11-22T09:00:00Z";
    s.language = "zh-CN";
    s.persona = {"林晓雯", "28 岁，产品经理", "准时拿到咖啡", "可预期的等待", ""};
    static const char* kStages[] = {"认知", "考虑", "决策", "购买", "配送", "使用", "售后", "忠诚"};
    for (const char* name : kStages)
        s.stages.push_back({model::NewId(s, "s"), name, "她在这个阶段做什么？", ""});
    for (const auto& [kind, color] : ui::kNewBoardLanes)
        s.lanes.push_back({model::NewId(s, "l"), kind, std::string(model::EnumName(kind, model::kLaneKindNames)), color, false});
    static const char* kTexts[] = {
        "早上八点排队排到门外，等了十二分钟", "Mobile order said ready but the drink was not made yet",
        "小程序会员积分规则看不懂", "Cup too hot to hold and the sleeves ran out",
        "在小红书刷到朋友晒的拉花拿铁", "Loyalty points expire without any reminder at all",
        "想要燕麦奶但不知道有没有", "短"};
    std::uniform_int_distribution<int> text_pick(0, 7);
    std::uniform_int_distribution<int> stage_pick(0, static_cast<int>(s.stages.size()) - 1);
    std::uniform_int_distribution<int> lane_pick(0, static_cast<int>(s.lanes.size()) - 1);
    for (int i = 0; i < notes; ++i) {
        model::Note n;
        n.id = model::NewId(s, "n");
        n.text = kTexts[text_pick(rng)];
        n.stage = s.stages[static_cast<std::size_t>(stage_pick(rng))].id;
        int lane = lane_pick(rng);
        if (s.lanes[static_cast<std::size_t>(lane)].kind == LaneKind::Emotion)
            lane = 0;
        n.lane = s.lanes[static_cast<std::size_t>(lane)].id;
        n.order = i;
        n.channel = static_cast<model::Channel>(i % 10);
        n.moment_of_truth = i % 7 == 0;
        s.notes.push_back(std::move(n));
    }
    return s;
}

} // namespace jb::bench
