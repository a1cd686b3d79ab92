// Composition of a frame.
#include "shell.h"
#include "theme.h"
#include "widgets.h"

#include <imgui.h>

namespace jb::ui {

void Shell::AddNotice(Notice notice) {
    for (const Notice& n : m_notices)
        if (n.text == notice.text)
            return; // the same problem reported twice is one notice
    m_notices.push_back(std::move(notice));
}

Shell::Shell() {
    // A finger that lands on a note claims it: it drags the note and never joins a pinch.
    m_gestures.SetClaimTest([this](int, input::Vec2 p) { return m_board.NoteAtScreen(p.x, p.y) != nullptr; });
}

std::optional<double> Shell::NextWakeup(double now) const { return m_gestures.NeedsTimerWakeup(now); }

void Shell::RouteGestures(UiContext& ctx, UiRequests& requests) {
    if (ctx.metrics.px_per_mm != m_gesture_px_per_mm) {
        m_gestures.SetConfig(input::GestureConfig::ForPixelsPerMm(ctx.metrics.px_per_mm));
        m_gesture_px_per_mm = ctx.metrics.px_per_mm;
    }
    m_gestures.Update(ctx.time);
    const std::vector<input::Gesture> gestures = m_gestures.TakeGestures();
    const auto ends_only = [&] {
        // A drag or pinch that was in flight when a dialog opened still has to end
        // (cancelled: a note carried under a dialog goes back where it was).
        std::vector<input::Gesture> ends;
        for (input::Gesture g : gestures)
            if (g.type == input::Gesture::Type::DragEnd || g.type == input::Gesture::Type::PinchEnd) {
                g.cancelled = true;
                ends.push_back(g);
            }
        (void)m_board.HandleGestures(ctx, ends);
    };
    if (DialogOpen()) {
        ends_only(); // dialogs are modal: their own buttons and keys handle touches
        return;
    }
    if (m_menu.IsOpen()) {
        // A tap beside the menu closes it, like putting a card back down.
        for (const input::Gesture& g : gestures)
            if (g.type == input::Gesture::Type::Tap && !m_menu.Panel().Contains(g.pos.x, g.pos.y))
                m_menu.Close();
        ends_only();
        return;
    }
    const std::vector<BoardIntent> intents = m_board.HandleGestures(ctx, gestures);
    if (!intents.empty())
        requests.drop_pointer = true;
    for (const BoardIntent& intent : intents) {
        switch (intent.kind) {
        case BoardIntent::Kind::EditNote:
            m_editor.OpenEdit(*ctx.session, intent.note);
            break;
        case BoardIntent::Kind::AddNote:
            m_editor.OpenNew(*ctx.session, intent.stage, intent.lane);
            break;
        case BoardIntent::Kind::NoteMenu:
            m_menu.Open(intent.note, intent.x, intent.y);
            break;
        case BoardIntent::Kind::EditPersona:
            if (!ctx.session->workshop.board_locked)
                m_persona.Open(*ctx.session, ctx.list_photos ? ctx.list_photos() : std::vector<std::string>{});
            break;
        }
    }
    if (m_board.Animating())
        requests.redraw_soon = true; // edge panning moves the board with the finger still
}

UiRequests Shell::Frame(UiContext& ctx) {
    UiRequests requests;
    // Whatever is open when the frame starts owns this frame's Esc (it may close while drawing).
    const bool anything_open = DialogOpen() || m_menu.IsOpen() || m_toolbar.MenuOpen();
    RouteGestures(ctx, requests); // uses last frame's targets, so before they are cleared
    if (ctx.hits)
        ctx.hits->BeginFrame();
    const ImGuiIO& io = ImGui::GetIO();
    const float width = io.DisplaySize.x, height = io.DisplaySize.y;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                        ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##journeyboard", nullptr, kFlags);
    ImGui::PopStyleVar();
    if (ctx.fonts.body)
        ImGui::PushFont(ctx.fonts.body);

    m_board.SetFocusNote(m_menu.IsOpen() ? m_menu.Note() : model::Id{});
    const float bar_h = Toolbar::Height(ctx.metrics);
    m_board_viewport = {0, bar_h, width, std::max(1.0f, height - bar_h)};
    m_board.Draw(ctx, m_board_viewport);
    if (m_toolbar.Draw(ctx, requests, m_board, m_board_viewport, width))
        m_gallery.Open(ctx.templates);
    if (m_ranking.IsOpen())
        m_ranking.Draw(ctx, m_board_viewport);
    if (const auto edit_note = m_menu.Draw(ctx))
        m_editor.OpenEdit(*ctx.session, *edit_note);
    if (m_editor.IsOpen())
        requests.redraw_soon |= m_editor.Draw(ctx);
    if (m_persona.IsOpen())
        requests.redraw_soon |= m_persona.Draw(ctx);
    if (m_gallery.IsOpen()) {
        const TemplateGalleryResult g = m_gallery.Draw(ctx);
        requests.redraw_soon |= g.animating;
        if (g.create)
            requests.create_board = CreateBoardRequest{g.create->template_id, g.create->title, g.create->persona_name};
    }
    if (m_participants.IsOpen())
        requests.redraw_soon |= m_participants.Draw(ctx);
    if (m_dot_round.IsOpen())
        m_dot_round.Draw(ctx);
    DrawNotices(ctx, width, height);

    // Esc with nothing open: leave (the app ignores it in kiosk mode). With a
    // dialog or menu open, Esc belongs to it.
    if (!anything_open && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        requests.quit = true;
    if (m_menu.IsOpen() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_menu.Close();
    if (m_toolbar.MenuOpen() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        m_toolbar.CloseMenus();

    // Mouse wheel zooms around the pointer (a mouse is just another way in).
    if (io.MouseWheel != 0.0f && m_board_viewport.Contains(io.MousePos.x, io.MousePos.y) && !ImGui::IsAnyItemActive() &&
        !DialogOpen())
        m_board.MutableCamera().ZoomAt(io.MouseWheel > 0 ? 1.15f : 1.0f / 1.15f, io.MousePos.x, io.MousePos.y,
                                       m_board_viewport);

    if (ctx.fonts.body)
        ImGui::PopFont();
    ImGui::End();
    return requests;
}

void Shell::DrawNotices(UiContext& ctx, float width, float height) {
    if (m_notices.empty())
        return;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float y = height - pad;
    for (std::size_t i = m_notices.size(); i-- > 0;) {
        const Notice& n = m_notices[i];
        const std::string_view ok = ctx.Tr("common.ok");
        const float button_w = std::max(m.target_px * 2, MeasureText(ctx.fonts.body, m.body_font_px, ok).x + pad * 4);
        const float text_w = width - pad * 6 - button_w;
        const ImVec2 ts = MeasureText(ctx.fonts.body, m.body_font_px, n.text, text_w);
        const float h = std::max(ts.y, m.target_px) + pad * 2;
        y -= h;
        const std::uint32_t bg = n.level == Notice::Level::Error     ? Palette::kErrorBg
                                 : n.level == Notice::Level::Warning ? Palette::kWarningBg
                                                                     : 0xFF5C4A3D;
        dl->AddRectFilled(ImVec2(pad, y), ImVec2(width - pad, y + h), bg, pad);
        if (ctx.hits) // the whole banner, so a tap on its text never reaches the board beneath
            ctx.hits->Add("notice.banner." + std::to_string(i), {pad, y, width - 2 * pad, h});
        DrawText(ctx, dl, ctx.fonts.body, m.body_font_px, pad * 3, y + (h - ts.y) * 0.5f, Palette::kWhite, n.text,
                 text_w);
        ImGui::SetCursorScreenPos(ImVec2(width - pad * 2 - button_w, y + pad));
        const std::string id = "notice.ok." + std::to_string(i);
        if (TouchButton(ctx, id.c_str(), ok, "", button_w, ButtonLook::Toolbar).clicked)
            m_notices.erase(m_notices.begin() + static_cast<std::ptrdiff_t>(i));
        y -= pad;
    }
}

} // namespace jb::ui
