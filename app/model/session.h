// The journey-map domain as plain data: a Session owns the persona, stages,
// lanes, notes, participants, votes, dots, action items and workshop state.
// Everything is named by a stable string id; nothing here knows about UI.
#pragma once

#include "enums.h"

#include <cstdint>
#include <string>
#include <vector>

namespace jb::model {

using Id = std::string;

/// A colour as 0xRRGGBB.
using Rgb = std::uint32_t;

/// Who the journey is about.
struct Persona {
    std::string name;
    std::string description; ///< one line
    std::string goals;
    std::string needs;
    std::string photo;       ///< file name inside the data dir's images folder; empty = none
    bool operator==(const Persona&) const = default;
};

/// An ordered column of the board.
struct Stage {
    Id id;
    std::string name;
    std::string prompt;     ///< question shown to participants, may be empty
    Id loops_back_to;       ///< stage this one loops back to (empty = linear)
    bool operator==(const Stage&) const = default;
};

/// A row of the board holding one kind of content.
struct Lane {
    Id id;
    LaneKind kind = LaneKind::Custom;
    std::string name;
    Rgb color = 0xFFFFFF;
    bool below_line_of_visibility = false; ///< service blueprints draw the line above the first such lane
    bool operator==(const Lane&) const = default;
};

/// A sticky note in a (stage, lane) cell.
struct Note {
    Id id;
    std::string text;
    Id stage;
    Id lane;
    double order = 0.0;                 ///< position inside the cell, ascending
    Channel channel = Channel::None;
    bool moment_of_truth = false;
    EvidenceLevel evidence = EvidenceLevel::None;
    Id author;                          ///< participant id, empty = facilitator/unknown
    bool hidden = false;                ///< face-down until revealed (silent writing)
    Rgb color = 0;                      ///< 0 = use the lane colour
    bool operator==(const Note&) const = default;
};

/// Notes stacked into one item (duplicates of one idea, the way a sticky note
/// goes on top of another on the wall). A dot vote counts the group as one item.
/// Rules: at least two members, all in one cell, none face-down, a note in at
/// most one group.
struct NoteGroup {
    Id id;
    std::string name;                   ///< optional
    std::vector<Id> notes;              ///< the members, top note first
    bool operator==(const NoteGroup&) const = default;
};

/// Where one item (a note or a group) sits on the impact x effort matrix.
struct MatrixItem {
    Id item;                            ///< a note id or a group id
    double impact = 0.5;                ///< 0 = low .. 1 = high (up on the matrix)
    double effort = 0.5;                ///< 0 = low .. 1 = high (right on the matrix)
    bool operator==(const MatrixItem&) const = default;
};

/// Someone in the room, shown as a coloured token with an icon.
struct Participant {
    Id id;
    std::string name;                   ///< optional
    Rgb color = 0;
    TokenIcon icon = TokenIcon::Cat;
    bool operator==(const Participant&) const = default;
};

/// One participant's feeling about one stage, -2 .. +2.
struct EmotionVote {
    Id participant;
    Id stage;
    int value = 0;
    Curve curve = Curve::AsIs;
    bool operator==(const EmotionVote&) const = default;
};

/// One dot a participant put on a note.
struct Dot {
    Id id;
    Id participant;
    Id note;
    DotType type = DotType::Pain;
    bool operator==(const Dot&) const = default;
};

/// A follow-up action for a ranked pain point or opportunity.
struct ActionItem {
    Id id;
    Id note;                            ///< the note it came from, may be empty
    std::string problem;
    std::string solution;
    std::string owner;
    std::string due;                    ///< YYYY-MM-DD or empty
    Priority priority = Priority::Medium;
    ActionStatus status = ActionStatus::Open;
    bool operator==(const ActionItem&) const = default;
};

/// Where the workshop stands; changed only through commands like the rest.
struct WorkshopState {
    Phase phase = Phase::Setup;
    bool board_locked = false;
    bool notes_revealed = true;         ///< false while silent-writing notes are face-down
    bool emotions_revealed = false;     ///< the as-is curve is shown (votes on it are closed)
    bool to_be_revealed = false;        ///< the target ("to-be") curve is shown
    bool dots_revealed = false;
    Curve emotion_curve = Curve::AsIs;  ///< which curve participants vote on now
    int dots_per_participant = 3;       ///< budget per participant for each dot type
    DotType dot_type = DotType::Pain;   ///< what the dots of the current round mean
    std::vector<Id> dot_lanes;          ///< lanes whose notes may get dots; empty = every note lane
    int phase_minutes = 0;              ///< planned length of the current phase, 0 = no timer
    bool structure_open = false;        ///< participants may edit stages and lanes (setup, placing)
    bool operator==(const WorkshopState&) const = default;
};

/// A whole journey-mapping workshop.
/// The largest board: the loader refuses files beyond these, and the commands
/// that add refuse to grow a board past them, so a board can always be saved
/// and opened again.
inline constexpr std::size_t kMaxStages = 64;
inline constexpr std::size_t kMaxLanes = 32;
// 5,000 notes (a real workshop has a few hundred) load within journeyboard-bench's
// save/load target of 16 ms; 50,000 took 113 ms to load and 170 ms per autosave,
// 10,000 about 23 ms to load.
inline constexpr std::size_t kMaxNotes = 5'000;
inline constexpr std::size_t kMaxParticipants = 64;
inline constexpr std::size_t kMaxDots = 100'000;
inline constexpr std::size_t kMaxActions = 10'000;
inline constexpr std::size_t kMaxGroups = kMaxNotes / 2;
inline constexpr std::size_t kMaxMatrixItems = kMaxNotes;

/// The largest next_serial a session may hold (2^53: every id number stays exact
/// in any JSON reader, JavaScript's included). Files above it are refused; once
/// a board reaches it, no new ids are handed out (NewId returns "").
inline constexpr std::uint64_t kSerialLimit = std::uint64_t{1} << 53;

struct Session {
    Id id;
    std::string title;
    std::string created;                ///< ISO 8601 UTC, e.g. 2026-11-22T09:30:00Z
    std::string modified;
    std::string template_id;            ///< template it was made from, may be empty
    std::string language;               ///< language its content was written in (zh-CN, zh-TW, en)
    Persona persona;
    std::vector<Stage> stages;
    std::vector<Lane> lanes;
    std::vector<Note> notes;
    std::vector<Participant> participants;
    std::vector<EmotionVote> emotion_votes;
    std::vector<Dot> dots;
    std::vector<ActionItem> actions;
    std::vector<NoteGroup> groups;
    std::vector<MatrixItem> matrix;     ///< the impact x effort placement, one entry per item
    WorkshopState workshop;
    std::uint64_t next_serial = 1;      ///< source of fresh ids, never reused; at most kSerialLimit
    bool operator==(const Session&) const = default;
};

/// A fresh id with the given prefix ("n" for notes, "s" for stages, ...),
/// unique within the session for its whole life.
[[nodiscard]] Id NewId(Session& session, std::string_view prefix);

} // namespace jb::model
