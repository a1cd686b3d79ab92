// The participants dialog (facilitator): up to 20 people, each a token with a
// distinct colour and icon and an optional name. Every change is a command.
#pragma once

#include "ui/kit/keyboard/onscreen_keyboard.h"
#include "ui/kit/participant_choice.h"
#include "ui/kit/text_buffer.h"
#include "ui/kit/ui_context.h"

#include <string>
#include <vector>

struct ImDrawList;

namespace jb::ui {

/// The most participants a board takes (tokens stay tellable apart up to here).
inline constexpr int kMaxParticipants = 20;

/// How many participants the quick-start button adds at once.
inline constexpr int kQuickStartCount = 5;

class ParticipantsDialog {
public:
    /// What the dialog shows: the cards, or one participant's rename,
    /// icon choice or removal confirmation.
    enum class Step { List, Rename, Icon, ConfirmRemove };

    ParticipantsDialog();
    void Open(const model::Session& session);
    void Close() { m_open = false; }
    [[nodiscard]] bool IsOpen() const { return m_open; }

    /// Draws the modal; queues AddParticipant / EditParticipant /
    /// RemoveParticipant into ctx.commands. Returns true while it needs frames
    /// without input (e.g. a held key).
    bool Draw(UiContext& ctx);

    [[nodiscard]] Step CurrentStep() const { return m_step; }
    /// The participant the rename, icon or removal step is about.
    [[nodiscard]] const model::Id& Subject() const { return m_subject; }
    /// The name being typed in the rename step.
    [[nodiscard]] const TextBuffer& NameBuffer() const { return m_name; }
    /// Page of cards shown (0-based) and how many pages the last frame had.
    [[nodiscard]] int Page() const { return m_page; }
    [[nodiscard]] int PageCount() const { return m_page_count; }

private:
    void DrawList(UiContext& ctx, ImDrawList* dl);
    bool DrawRename(UiContext& ctx, ImDrawList* dl, const model::Participant& p);
    void DrawIconPicker(UiContext& ctx, ImDrawList* dl, const model::Participant& p);
    void DrawConfirmRemove(UiContext& ctx, ImDrawList* dl, const model::Participant& p);
    void StartRename(const model::Participant& p);
    void RequestRemove(UiContext& ctx, const model::Participant& p);
    void AddParticipants(UiContext& ctx, int how_many);

    bool m_open = false;
    Step m_step = Step::List;
    model::Id m_subject;
    TextBuffer m_name;
    OnScreenKeyboard m_keyboard;
    int m_page = 0;
    int m_page_count = 1;
    bool m_show_last_page = false; ///< after an add: turn to the page with the new card once it exists
};

} // namespace jb::ui
