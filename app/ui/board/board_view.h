// The board: persona band, stage columns, lane rows, sticky notes and the
// emotion lane, drawn through a pan/zoom camera. Reads the session only.
#pragma once

#include "input/gesture_recognizer.h"
#include "ui/board/emotion_lane_view.h"
#include "ui/kit/board_layout.h"
#include "ui/kit/ui_context.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct ImDrawList;

namespace jb::ui {

/// What a gesture on the board asks the shell to open.
struct BoardIntent {
    enum class Kind {
        EditNote,
        AddNote,
        NoteMenu,
        EditPersona,
        DotOnNote,   ///< a note tapped during the dot vote
        EmotionLane, ///< the emotion lane tapped during the emotion vote
        OpenGroup,   ///< a group tapped: fan it out (`note` is its top note, `stage` unused)
        StageMenu,   ///< a stage header long-pressed: its menu (rename, insert, move, remove)
        LaneMenu,    ///< a lane header long-pressed or tapped: its menu
        Refused,     ///< the phase, the lock or a face-down note said no: `reason` is the message key
    } kind = Kind::EditNote;
    model::Id note;
    model::Id stage;
    model::Id lane;
    float x = 0, y = 0; ///< screen position of the finger
    Rect rect;          ///< NoteMenu, StageMenu, LaneMenu: the note or header on screen, so the menu opens beside it
    std::string reason; ///< Refused: the catalog key of what to say
};

class BoardView {
public:
    /// Acts on gestures that started on the board: drags move notes (one
    /// command each, on release), drags on empty space pan, two fingers pinch,
    /// taps and long-presses become intents for the shell. Call before Draw.
    std::vector<BoardIntent> HandleGestures(UiContext& ctx, const std::vector<input::Gesture>& gestures);
    /// The note under a screen point (topmost), if any.
    [[nodiscard]] const NoteLayout* NoteAtScreen(float x, float y) const;
    /// True where two fingers may start a pinch: the board with no note under
    /// the point and nothing else (a button, a panel) registered over it in `hits`.
    [[nodiscard]] bool IsEmptyBoard(const HitRegistry* hits, float x, float y) const;
    /// True while something on the board moves by itself (edge auto-pan, the curve's reveal).
    [[nodiscard]] bool Animating() const { return m_edge_panning || m_emotion_animating; }
    /// The note a dialog or menu is about: drawn with a focus ring.
    void SetFocusNote(model::Id note) { m_focus_note = std::move(note); }
    /// Contacts currently dragging a note.
    [[nodiscard]] std::size_t ActiveNoteDrags() const { return m_note_drags.size(); }
    /// The stage or lane header a structure menu is about: drawn with a focus ring (empty = none).
    void SetFocusHeader(model::Id id) { m_focus_header = std::move(id); }
    /// Where a stage's (or lane's) header was drawn in the last frame, on screen; nullopt
    /// when it was off screen or does not exist.
    [[nodiscard]] std::optional<Rect> HeaderRect(bool stage, const model::Id& id) const;
    /// Contacts currently dragging a stage or lane header to reorder it.
    [[nodiscard]] std::size_t ActiveHeaderDrags() const { return m_header_drags.size(); }

    /// Draws the board into the viewport (screen pixels) of the current ImGui window.
    void Draw(UiContext& ctx, const Rect& viewport);

    void ZoomIn(const Rect& vp) { m_camera.ZoomAt(1.25f, vp.x + vp.w * 0.5f, vp.y + vp.h * 0.5f, vp); }
    void ZoomOut(const Rect& vp) { m_camera.ZoomAt(0.8f, vp.x + vp.w * 0.5f, vp.y + vp.h * 0.5f, vp); }
    /// Pans so a note sits in the middle of the part of the viewport left of `right_edge`
    /// (screen x; a side panel may cover the rest). Unknown notes are ignored.
    void CenterOn(const model::Id& note, float right_edge);
    /// Fits the board to the view again at the readable zoom (a new board, a new view size).
    void RefitToView() { m_fit_requested = true; m_fit_all = false; m_focused_stage = -1; }
    /// A tap on a stage's header: that stage fills half the view, its notes large enough
    /// to discuss across the room; a second tap on it goes back to the whole board.
    void FocusStage(int stage_index);
    /// The stage FocusStage zoomed to, -1 when none.
    [[nodiscard]] int FocusedStage() const { return m_focused_stage; }
    /// Shows the whole board, however small the text gets (the "Show all" button).
    void FitToView() { m_fit_requested = true; m_fit_all = true; m_focused_stage = -1; }
    /// Print mode (the board image of the outcome pack): the camera is used as
    /// set, headers do not stick to the view's edges, no add slots, no focus ring;
    /// notes are culled to the window's clip rectangle (one tile of the image).
    void SetPrintMode(bool print) { m_print = print; m_fit_requested = !print; }
    /// Forget geometry (e.g. after the metrics or language changed).
    void Invalidate() { m_layout_key = 0; m_fit_cache.clear(); m_text_cache.clear(); }
    /// Lays the board out for a viewport `viewport_w` wide now (the print image
    /// uses it to size the image before drawing); Draw does it by itself.
    void PrepareLayout(const UiContext& ctx, float viewport_w) { EnsureLayout(ctx, viewport_w); }
    /// The smallest zoom at which note text and board labels stay at or above
    /// their floors for the viewing distance: the fitted view never goes below it.
    [[nodiscard]] static float ReadableZoom(const UiMetrics& m);

    /// What the last frame drew, so tests can check what a person sees.
    struct TextStats {
        float smallest_note_px = 0;  ///< the smallest note text drawn (0 = none)
        float smallest_label_px = 0; ///< the smallest prompt / tag / "Add note" label drawn (0 = none)
        std::size_t notes_cut = 0;   ///< notes whose text did not fit and ended in "…"
        std::size_t tags_cut = 0;    ///< channel/evidence lines that did not fit
    };
    [[nodiscard]] const TextStats& LastTextStats() const { return m_text_stats; }
    /// What the emotion lane drew in the last frame (nullptr when it was off screen).
    [[nodiscard]] const EmotionLaneFrame* EmotionFrame() const {
        return m_emotion_drawn ? &m_emotion.LastFrame() : nullptr;
    }
    /// Notes whose fitted text size is remembered (kept near the board's own note count).
    [[nodiscard]] std::size_t FitCacheSize() const { return m_fit_cache.size(); }

    [[nodiscard]] const BoardCamera& Camera() const { return m_camera; }
    BoardCamera& MutableCamera() { return m_camera; }
    [[nodiscard]] const BoardLayout& Layout() const { return m_layout; }
    /// Notes drawn in detail in the last frame (the rest were culled).
    [[nodiscard]] std::size_t NotesDrawn() const { return m_notes_drawn; }

private:
    void EnsureLayout(const UiContext& ctx, float viewport_w);
    /// The note's channel/evidence text ("" = none).
    [[nodiscard]] static std::string NoteTag(const UiContext& ctx, const model::Note& note);
    /// Height at zoom 1 of a note's channel/evidence lines, wrapped at the largest
    /// size they are drawn at from the readable zoom inwards (0 = none).
    /// (`print`: at the size the print image draws them, which no floor lifts.)
    [[nodiscard]] static float TagHeight(const UiContext& ctx, const model::Note& note, float note_width,
                                         bool print = false);
    /// A board label's size on screen: at least its floor from the readable zoom inwards.
    [[nodiscard]] float LabelSize(const UiContext& ctx, float size) const;
    void NoteLabel(float size) {
        if (m_text_stats.smallest_label_px == 0 || size < m_text_stats.smallest_label_px)
            m_text_stats.smallest_label_px = size;
    }
    void DrawPersona(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawStageHeaders(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawLaneHeaders(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawCells(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawNote(UiContext& ctx, ImDrawList* dl, const model::Note& note, const model::Lane& lane, const Rect& r);
    /// `group`: the group whose top note this is ("" for a single note): its dots are the group's.
    void DrawNoteDots(UiContext& ctx, ImDrawList* dl, const model::Note& note, const Rect& r,
                      const model::Id& group = {});
    /// The note under a screen point that a carried note would stack onto (its middle), if any.
    [[nodiscard]] const NoteLayout* StackTargetAt(float sx, float sy, const model::Id& moving) const;
    void DrawStackUnder(UiContext& ctx, ImDrawList* dl, const NoteLayout& nl, const Rect& r, std::uint32_t fill);
    void DrawStackBadge(UiContext& ctx, ImDrawList* dl, const NoteLayout& nl, const Rect& r);
    void DrawStackPreview(UiContext& ctx, ImDrawList* dl, const NoteLayout& target);
    void DrawEmotionLane(UiContext& ctx, ImDrawList* dl, const Rect& vp, std::size_t lane_index);
    float NoteTextSize(const UiContext& ctx, const model::Note& note, float box_w, float box_h);
    void DrawDrags(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    // Stage and lane headers as targets (board_view_headers.cpp): long-press for their
    // menu, drag to reorder (one command on release), a tap on a stage zooms to it.
    struct HeaderDrawn {
        model::Id id;
        Rect rect; ///< on screen, where it was drawn (headers stick to the view's edges)
    };
    struct HeaderHit {
        bool stage = true;
        model::Id id;
        Rect rect;
    };
    struct HeaderDrag {
        bool stage = true;
        model::Id id;
        float grab = 0;     ///< finger offset inside the header along the drag axis, screen pixels
        float x = 0, y = 0; ///< finger, screen pixels
    };
    [[nodiscard]] std::optional<HeaderHit> HeaderAtScreen(float x, float y) const;
    /// Consumes the gesture when it belongs to a header (or to a header drag).
    bool HandleHeaderGesture(UiContext& ctx, const input::Gesture& g, std::vector<BoardIntent>& intents);
    /// The index the dragged stage or lane would take if released now.
    [[nodiscard]] std::optional<std::size_t> HeaderDropIndex(const UiContext& ctx, const HeaderDrag& d) const;
    void RegisterHeader(UiContext& ctx, ImDrawList* dl, bool stage, const model::Id& id, const Rect& r);
    void DrawHeaderDrags(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void EdgePan(UiContext& ctx, const Rect& vp);
    void ZoomToFocusedStage(const Rect& vp);
    struct DropTarget {
        model::Id stage, lane;
        double order = 0;
        const CellLayout* cell = nullptr;
    };
    [[nodiscard]] std::optional<DropTarget> DropAt(const UiContext& ctx, float sx, float sy,
                                                   const model::Id& moving) const;
    [[nodiscard]] bool OnBoard(const UiContext& ctx, float sx, float sy) const;
    [[nodiscard]] bool FaceDown(const UiContext& ctx, std::size_t note_index) const;
    /// Whether the person at the screen may do `action` to a note now (phase, lock, face-down).
    [[nodiscard]] bool MayOnNote(const UiContext& ctx, std::size_t note_index, workshop::Action action) const {
        return RefusedOnNote(ctx, note_index, action) == workshop::Refusal::None;
    }
    [[nodiscard]] workshop::Refusal RefusedOnNote(const UiContext& ctx, std::size_t note_index,
                                                  workshop::Action action) const;

    struct NoteDrag {
        model::Id note;
        float grab_dx = 0, grab_dy = 0; ///< finger offset inside the note, at zoom 1
        float x = 0, y = 0;             ///< finger, screen pixels
    };
    struct Pinch {
        float zoom0 = 1;
        float world_x = 0, world_y = 0;
    };
    std::map<int, NoteDrag> m_note_drags;  ///< by contact id: several people at once
    std::map<int, HeaderDrag> m_header_drags; ///< by contact id
    std::vector<HeaderDrawn> m_stage_drawn, m_lane_drawn; ///< last frame's headers on screen
    model::Id m_focus_header;
    std::map<int, input::Vec2> m_pan_drags; ///< by contact id: last position
    std::optional<Pinch> m_pinch;
    bool m_edge_panning = false;
    EmotionLaneView m_emotion;
    bool m_emotion_animating = false; ///< the curve's reveal still plays
    bool m_emotion_drawn = false;     ///< the lane was on screen in the last frame
    model::Id m_focus_note;
    double m_last_time = 0;

    BoardCamera m_camera;
    BoardLayout m_layout;
    std::uint64_t m_layout_key = 0;
    bool m_fit_requested = true;
    bool m_print = false;
    bool m_fit_all = false; ///< false: fit, but never below the zoom where note text stays readable
    int m_focused_stage = -1;      ///< FocusStage's stage, -1 = none
    bool m_focus_requested = false; ///< zoom to m_focused_stage in the next Draw
    Rect m_last_viewport;
    std::size_t m_notes_drawn = 0;

    struct FitEntry {
        std::size_t text_hash = 0;
        float box_w = 0;
        float size = 0;
    };
    std::unordered_map<std::string, FitEntry> m_fit_cache; ///< note id -> fitted text size at zoom 1
    std::unordered_map<std::string, FitEntry> m_text_cache; ///< note id -> text height at the note font (size = height)
    float m_layout_fit_w = -1; ///< the fit width the layout was made for
    bool m_layout_print = false;
    TextStats m_text_stats;
};

} // namespace jb::ui
