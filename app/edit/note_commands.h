// Commands on sticky notes: add, edit text, set properties, move, duplicate,
// delete (with the dots on it), and reveal the face-down notes.
#pragma once

#include "cascade.h"
#include "add_command.h"
#include "patch_command.h"

#include <optional>
#include <string>

namespace jb::edit {

/// What a new note starts with.
struct NoteDraft {
    model::Id stage;
    model::Id lane;
    std::string text;
    model::Id author;                       ///< participant id or empty
    bool hidden = false;                    ///< face-down (silent writing)
    model::Channel channel = model::Channel::None;
    bool moment_of_truth = false;
    model::EvidenceLevel evidence = model::EvidenceLevel::None;
    model::Rgb color = 0;                   ///< 0 = lane colour
    std::optional<double> order;            ///< nullopt: after the last note of the cell
};

/// Creates a note; its new id is CreatedId() after Apply (so the UI
/// can open the editor on it). Fails if the stage, lane or author is unknown.
class AddNote final : public AddCommand {
public:
    explicit AddNote(NoteDraft draft);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Add note"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.add_note"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::AddNote, {}, m_draft.author); }

private:
    NoteDraft m_draft;
};

/// Replaces a note's text. Consecutive edits of the same note merge.
class EditNoteText final : public Command {
public:
    EditNoteText(model::Id note, std::string text);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Edit note text"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.edit_note_text"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditNote, m_note); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::Id m_note;
    std::string m_text;
    std::string m_old_text;
    bool m_merged = false; ///< a merged edit may end where it began and must still redo
};

/// The note properties SetNoteProps may change; unset fields stay as they are.
struct NoteProps {
    std::optional<model::Channel> channel;
    std::optional<bool> moment_of_truth;
    std::optional<model::EvidenceLevel> evidence;
    std::optional<model::Rgb> color;
    std::optional<bool> hidden;
};

/// Where notes live and which fields NoteProps sets (PatchCommand). Each change of a
/// property is its own undo step (a tap in the note menu each), so they do not merge.
struct NotePropsPatch {
    using Entity = model::Note;
    using Edit = NoteProps;
    static std::vector<Entity>& Items(model::Session& s) { return s.notes; }
    static constexpr auto kFields =
        std::make_tuple(Field(&Edit::channel, &Entity::channel), Field(&Edit::moment_of_truth, &Entity::moment_of_truth),
                        Field(&Edit::evidence, &Entity::evidence), Field(&Edit::color, &Entity::color),
                        Field(&Edit::hidden, &Entity::hidden));
    static bool Valid(const model::Session& s, const model::Id& id, const Edit& e);
    static constexpr bool kMerges = false;
};

/// Changes channel, moment of truth, evidence, colour and/or hidden.
class SetNoteProps final : public PatchCommand<NotePropsPatch> {
public:
    SetNoteProps(model::Id note, NoteProps props) : PatchCommand(std::move(note), props) {}
    [[nodiscard]] std::string Label() const override { return "Change note"; }
    /// What changed, when it is one thing ("cmd.set_note_channel": the undo
    /// message then says "Undone: Change channel"); else "cmd.set_note_props".
    [[nodiscard]] std::string LabelKey() const override;
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::EditNote, Target()); }
};

/// Moves a note to a cell and position, taking it out of its group. Consecutive
/// moves of one note merge.
class MoveNote final : public Command {
public:
    /// `order` nullopt: after the other notes of the target cell.
    MoveNote(model::Id note, model::Id stage, model::Id lane, std::optional<double> order = std::nullopt);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Move note"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.move_note"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::MoveNote, m_note); }
    [[nodiscard]] bool MergeWith(const Command& next) override;

private:
    model::Id m_note;
    model::Id m_stage;
    model::Id m_lane;
    std::optional<double> m_order;
    double m_applied_order = 0.0;
    model::Note m_before;
    detail::Cascade m_left; ///< the groups and matrix places before the note left its group
    bool m_merged = false;
};

/// Copies a note (not its dots) right after the original in its cell.
class DuplicateNote final : public AddCommand {
public:
    explicit DuplicateNote(model::Id note);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Duplicate note"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.duplicate_note"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return {{workshop::Action::AddNote, {}, {}}, {workshop::Action::EditNote, m_source, {}}}; }

private:
    model::Id m_source;
};

/// Deletes a note and the dots on it; action items that came from it keep
/// their text but lose the link. Undo restores all of it in place.
class DeleteNote final : public Command {
public:
    explicit DeleteNote(model::Id note);
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Delete note"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.delete_note"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::DeleteNote, m_note); }

private:
    model::Id m_note;
    detail::Cascade m_removed;
};

/// Turns every face-down note face-up and marks the notes as revealed.
class RevealAllNotes final : public Command {
public:
    RevealAllNotes() = default;
    [[nodiscard]] bool Apply(model::Session& s) override;
    void Revert(model::Session& s) override;
    [[nodiscard]] std::string Label() const override { return "Reveal all notes"; }
    [[nodiscard]] std::string LabelKey() const override { return "cmd.reveal_all_notes"; }
    [[nodiscard]] Permissions Needs(const model::Session&) const override { return Need(workshop::Action::Reveal); }

private:
    std::vector<model::Id> m_flipped;
    bool m_was_revealed = true;
};

} // namespace jb::edit
