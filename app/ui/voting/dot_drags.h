// Dots dragged out of participants' tokens during the dot vote: each contact
// carries one dot of its token's owner, drawn under the finger, and a drop on
// an eligible note places it as that participant. Several at once.
#pragma once

#include "input/gesture_recognizer.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <functional>
#include <map>
#include <string_view>

namespace jb::ui {

class DotDrags {
public:
    /// A note under a screen point (topmost) and where it is on screen.
    struct NoteHit {
        const model::Note* note = nullptr;
        Rect rect;
    };
    using NoteAt = std::function<NoteHit(float x, float y)>;

    /// A contact starts carrying one of `participant`'s dots. Returns the catalog key of why
    /// not (no dots left), or empty when the drag started.
    std::string_view Begin(const UiContext& ctx, int contact, const model::Id& participant, input::Vec2 pos);
    [[nodiscard]] bool Carrying(int contact) const { return m_drags.count(contact) != 0; }
    [[nodiscard]] std::size_t Count() const { return m_drags.size(); }
    void Move(int contact, input::Vec2 pos);
    /// The contact lifted: a drop on an eligible note places the dot as its owner (one
    /// command through the gate); anywhere else nothing. Returns the catalog key of why a
    /// drop on a note placed nothing, or empty.
    std::string_view End(UiContext& ctx, int contact, input::Vec2 pos, bool cancelled, const NoteAt& note_at);
    void CancelAll() { m_drags.clear(); }

    /// The carried dots, each under its finger, and the note it would land on.
    void Draw(UiContext& ctx, const NoteAt& note_at) const;

private:
    struct Drag {
        model::Id participant;
        input::Vec2 pos;
    };
    std::map<int, Drag> m_drags; ///< by contact id
};

} // namespace jb::ui
