// Vector emotion faces and the face button for the emotion vote.
#include "ui/kit/emotion_face.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace jb::ui {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

constexpr std::array<std::string_view, 5> kEmotionKeys = {
    "emotion.very_negative", "emotion.negative", "emotion.neutral", "emotion.positive", "emotion.very_positive"};

[[nodiscard]] int Clamp(int value) { return std::clamp(value, kEmotionMin, kEmotionMax); }

// Unit coordinates: (0, 0) the centre of the face, 1 its radius, y down.
struct FacePen {
    ImDrawList* dl;
    ImVec2 c;
    float r;
    [[nodiscard]] ImVec2 At(float x, float y) const { return {c.x + x * r, c.y + y * r}; }
    [[nodiscard]] float Width(float units) const { return std::max(1.0f, units * r); }
    [[nodiscard]] int Segments(float units) const {
        return std::clamp(static_cast<int>(std::sqrt(std::max(units * r, 1.0f)) * 5.0f), 10, 64);
    }
    void Arc(float x, float y, float radius, float a0, float a1, float width, ImU32 col) const {
        dl->PathArcTo(At(x, y), radius * r, a0, a1, Segments(radius));
        dl->PathStroke(col, ImDrawFlags_None, Width(width));
    }
    void Eye(float x, float y, ImU32 col) const {
        ImVec2 pts[20];
        for (int i = 0; i < 20; ++i) {
            const float t = 2 * kPi * static_cast<float>(i) / 20.0f;
            pts[i] = At(x + 0.095f * std::cos(t), y + 0.135f * std::sin(t));
        }
        dl->AddConvexPolyFilled(pts, 20, col);
    }
    /// A drop hanging from its tip, for the tear.
    void Drop(float x, float y, float radius, float tip, ImU32 fill, ImU32 edge) const {
        const float spread = std::acos(std::clamp(radius / tip, 0.0f, 1.0f));
        dl->PathLineTo(At(x, y - tip));
        dl->PathArcTo(At(x, y), radius * r, -kPi / 2 + spread, 3 * kPi / 2 - spread, Segments(radius));
        const ImVector<ImVec2> outline = dl->_Path;
        dl->PathFillConvex(fill);
        dl->_Path = outline;
        dl->PathStroke(edge, ImDrawFlags_Closed, Width(0.04f));
    }
};

} // namespace

model::Rgb EmotionColor(int value) { return Palette::kEmotionColours[static_cast<std::size_t>(Clamp(value) + 2)]; }

std::string_view EmotionLabelKey(int value) { return kEmotionKeys[static_cast<std::size_t>(Clamp(value) + 2)]; }

void DrawEmotionFace(ImDrawList* dl, int value, ImVec2 centre, float radius) {
    if (!dl || !(radius > 0.0f))
        return;
    value = Clamp(value);
    const model::Rgb face = EmotionColor(value);
    const ImU32 ink = FromRgb(InkOn(face));
    const FacePen p{dl, centre, radius};
    dl->AddCircleFilled(centre, radius, FromRgb(face));
    const float edge = std::max(1.0f, radius * 0.05f);
    dl->AddCircle(centre, radius - edge * 0.5f, Shade(150), 0, edge);

    if (value == 2) {
        // Closed, smiling eyes and a wide open mouth with a tongue.
        p.Arc(-0.33f, -0.10f, 0.16f, kPi + 0.35f, 2 * kPi - 0.35f, 0.10f, ink);
        p.Arc(0.33f, -0.10f, 0.16f, kPi + 0.35f, 2 * kPi - 0.35f, 0.10f, ink);
        dl->PathArcTo(p.At(0, 0.14f), 0.56f * radius, 0, kPi, p.Segments(0.56f));
        dl->PathFillConvex(ink);
        dl->PathArcTo(p.At(0, 0.14f), 0.47f * radius, kPi / 2 - 0.8f, kPi / 2 + 0.8f, p.Segments(0.47f));
        dl->PathFillConvex(FromRgb(Palette::kRgbTongue));
        return;
    }
    p.Eye(-0.33f, -0.18f, ink);
    p.Eye(0.33f, -0.18f, ink);
    switch (value) {
    case -2:
        // Brows raised in the middle, a tear, and a deep frown.
        dl->AddLine(p.At(-0.58f, -0.40f), p.At(-0.16f, -0.58f), ink, p.Width(0.09f));
        dl->AddLine(p.At(0.58f, -0.40f), p.At(0.16f, -0.58f), ink, p.Width(0.09f));
        p.Arc(0, 0.80f, 0.42f, kPi + 0.55f, 2 * kPi - 0.55f, 0.11f, ink);
        p.Drop(-0.40f, 0.20f, 0.10f, 0.22f, Palette::kWhite, ink);
        break;
    case -1: p.Arc(0, 1.00f, 0.60f, kPi + 0.85f, 2 * kPi - 0.85f, 0.10f, ink); break;
    case 0: dl->AddLine(p.At(-0.34f, 0.42f), p.At(0.34f, 0.42f), ink, p.Width(0.10f)); break;
    default: p.Arc(0, 0.0f, 0.52f, 0.5f, kPi - 0.5f, 0.10f, ink); break;
    }
}

ButtonResult FaceButton(UiContext& ctx, const char* id, int value, float diameter, bool selected) {
    const UiMetrics& m = ctx.metrics;
    ImFont* font = ctx.fonts.body ? ctx.fonts.body : ImGui::GetFont();
    const float font_size = m.body_font_px;
    const float pad = m.spacing_px;
    const std::string_view label = ctx.Tr(EmotionLabelKey(value));
    const ImVec2 text = MeasureText(font, font_size, label);
    const float face = std::max(diameter, m.target_px);
    const float width = std::max(face, text.x + 2 * pad);
    const float height = face + text.y + pad;

    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool pressed = ImGui::InvisibleButton("##face", ImVec2(width, height));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {pos.x, pos.y, width, height});

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, held ? Palette::kLightCardHeld : Palette::kLightCardBg, pad);
    if (selected)
        dl->AddRect(pos, end, Palette::kFocus, pad, ImDrawFlags_None, std::max(3.0f, face * 0.07f));
    else
        dl->AddRect(pos, end, Palette::kGridLine, pad, ImDrawFlags_None, 1.0f);
    // The face keeps clear of the selection border so the two never merge.
    const float border = std::max(3.0f, face * 0.07f);
    const float radius = face * 0.5f - border - 2.0f;
    DrawEmotionFace(dl, value, ImVec2(pos.x + width * 0.5f, pos.y + face * 0.5f + 1.0f), held ? radius * 0.94f : radius);
    DrawText(ctx, dl, font, font_size, pos.x + (width - text.x) * 0.5f, pos.y + face, Palette::kInk, label);
    return {pressed, held};
}

} // namespace jb::ui
