// The dot-vote dialog (facilitator): dots per participant, the eligible
// lanes and the dot type; Start queues one edit::StartDotVote. Also the dot
// symbol drawn for each dot type (colours from voting_mode.h's DotColor),
// shared with the ranking panel.
#pragma once

#include "edit/workshop_commands.h"
#include "model/enums.h"
#include "ui/kit/ui_context.h"
#include "ui/kit/voting_mode.h"

#include <cstdint>

struct ImDrawList;
struct ImVec2;

namespace jb::ui {


class DotVoteDialog {
public:
    /// Dots per participant the stepper offers.
    static constexpr int kMinDots = 1;
    static constexpr int kMaxDots = 10;

    /// Opens with defaults from the session: budget 3, the pain-point and
    /// opportunity lanes and pain dots; once a round has run, that round's
    /// budget, lanes and type (remembered in the session, in every phase).
    void Open(const model::Session& session);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the modal; Start queues edit::StartDotVote into ctx.commands
    /// and closes, Cancel (or Esc) closes.
    void Draw(UiContext& ctx);

    /// The round Start would queue now (clear_dots already forced where needed).
    [[nodiscard]] edit::DotVoteSetup Draft(const model::Session& session) const;
    /// Dots of the chosen type on the board now.
    [[nodiscard]] int ExistingDots(const model::Session& session) const;
    /// True when someone holds more dots of the chosen type than the budget,
    /// so the round has to start again.
    [[nodiscard]] bool StartAgainForced(const model::Session& session) const;
    /// Empty when Start can be pressed, otherwise the interface-string key of why not.
    [[nodiscard]] std::string_view BlockReason(const model::Session& session) const;

private:
    struct Sheet; // the column the parts of Draw fill, top to bottom
    enum class Outcome { None, Start, Cancel };
    static void DrawSection(UiContext& ctx, Sheet& sheet, std::string_view key);
    void DrawBudget(UiContext& ctx, Sheet& sheet, const model::Session& session);
    void DrawLanes(UiContext& ctx, Sheet& sheet, const model::Session& session);
    void DrawTypes(UiContext& ctx, Sheet& sheet);
    void DrawExistingDots(UiContext& ctx, Sheet& sheet, const model::Session& session);
    [[nodiscard]] Outcome DrawButtons(UiContext& ctx, Sheet& sheet, const model::Session& session);

    [[nodiscard]] int MostOfType(const model::Session& session, model::DotType type) const;
    [[nodiscard]] bool LaneChosen(const model::Id& lane) const;
    void ToggleLane(const model::Session& session, const model::Id& lane);

    bool m_open = false;
    int m_budget = 3;
    std::vector<model::Id> m_lanes; ///< in board order
    model::DotType m_type = model::DotType::Pain;
    bool m_start_again = false;     ///< the facilitator's choice; may be overridden when forced
};

} // namespace jb::ui
