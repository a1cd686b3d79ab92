// What a view gets each frame: the session to read, strings, sizes, fonts,
// icons, and the places to report what the user asked for. Views never
// mutate the session; they fill UiRequests (and, later, queue commands).
#pragma once

#include "model/session.h"
#include "ui/kit/glyph_set.h"
#include "ui/kit/hit_registry.h"
#include "ui/kit/notice_list.h"
#include "ui/kit/ui_metrics.h"
#include "workshop/phase_rules.h"
#include "workspace/save_status.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace jb::edit {
class CommandQueue;
}
namespace jb::store {
struct Template;
}
namespace jb::ime {
class PinyinEngine;
}

namespace jb::ui {

class FontCoverage;
class ImportBackend;
class PinBackend;
class SessionsBackend;

struct UiFonts {
    ImFont* body = nullptr;
    ImFont* note = nullptr;
    ImFont* title = nullptr;
};

/// A texture the platform loaded (or its placeholder); texture is an ImTextureID.
struct Icon {
    void* texture = nullptr;
    float width = 0;
    float height = 0;
    [[nodiscard]] bool valid() const { return texture != nullptr; }
};

/// What the undo/redo buttons show.
struct HistoryStatus {
    bool can_undo = false;
    bool can_redo = false;
    std::string undo_label; ///< already translated
    std::string redo_label;
};

/// Whether the open session is safely on disk (shown in the toolbar).
using SaveState = workspace::SaveStatus;

/// A new board from a template, as the gallery asks for it.
struct CreateBoardRequest {
    std::string template_id;
    std::string title;
    std::string persona_name;
};

/// The phones of the room (issue 20): what the board shows about them. Filled by the app
/// from the phone service; the views never talk to the server.
struct PhonesView {
    bool on = false;                ///< serving: phones can join now
    bool shown = false;             ///< the join card (QR code, URL, count) is on the board
    std::string url;                ///< http://ADDR:PORT/j/TOKEN, what the QR code says
    std::string short_url;          ///< http://ADDR:PORT (what people type), shown under the code
    int size = 0;                   ///< QR modules per side (0 = no code)
    std::vector<bool> modules;      ///< size*size, row by row, true = dark
    int connected = 0;              ///< phones heard from lately
    std::string problem;            ///< why phones could not be turned on (translated), "" = none
};

/// What the facilitator asked of the phone service this frame.
enum class PhonesRequest { None, TurnOn, TurnOff, Show, Hide };

/// What the user asked for during a frame; the app acts on it after drawing.
struct UiRequests {
    bool save_as_template = false;
    std::optional<CreateBoardRequest> create_board;
    bool quit = false;
    std::string set_language;       ///< non-empty: switch the interface language
    bool redraw_soon = false;       ///< something animates; render another frame
    bool facilitator_quit = false;  ///< the facilitator chose Quit (honoured in kiosk mode too)
    bool drop_pointer = false;      ///< a gesture opened something: the rest of that touch must not press it
    bool export_outcome = false;    ///< the facilitator asked for the outcome pack
    std::string quit_save_to;       ///< leaving with an unsaved board: save a copy into this folder, then quit
    bool quit_discard = false;      ///< leaving with an unsaved board: the facilitator chose to lose it
    PhonesRequest phones = PhonesRequest::None; ///< the facilitator's phone controls (only at the controls)

    [[nodiscard]] bool any() const {
        return quit || facilitator_quit || save_as_template || export_outcome || create_board ||
               !set_language.empty() || !quit_save_to.empty() || quit_discard || phones != PhonesRequest::None;
    }
};

/// 中 or English on the on-screen keyboards: one setting for every editor
/// (the shell owns it). On a Chinese board it starts as 中.
struct KeyboardMode {
    bool chinese = false;
    std::string decided_for; ///< the board language the start value was taken for
};

struct UiContext {
    const model::Session* session = nullptr;
    std::uint64_t session_revision = 0;                    ///< changes whenever the session does
    std::function<std::string_view(std::string_view)> tr; ///< key -> translated text
    std::string language;                                  ///< zh-CN, zh-TW, en
    UiMetrics metrics;
    UiFonts fonts;
    GlyphSet* glyphs = nullptr;
    std::vector<std::string>* drawn_text = nullptr;        ///< test hook: every text DrawText draws, in order
    const FontCoverage* coverage = nullptr;                ///< what the font can draw; null = unknown (all)
    HitRegistry* hits = nullptr;
    std::function<Icon(std::string_view)> icon;            ///< icon by file stem, may be empty
    /// A persona photo by file name inside the data folder's images/, for a box shown_px wide:
    /// what is decoded so far (empty while loading or when broken; decoding is never in the frame).
    std::function<Icon(const std::string&, float shown_px)> photo;
    /// File names of the PNG/JPEG photos in the data folder's images/ (for the persona editor).
    std::function<std::vector<std::string>()> list_photos;
    HistoryStatus history;
    edit::CommandQueue* commands = nullptr;                ///< where views put their changes; null = read-only
    /// The template library (built-in and user templates) for the gallery.
    std::vector<const store::Template*> templates;
    bool is_demo = false;
    SaveState save_state = SaveState::Off;
    bool kiosk = false;
    /// True while the facilitator is at the controls: outside kiosk mode, or after the PIN.
    /// The toolbar's Workshop, Board, Undo and the facilitator's dialogs follow this.
    bool facilitator_at_controls = true;
    /// Who acts on the board (notes, votes, dots, actions): the facilitator at the controls,
    /// but a participant whenever a participant's token is selected (workshop::ActingRole).
    workshop::Role role = workshop::Role::Facilitator;
    /// The participant whose token is selected (empty = nobody): votes and new notes are theirs.
    model::Id active_participant;
    PinBackend* pin = nullptr;                             ///< the facilitator PIN; null = no PIN pad (tests)
    SessionsBackend* sessions = nullptr;                   ///< the data folder's boards; null = no sessions dialog
    ImportBackend* imports = nullptr;                      ///< files to start a board from; null = no Import entry
    ime::PinyinEngine* pinyin = nullptr;                   ///< pinyin for the keyboard's 中 mode; null = 中 disabled
    KeyboardMode* keyboard_mode = nullptr;                 ///< 中/英 shared by all keyboards; null = each its own
    std::string timer_text;                                ///< the phase countdown for the toolbar ("" = none)
    int timer_level = 0;                                   ///< 0 calm, 1 two minutes, 2 thirty seconds, 3 time is up
    double time = 0.0;                                     ///< seconds, for animations
    std::string today;                                     ///< the local date, YYYY-MM-DD ("" = unknown): the date picker's "Today"
    const PhonesView* phones = nullptr;                    ///< the room's phones; null = this build or host has none

    [[nodiscard]] std::string_view Tr(std::string_view key) const { return tr ? tr(key) : key; }
    [[nodiscard]] Icon IconNamed(std::string_view name) const { return icon ? icon(name) : Icon{}; }
};

/// Whether whoever acts now (ctx.role) may do `action`, with somewhere to queue it. Dialogs ask
/// this on every action, not only when they open: facilitator mode can close while one is open.
[[nodiscard]] inline bool MayAct(const UiContext& ctx, workshop::Action action) {
    return ctx.commands && ctx.session && workshop::Allowed(ctx.session->workshop, action, ctx.role);
}
/// MayAct() for an action on one existing note (own notes, face-down notes).
[[nodiscard]] inline bool MayActOnNote(const UiContext& ctx, workshop::Action action, const model::Note& note) {
    return ctx.commands && ctx.session &&
           workshop::AllowedOnNote(ctx.session->workshop, action, ctx.role, note, ctx.active_participant);
}
/// For the facilitator's own dialogs (participants, dot vote, sessions, files): the PIN, not the
/// phase, decides; asked on every action like MayAct().
[[nodiscard]] inline bool FacilitatorMay(const UiContext& ctx) { return ctx.commands && ctx.facilitator_at_controls; }

/// Replaces {0}, {1}, ... in a pattern.
[[nodiscard]] std::string Format(std::string_view pattern, std::initializer_list<std::string_view> args);

} // namespace jb::ui
