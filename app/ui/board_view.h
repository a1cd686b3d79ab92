// The board: persona band, stage columns, lane rows, sticky notes and the
// emotion lane, drawn through a pan/zoom camera. Reads the session only.
#pragma once

#include "board_layout.h"
#include "ui_context.h"

#include <cstdint>
#include <string>
#include <unordered_map>

struct ImDrawList;

namespace jb::ui {

class BoardView {
public:
    /// Draws the board into the viewport (screen pixels) of the current ImGui window.
    void Draw(UiContext& ctx, const Rect& viewport);

    void ZoomIn(const Rect& vp) { m_camera.ZoomAt(1.25f, vp.x + vp.w * 0.5f, vp.y + vp.h * 0.5f, vp); }
    void ZoomOut(const Rect& vp) { m_camera.ZoomAt(0.8f, vp.x + vp.w * 0.5f, vp.y + vp.h * 0.5f, vp); }
    void FitToView() { m_fit_requested = true; }
    /// Forget geometry (e.g. after the metrics or language changed).
    void Invalidate() { m_layout_key = 0; m_fit_cache.clear(); }

    [[nodiscard]] const BoardCamera& Camera() const { return m_camera; }
    BoardCamera& MutableCamera() { return m_camera; }
    [[nodiscard]] const BoardLayout& Layout() const { return m_layout; }
    /// Notes drawn in detail in the last frame (the rest were culled).
    [[nodiscard]] std::size_t NotesDrawn() const { return m_notes_drawn; }

private:
    void EnsureLayout(const UiContext& ctx);
    void DrawPersona(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawStageHeaders(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawLaneHeaders(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawCells(UiContext& ctx, ImDrawList* dl, const Rect& vp);
    void DrawNote(UiContext& ctx, ImDrawList* dl, const model::Note& note, const model::Lane& lane, const Rect& r);
    void DrawEmotionLane(UiContext& ctx, ImDrawList* dl, const Rect& vp, std::size_t lane_index);
    float NoteTextSize(const UiContext& ctx, const model::Note& note, float box_w, float box_h);

    BoardCamera m_camera;
    BoardLayout m_layout;
    std::uint64_t m_layout_key = 0;
    bool m_fit_requested = true;
    Rect m_last_viewport;
    std::size_t m_notes_drawn = 0;

    struct FitEntry {
        std::size_t text_hash = 0;
        float box_w = 0;
        float size = 0;
    };
    std::unordered_map<std::string, FitEntry> m_fit_cache; ///< note id -> fitted text size at zoom 1
};

} // namespace jb::ui
