// Commands on the board's frame: session title, persona, stages (columns)
// and lanes (rows). Removing a stage or lane removes its notes and their dots.
#pragma once

#include "cascade.h"
#include "add_command.h"
#include "patch_command.h"

#include <optional>
#include <string>

namespace jb::edit {

// [SECTION] Title and persona

/// Renames the session. Consecutive renames merge.
class RenameSession final : public Command {
public:
    explicit RenameSession(std::string title);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Rename board"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.rename_session"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::ManageSessions); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    std::string m_title;
    std::string m_old_title;
    bool m_merged = false;
};

/// Replaces the persona (name, description, goals, needs, photo). Consecutive edits merge.
class EditPersona final : public Command {
public:
    explicit EditPersona(model::Persona persona);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Edit persona"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.edit_persona"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditPersona); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::Persona m_persona;
    model::Persona m_old;
    bool m_merged = false;
};

// [SECTION] Stages

/// What a new stage starts with.
struct StageDraft {
    std::string name;
    std::string prompt;
    model::Id loops_back_to; ///< empty or an existing stage
};

/// Inserts a stage at `index` (nullopt: at the end). CreatedId() is its id.
class AddStage final : public AddCommand {
public:
    explicit AddStage(StageDraft draft, std::optional<std::size_t> index = std::nullopt);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Add stage"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.add_stage"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }

private:
    StageDraft m_draft;
    std::optional<std::size_t> m_index;
};

/// Stage fields to change; unset ones stay.
struct StageEdit {
    std::optional<std::string> name;
    std::optional<std::string> prompt;
    std::optional<model::Id> loops_back_to; ///< empty id clears the loop
};

/// Where stages live and which fields a StageEdit sets (PatchCommand).
struct StagePatch {
    using Entity = model::Stage;
    using Edit = StageEdit;
    static std::vector<Entity>& Items(model::Session& s) { return s.stages; }
    static constexpr auto kFields = std::make_tuple(Field(&Edit::name, &Entity::name), Field(&Edit::prompt, &Entity::prompt),
                                                    Field(&Edit::loops_back_to, &Entity::loops_back_to));
    static bool Valid(const model::Session& s, const model::Id& id, const Edit& e);
    static constexpr bool kMerges = true;
};

/// Changes a stage's name, prompt and/or loop. Consecutive edits of one stage merge.
class EditStage : public PatchCommand<StagePatch> {
public:
    EditStage(model::Id stage, StageEdit edit) : PatchCommand(std::move(stage), std::move(edit)) {}
    [[nodiscard]] std::string Label() const override { return "Edit stage"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.edit_stage"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }
};

/// EditStage that changes only the name.
class RenameStage final : public EditStage {
public:
    RenameStage(model::Id stage, std::string name);
    [[nodiscard]] std::string Label() const override { return "Rename stage"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.rename_stage"; }
};

/// Removes a stage with its notes, their dots, its emotion votes, and loops
/// pointing at it; action items lose their link to removed notes.
class RemoveStage final : public Command {
public:
    explicit RemoveStage(model::Id stage);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Remove stage"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.remove_stage"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }

private:
    model::Id m_stage;
    detail::Cascade m_removed;
};

/// Moves a stage to a new column index (0-based, < stage count).
class ReorderStage final : public Command {
public:
    ReorderStage(model::Id stage, std::size_t new_index);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Reorder stage"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.reorder_stage"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }

private:
    model::Id m_stage;
    std::size_t m_new_index;
    std::size_t m_old_index = 0;
};

// [SECTION] Lanes

/// What a new lane starts with.
struct LaneDraft {
    model::LaneKind kind = model::LaneKind::Custom;
    std::string name;
    model::Rgb color = 0xFFFFFF;
    bool below_line_of_visibility = false;
};

/// Inserts a lane at `index` (nullopt: at the bottom). CreatedId() is its id.
class AddLane final : public AddCommand {
public:
    explicit AddLane(LaneDraft draft, std::optional<std::size_t> index = std::nullopt);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Add lane"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.add_lane"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }

private:
    LaneDraft m_draft;
    std::optional<std::size_t> m_index;
};

/// Lane fields to change; unset ones stay.
struct LaneEdit {
    std::optional<model::LaneKind> kind;
    std::optional<std::string> name;
    std::optional<model::Rgb> color;
    std::optional<bool> below_line_of_visibility;
};

/// Where lanes live and which fields a LaneEdit sets (PatchCommand).
struct LanePatch {
    using Entity = model::Lane;
    using Edit = LaneEdit;
    static std::vector<Entity>& Items(model::Session& s) { return s.lanes; }
    static constexpr auto kFields =
        std::make_tuple(Field(&Edit::kind, &Entity::kind), Field(&Edit::name, &Entity::name),
                        Field(&Edit::color, &Entity::color),
                        Field(&Edit::below_line_of_visibility, &Entity::below_line_of_visibility));
    static bool Valid(const model::Session& s, const model::Id& id, const Edit& e);
    static constexpr bool kMerges = true;
};

/// Changes a lane's kind, name, colour and/or blueprint side. Consecutive edits of one lane merge.
class EditLane : public PatchCommand<LanePatch> {
public:
    EditLane(model::Id lane, LaneEdit edit) : PatchCommand(std::move(lane), std::move(edit)) {}
    [[nodiscard]] std::string Label() const override { return "Edit lane"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.edit_lane"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }
};

/// EditLane that changes only the name.
class RenameLane final : public EditLane {
public:
    RenameLane(model::Id lane, std::string name);
    [[nodiscard]] std::string Label() const override { return "Rename lane"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.rename_lane"; }
};

/// Removes a lane with its notes and their dots; action items lose their link.
class RemoveLane final : public Command {
public:
    explicit RemoveLane(model::Id lane);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Remove lane"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.remove_lane"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }

private:
    model::Id m_lane;
    detail::Cascade m_removed;
};

/// Moves a lane to a new row index (0-based, < lane count).
class ReorderLane final : public Command {
public:
    ReorderLane(model::Id lane, std::size_t new_index);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Reorder lane"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.reorder_lane"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditStructure); }

private:
    model::Id m_lane;
    std::size_t m_new_index;
    std::size_t m_old_index = 0;
};

} // namespace jb::edit
