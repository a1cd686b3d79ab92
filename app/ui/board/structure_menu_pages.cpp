// The structure menu's pages (what each offers, greyed with a reason when it cannot
// act) and what a pick does: one command each, through the queue's gate.
#include "edit/board_commands.h"
#include "edit/command_queue.h"
#include "model/queries.h"
#include "ui/board/structure_menu.h"
#include "ui/kit/theme.h"
#include "workshop/submission_gate.h"

#include <algorithm>

namespace jb::ui {

namespace {

std::string LaneKindKey(model::LaneKind kind) {
    return "lane." + std::string(model::EnumName(kind, model::kLaneKindNames));
}

std::string LaneName(const UiContext& ctx, const model::Lane& lane) {
    return lane.name.empty() ? std::string(ctx.Tr(LaneKindKey(lane.kind))) : lane.name;
}

/// Why nobody at the screen now may change stages and lanes ("" = they may), said in words.
std::string StructureClosed(const UiContext& ctx) {
    if (!ctx.commands || !ctx.session)
        return std::string(ctx.Tr("structure.why_closed"));
    const workshop::Refusal why = workshop::WhyRefused(ctx.session->workshop, workshop::Action::EditStructure, ctx.role);
    if (why == workshop::Refusal::None)
        return {};
    if (why == workshop::Refusal::NotInPhase)
        return std::string(ctx.Tr("structure.why_closed"));
    return std::string(ctx.Tr(workshop::RefusalKey(why, workshop::Action::EditStructure)));
}

/// "7 notes", "1 note": a count with its noun from the catalog.
std::string Counted(const UiContext& ctx, std::string_view noun, std::size_t n) {
    const std::string key = "structure.count_" + std::string(noun);
    return n == 1 ? std::string(ctx.Tr(key + "_one")) : Format(ctx.Tr(key), {std::to_string(n)});
}

/// "a, b and c" in the interface's language.
std::string ListOf(const UiContext& ctx, const std::vector<std::string>& parts) {
    if (parts.empty())
        return {};
    std::string head = parts.front();
    for (std::size_t i = 1; i + 1 < parts.size(); ++i)
        head += std::string(ctx.Tr("structure.list_separator")) + parts[i];
    return parts.size() == 1 ? head : Format(ctx.Tr("structure.list_and"), {head, parts.back()});
}

bool BelowLineOfVisibility(model::LaneKind kind) {
    return kind == model::LaneKind::Backstage || kind == model::LaneKind::Support;
}

} // namespace

std::vector<StructureMenu::Item> StructureMenu::PageItems(const UiContext& ctx) const {
    const model::Session& s = *ctx.session;
    const std::string closed = StructureClosed(ctx);
    std::vector<Item> items;
    const auto add = [&](std::string id, std::string label, std::string why_not = {}) -> Item& {
        Item it;
        it.id = std::move(id);
        it.label = std::move(label);
        it.why_not = closed.empty() ? std::move(why_not) : closed;
        items.push_back(std::move(it));
        return items.back();
    };
    const auto tr = [&](std::string_view key) { return std::string(ctx.Tr(key)); };
    const std::size_t count = m_stage ? s.stages.size() : s.lanes.size();
    const std::size_t index = (m_stage ? model::StageIndex(s, m_id) : model::LaneIndex(s, m_id)).value_or(0);
    const std::size_t limit = m_stage ? model::kMaxStages : model::kMaxLanes;
    const std::string full =
        count >= limit ? Format(ctx.Tr(m_stage ? "msg.limit_stages" : "msg.limit_lanes"), {std::to_string(limit)})
                       : std::string();
    switch (m_page) {
    case Page::Main:
        if (m_stage) {
            const model::Stage& stage = s.stages[index];
            add("structure.rename", tr("structure.rename"));
            add("structure.prompt", tr("structure.prompt"));
            add("structure.insert_before", tr("structure.insert_before"), full);
            add("structure.insert_after", tr("structure.insert_after"), full);
            add("structure.move_left", tr("structure.move_left"), index == 0 ? tr("structure.why_first_stage") : "");
            add("structure.move_right", tr("structure.move_right"),
                index + 1 >= count ? tr("structure.why_last_stage") : "");
            // The journey's end may loop back to its start; a loop set elsewhere can be turned off here too.
            const bool last = index + 1 == count && count > 1;
            if (last || !stage.loops_back_to.empty()) {
                const model::Stage* target =
                    model::FindStage(s, stage.loops_back_to.empty() ? s.stages.front().id : stage.loops_back_to);
                Item& loop = add("structure.loop", Format(ctx.Tr("structure.loop"), {target ? target->name : ""}));
                loop.active = !stage.loops_back_to.empty();
                loop.wide = true;
            }
            Item& remove = add("structure.remove", tr("structure.remove_stage"),
                               count <= 1 ? tr("structure.why_only_stage") : "");
            remove.danger = remove.wide = true;
        } else {
            add("structure.rename", tr("structure.rename"));
            add("structure.add_lane", tr("structure.add_lane"), full);
            add("structure.move_up", tr("structure.move_up"), index == 0 ? tr("structure.why_top_lane") : "");
            add("structure.move_down", tr("structure.move_down"),
                index + 1 >= count ? tr("structure.why_bottom_lane") : "");
            Item& remove = add("structure.remove", tr("structure.remove_lane"),
                               count <= 1 ? tr("structure.why_only_lane") : "");
            remove.danger = remove.wide = true;
        }
        break;
    case Page::AddLane:
        add("structure.add_above", tr("structure.add_above"), full).active = m_lane_above;
        add("structure.add_below", tr("structure.add_below"), full).active = !m_lane_above;
        for (std::size_t k = 0; k < model::kLaneKindNames.size(); ++k) {
            const auto kind = static_cast<model::LaneKind>(k);
            Item& it = add("structure.lane_kind." + std::string(model::kLaneKindNames[k]), tr(LaneKindKey(kind)), full);
            it.swatch = kLaneKindColours[k];
            it.has_swatch = true;
        }
        break;
    case Page::ConfirmRemove: {
        Item& keep = add("structure.remove_cancel", tr("structure.keep"));
        keep.why_not.clear(); // keeping it is always possible
        add("structure.remove_confirm", tr("structure.remove_yes"), count <= 1 ? tr(m_stage ? "structure.why_only_stage" : "structure.why_only_lane") : "")
            .danger = true;
        break;
    }
    }
    return items;
}

std::string StructureMenu::RemoveQuestion(const UiContext& ctx) const {
    const model::Session& s = *ctx.session;
    std::set<model::Id> notes;
    for (const model::Note& n : s.notes)
        if ((m_stage ? n.stage : n.lane) == m_id)
            notes.insert(n.id);
    const auto dots = static_cast<std::size_t>(
        std::count_if(s.dots.begin(), s.dots.end(), [&](const model::Dot& d) { return notes.count(d.note) > 0; }));
    std::vector<std::string> parts;
    if (!notes.empty())
        parts.push_back(Counted(ctx, "notes", notes.size()));
    if (m_stage) {
        const model::Stage* stage = model::FindStage(s, m_id);
        const auto votes = static_cast<std::size_t>(std::count_if(
            s.emotion_votes.begin(), s.emotion_votes.end(), [&](const model::EmotionVote& v) { return v.stage == m_id; }));
        if (votes > 0)
            parts.push_back(Counted(ctx, "votes", votes));
        if (dots > 0)
            parts.push_back(Counted(ctx, "dots", dots));
        const std::string name = stage ? stage->name : std::string();
        return parts.empty() ? Format(ctx.Tr("structure.remove_stage_empty"), {name})
                             : Format(ctx.Tr("structure.remove_stage_confirm"), {name, ListOf(ctx, parts)});
    }
    const model::Lane* lane = model::FindLane(s, m_id);
    const std::string name = lane ? LaneName(ctx, *lane) : std::string();
    if (lane && lane->kind == model::LaneKind::Emotion && notes.empty())
        return Format(ctx.Tr("structure.remove_emotion_lane"), {name}); // the votes belong to the stages
    if (dots > 0)
        parts.push_back(Counted(ctx, "dots", dots));
    return parts.empty() ? Format(ctx.Tr("structure.remove_lane_empty"), {name})
                         : Format(ctx.Tr("structure.remove_lane_confirm"), {name, ListOf(ctx, parts)});
}

void StructureMenu::Insert(UiContext& ctx, std::size_t at) {
    m_known.clear();
    for (const model::Stage& st : ctx.session->stages)
        m_known.insert(st.id);
    m_follow = true;
    ctx.commands->Emplace<edit::AddStage>(edit::StageDraft{std::string(ctx.Tr("structure.new_stage")), "", ""}, at);
}

void StructureMenu::AddLane(UiContext& ctx, model::LaneKind kind) {
    const std::size_t index = model::LaneIndex(*ctx.session, m_id).value_or(ctx.session->lanes.size());
    const std::size_t at = std::min(index + (m_lane_above ? 0 : 1), ctx.session->lanes.size());
    edit::LaneDraft draft;
    draft.kind = kind;
    draft.name = std::string(ctx.Tr(kind == model::LaneKind::Custom ? std::string("structure.new_lane") : LaneKindKey(kind)));
    draft.color = kLaneKindColours[static_cast<std::size_t>(kind)];
    draft.below_line_of_visibility = BelowLineOfVisibility(kind);
    m_known.clear();
    for (const model::Lane& l : ctx.session->lanes)
        m_known.insert(l.id);
    m_follow = true;
    ctx.commands->Emplace<edit::AddLane>(draft, at);
    m_page = Page::Main;
}

void StructureMenu::FollowNew(const model::Session& s) {
    if (!m_follow)
        return;
    // The frame after the insert (applied after the frame that asked): the new one is the
    // id that was not there. Refused (the board is full): the menu stays where it was.
    m_follow = false;
    if (m_stage) {
        for (const model::Stage& st : s.stages)
            if (!m_known.count(st.id))
                m_id = st.id;
    } else {
        for (const model::Lane& l : s.lanes)
            if (!m_known.count(l.id))
                m_id = l.id;
    }
}

void StructureMenu::Act(UiContext& ctx, const std::string& id, StructureMenuResult& result) {
    const model::Session& s = *ctx.session;
    if (id == "structure.close") {
        Close();
        return;
    }
    if (id == "structure.back" || id == "structure.remove_cancel") {
        m_page = Page::Main;
        return;
    }
    // Asked again on every pick: facilitator mode may have closed while the menu was open.
    if (!MayAct(ctx, workshop::Action::EditStructure)) {
        result.say = StructureClosed(ctx);
        return;
    }
    const std::size_t index = (m_stage ? model::StageIndex(s, m_id) : model::LaneIndex(s, m_id)).value_or(0);
    if (id == "structure.rename" || id == "structure.prompt") {
        result.edit = !m_stage                      ? StructureMenuResult::Edit::LaneName
                      : id == "structure.rename"    ? StructureMenuResult::Edit::StageName
                                                    : StructureMenuResult::Edit::StagePrompt;
        result.id = m_id;
        Close();
    } else if (id == "structure.insert_before" || id == "structure.insert_after") {
        Insert(ctx, index + (id == "structure.insert_after" ? 1 : 0));
    } else if (id == "structure.move_left" || id == "structure.move_up") {
        if (index > 0) {
            if (m_stage)
                ctx.commands->Emplace<edit::ReorderStage>(m_id, index - 1);
            else
                ctx.commands->Emplace<edit::ReorderLane>(m_id, index - 1);
        }
    } else if (id == "structure.move_right" || id == "structure.move_down") {
        if (m_stage)
            ctx.commands->Emplace<edit::ReorderStage>(m_id, index + 1);
        else
            ctx.commands->Emplace<edit::ReorderLane>(m_id, index + 1);
    } else if (id == "structure.loop") {
        const model::Stage* stage = model::FindStage(s, m_id);
        edit::StageEdit e;
        e.loops_back_to = stage && stage->loops_back_to.empty() ? s.stages.front().id : model::Id();
        ctx.commands->Emplace<edit::EditStage>(m_id, e);
    } else if (id == "structure.remove") {
        m_page = Page::ConfirmRemove;
    } else if (id == "structure.remove_confirm") {
        if (m_stage)
            ctx.commands->Emplace<edit::RemoveStage>(m_id);
        else
            ctx.commands->Emplace<edit::RemoveLane>(m_id);
        Close();
    } else if (id == "structure.add_lane") {
        m_page = Page::AddLane;
        m_lane_above = false; // below, unless asked each time
    } else if (id == "structure.add_above" || id == "structure.add_below") {
        m_lane_above = id == "structure.add_above";
    } else if (id.rfind("structure.lane_kind.", 0) == 0) {
        if (const auto kind = model::EnumFromName<model::LaneKind>(id.substr(20), model::kLaneKindNames))
            AddLane(ctx, *kind);
    }
}

} // namespace jb::ui
