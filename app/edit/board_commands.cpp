// Board commands: title, persona, stages and lanes, each exactly reversible.
//
// [SECTION] Title and persona
// [SECTION] Stages
// [SECTION] Lanes
#include "board_commands.h"

#include "model/queries.h"

#include <utility>

namespace jb::edit {

using detail::FindMut;
using detail::IndexOf;
using detail::IsDeclared;
using detail::IsRgb;
using detail::Overlay;

// [SECTION] Title and persona

RenameSession::RenameSession(std::string title) : m_title(std::move(title)) {}

bool RenameSession::Apply(model::Session& s) {
    if (s.title == m_title && !m_merged)
        return false;
    m_old_title = std::exchange(s.title, m_title);
    return true;
}

void RenameSession::Revert(model::Session& s) { s.title = m_old_title; }

bool RenameSession::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const RenameSession*>(&next);
    if (!other)
        return false;
    m_title = other->m_title;
    m_merged = true;
    return true;
}

EditPersona::EditPersona(model::Persona persona) : m_persona(std::move(persona)) {}

bool EditPersona::Apply(model::Session& s) {
    if (s.persona == m_persona && !m_merged)
        return false;
    m_old = std::exchange(s.persona, m_persona);
    return true;
}

void EditPersona::Revert(model::Session& s) { s.persona = m_old; }

bool EditPersona::MergeWith(const Command& next) {
    const auto* other = dynamic_cast<const EditPersona*>(&next);
    if (!other)
        return false;
    m_persona = other->m_persona;
    m_merged = true;
    return true;
}

// [SECTION] Stages

AddStage::AddStage(StageDraft draft, std::optional<std::size_t> index) : m_draft(std::move(draft)), m_index(index) {}

bool AddStage::Apply(model::Session& s) {
    const std::size_t index = m_index.value_or(s.stages.size());
    if (index > s.stages.size())
        return false;
    if (!m_draft.loops_back_to.empty() && !model::FindStage(s, m_draft.loops_back_to))
        return false;
    model::Stage stage;
    stage.name = m_draft.name;
    stage.prompt = m_draft.prompt;
    stage.loops_back_to = m_draft.loops_back_to;
    return Insert(s, s.stages, index, std::move(stage), "s", model::kMaxStages, "msg.limit_stages");
}

void AddStage::Revert(model::Session& s) { Erase(s, s.stages); }

bool StagePatch::Valid(const model::Session& s, const model::Id& id, const StageEdit& e) {
    // A stage loops back to another stage that exists, never to itself.
    return !e.loops_back_to || e.loops_back_to->empty() || (*e.loops_back_to != id && model::FindStage(s, *e.loops_back_to));
}

RenameStage::RenameStage(model::Id stage, std::string name)
    : EditStage(std::move(stage), StageEdit{std::move(name), std::nullopt, std::nullopt}) {}

RemoveStage::RemoveStage(model::Id stage) : m_stage(std::move(stage)) {}

bool RemoveStage::Apply(model::Session& s) {
    if (!model::FindStage(s, m_stage))
        return false;
    m_removed = {};
    detail::RemoveStageCascade(s, m_stage, m_removed);
    return true;
}

void RemoveStage::Revert(model::Session& s) { detail::RestoreCascade(s, m_removed); }

ReorderStage::ReorderStage(model::Id stage, std::size_t new_index)
    : m_stage(std::move(stage)), m_new_index(new_index) {}

bool ReorderStage::Apply(model::Session& s) {
    const std::size_t from = IndexOf(s.stages, m_stage);
    if (from >= s.stages.size() || m_new_index >= s.stages.size() || from == m_new_index)
        return false;
    m_old_index = from;
    detail::MoveElement(s.stages, from, m_new_index);
    return true;
}

void ReorderStage::Revert(model::Session& s) { detail::MoveElement(s.stages, m_new_index, m_old_index); }

// [SECTION] Lanes

AddLane::AddLane(LaneDraft draft, std::optional<std::size_t> index) : m_draft(std::move(draft)), m_index(index) {}

bool AddLane::Apply(model::Session& s) {
    const std::size_t index = m_index.value_or(s.lanes.size());
    if (index > s.lanes.size() || !IsDeclared(m_draft.kind, model::kLaneKindNames) || !IsRgb(m_draft.color))
        return false;
    model::Lane lane;
    lane.kind = m_draft.kind;
    lane.name = m_draft.name;
    lane.color = m_draft.color;
    lane.below_line_of_visibility = m_draft.below_line_of_visibility;
    return Insert(s, s.lanes, index, std::move(lane), "l", model::kMaxLanes, "msg.limit_lanes");
}

void AddLane::Revert(model::Session& s) { Erase(s, s.lanes); }

bool LanePatch::Valid(const model::Session& /*s*/, const model::Id& /*id*/, const LaneEdit& e) {
    return (!e.kind || IsDeclared(*e.kind, model::kLaneKindNames)) && (!e.color || IsRgb(*e.color));
}

RenameLane::RenameLane(model::Id lane, std::string name)
    : EditLane(std::move(lane), LaneEdit{std::nullopt, std::move(name), std::nullopt, std::nullopt}) {}

RemoveLane::RemoveLane(model::Id lane) : m_lane(std::move(lane)) {}

bool RemoveLane::Apply(model::Session& s) {
    if (!model::FindLane(s, m_lane))
        return false;
    m_removed = {};
    detail::RemoveLaneCascade(s, m_lane, m_removed);
    return true;
}

void RemoveLane::Revert(model::Session& s) { detail::RestoreCascade(s, m_removed); }

ReorderLane::ReorderLane(model::Id lane, std::size_t new_index) : m_lane(std::move(lane)), m_new_index(new_index) {}

bool ReorderLane::Apply(model::Session& s) {
    const std::size_t from = IndexOf(s.lanes, m_lane);
    if (from >= s.lanes.size() || m_new_index >= s.lanes.size() || from == m_new_index)
        return false;
    m_old_index = from;
    detail::MoveElement(s.lanes, from, m_new_index);
    return true;
}

void ReorderLane::Revert(model::Session& s) { detail::MoveElement(s.lanes, m_new_index, m_old_index); }

} // namespace jb::edit
