// Drawing the phones' join card: a crisp QR code (whole pixels per module, dark on white,
// a 4-module quiet zone), the short URL in large type, the count and Hide.
#include "ui/phones/phones_card.h"

#include "ui/kit/theme.h"
#include "ui/kit/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace jb::ui {

namespace {
ImVec2 V(float x, float y) { return ImVec2(x, y); }

// The smallest code a phone reads reliably from the room's front rows, and the size that
// reads from 2 m: a phone camera resolves a code about 25 times as far as it is wide.
constexpr float kMinCodeMm = 60.0f;
constexpr float kScanCodeMm = 80.0f;
constexpr float kScanDistanceRatio = 15.0f; // wall displays, read from further away, go larger
// The card stays at the side of the board: the code never takes more of the board than this.
constexpr float kMaxHeightShare = 0.42f;
constexpr float kMaxWidthShare = 0.30f;
constexpr float kUrlWidthShare = 0.22f; // the URL may widen the card up to this much of the board

bool HasCode(const PhonesView& p) {
    return p.size > 0 && p.modules.size() == static_cast<std::size_t>(p.size) * static_cast<std::size_t>(p.size);
}

std::string CountText(const UiContext& ctx, int n) {
    return n == 1 ? std::string(ctx.Tr("phones.connected_one"))
                  : Format(ctx.Tr("phones.connected"), {std::to_string(n)});
}
} // namespace

int PhonesCard::ModulePx(const UiMetrics& m, int size, float max_side_px, float fit_side_px) {
    if (size <= 0)
        return 0;
    const float total = static_cast<float>(size + 2 * 4);
    const float modules = static_cast<float>(size);
    const int floor_px = static_cast<int>(std::ceil(m.Mm(kMinCodeMm) / modules - 0.01f));
    const float want_mm = std::max(kScanCodeMm, m.viewing_distance_mm / kScanDistanceRatio);
    const int want_px = static_cast<int>(std::lround(m.Mm(want_mm) / modules));
    const int cap_px = static_cast<int>(std::floor(max_side_px / total));
    int px = std::max(floor_px, std::min(want_px, cap_px));
    // Only a window too small for even the floor shrinks the code below it.
    px = std::min(px, static_cast<int>(std::floor(fit_side_px / total)));
    return std::max(px, 1);
}

PhonesCardResult PhonesCard::Draw(UiContext& ctx, const Rect& viewport) {
    PhonesCardResult out;
    m_layout = {};
    if (!Visible(ctx))
        return out;
    const PhonesView& p = *ctx.phones;
    const UiMetrics& m = ctx.metrics;
    const float pad = m.spacing_px;
    const float inset = pad * 2; // inside the card
    const float margin = pad;    // from the board's edges (and the toolbar above)

    // Text first: the code takes what is left.
    const std::string_view title = ctx.Tr("phones.card_title");
    const float title_size = m.body_font_px;
    const ImVec2 title_ts = MeasureText(ctx.fonts.body, title_size, title);
    const std::string_view url = p.short_url.empty() ? std::string_view(p.url) : std::string_view(p.short_url);
    // The URL is read from the back of the room: the countdown's size, unless that makes the card
    // wide (then it shrinks to the code's width or kUrlWidthShare of the board, never below body text).
    const float url_max_size = m.CountdownFontPx();
    const float url_w_max = MeasureText(ctx.fonts.title, url_max_size, url).x;
    const std::string count = CountText(ctx, p.connected);
    const float count_size = m.title_font_px;
    const ImVec2 count_ts = MeasureText(ctx.fonts.title, count_size, count);
    const std::string_view hide_label = ctx.Tr("phones.hide");
    const float hide_w = TouchButtonWidth(ctx, hide_label, "", m.target_px * 2);
    const float row_h = std::max(m.target_px, count_ts.y);
    // With the URL at its largest: the code then never pushes the card off the board.
    const float chrome_h = inset + title_ts.y + pad + pad + url_max_size + pad + row_h + inset;

    // The code: whole pixels per module, so every module is as sharp as the screen allows.
    const int size = HasCode(p) ? p.size : 0;
    const float fit_side = std::min(viewport.h - margin * 2 - chrome_h, viewport.w - margin * 2 - inset * 2);
    const float max_side = std::min({viewport.h * kMaxHeightShare, viewport.w * kMaxWidthShare, fit_side});
    const int module_px = size > 0 ? ModulePx(m, size, max_side, fit_side) : 0;
    const float code_side = static_cast<float>(module_px * (size + 2 * m_layout.quiet));

    const float wide_w = std::max({code_side, title_ts.x, count_ts.x + pad + hide_w, viewport.w * kUrlWidthShare});
    float url_size = url_max_size;
    if (url_w_max > wide_w)
        url_size = std::max(m.body_font_px, std::floor(url_max_size * wide_w / url_w_max));
    const ImVec2 url_ts = MeasureText(ctx.fonts.title, url_size, url);
    const float room_w = viewport.w - margin * 2 - inset * 2; // the card never leaves the board
    const float inner_w = std::min(std::max({code_side, title_ts.x, url_ts.x, count_ts.x + pad + hide_w}), room_w);
    const float card_w = std::ceil(inner_w + inset * 2);
    const float card_h = std::ceil(chrome_h - url_max_size + url_ts.y + code_side);
    const float x0 = std::floor(viewport.Right() - margin - card_w);
    const float y0 = std::floor(viewport.y + margin);
    m_layout.card = {x0, y0, card_w, card_h};
    m_layout.module_px = module_px;
    m_layout.code_x = std::floor(x0 + (card_w - code_side) * 0.5f);
    m_layout.code_y = std::floor(y0 + inset + title_ts.y + pad);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(V(viewport.x, viewport.y), V(viewport.Right(), viewport.Bottom()), true);
    // The card owns its touches (registered before its button, which sits on top of it).
    if (ctx.hits)
        ctx.hits->Add("phones.card", {x0, y0, card_w, card_h});
    dl->AddRectFilled(V(x0 + pad * 0.4f, y0 + pad * 0.6f), V(x0 + card_w + pad * 0.4f, y0 + card_h + pad * 0.6f),
                      Palette::kShadow, pad);
    dl->AddRectFilled(V(x0, y0), V(x0 + card_w, y0 + card_h), Palette::kJoinCardBg, pad);
    DrawText(ctx, dl, ctx.fonts.body, title_size, x0 + (card_w - title_ts.x) * 0.5f, y0 + inset, Palette::kSoftText,
             title);

    if (module_px > 0) {
        const float cx = m_layout.code_x, cy = m_layout.code_y;
        dl->AddRectFilled(V(cx, cy), V(cx + code_side, cy + code_side), Palette::kQrLight);
        const float mp = static_cast<float>(module_px);
        const float ox = cx + mp * static_cast<float>(m_layout.quiet), oy = cy + mp * static_cast<float>(m_layout.quiet);
        for (int r = 0; r < size; ++r)
            for (int c = 0; c < size; ++c)
                if (p.modules[static_cast<std::size_t>(r) * static_cast<std::size_t>(size) + static_cast<std::size_t>(c)])
                    dl->AddRectFilled(V(ox + mp * static_cast<float>(c), oy + mp * static_cast<float>(r)),
                                      V(ox + mp * static_cast<float>(c + 1), oy + mp * static_cast<float>(r + 1)),
                                      Palette::kQrDark);
    }

    float y = m_layout.code_y + code_side + pad;
    dl->PushClipRect(V(x0 + inset, y), V(x0 + card_w - inset, y + url_ts.y), true); // a URL too long is cut, not spilled
    DrawText(ctx, dl, ctx.fonts.title, url_size, x0 + std::max(inset, (card_w - url_ts.x) * 0.5f), y, Palette::kWhite,
             url);
    dl->PopClipRect();
    y += url_ts.y + pad;
    DrawText(ctx, dl, ctx.fonts.title, count_size, x0 + inset, y + (row_h - count_ts.y) * 0.5f, Palette::kSoftText,
             count);
    // Hiding the card is the facilitator's (only they can show it again); others are told so.
    ImGui::SetCursorScreenPos(V(x0 + card_w - inset - hide_w, y + (row_h - m.target_px) * 0.5f));
    const ButtonResult hide = TouchButton(ctx, "phones.card.hide", hide_label, "", hide_w, ButtonLook::Toolbar,
                                          FacilitatorMay(ctx));
    if (hide.clicked && FacilitatorMay(ctx))
        out.hide = true;
    if (hide.refused)
        out.refused = "phones.why_hide";
    dl->PopClipRect();
    return out;
}

} // namespace jb::ui
