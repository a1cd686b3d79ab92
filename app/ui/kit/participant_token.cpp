// Token colours (palette, contrast, colour difference as seen with colour
// blindness), the token itself and its touch button. Icons: participant_token_icons.cpp.
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace jb::ui {
namespace {

struct Linear {
    float r, g, b;
};

[[nodiscard]] float ToLinear(std::uint32_t channel) {
    const float c = static_cast<float>(channel & 0xFF) / 255.0f;
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
}

[[nodiscard]] Linear LinearRgb(model::Rgb color) {
    return {ToLinear(color >> 16), ToLinear(color >> 8), ToLinear(color)};
}

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
constexpr float kProtan[3][3] = {
    {0.152286f, 1.052583f, -0.204868f}, {0.114503f, 0.786281f, 0.099216f}, {-0.003882f, -0.048116f, 1.051998f}};
constexpr float kDeutan[3][3] = {
    {0.367322f, 0.860646f, -0.227968f}, {0.280085f, 0.672501f, 0.047413f}, {-0.011820f, 0.042940f, 0.968881f}};
constexpr float kTritan[3][3] = {
    {1.255528f, -0.076749f, -0.178779f}, {-0.078411f, 0.930809f, 0.147602f}, {0.004733f, 0.691367f, 0.303900f}};

[[nodiscard]] Linear Simulate(Linear c, ColorVision vision) {
    const float(*m)[3] = nullptr;
    switch (vision) {
    case ColorVision::Typical: return c;
    case ColorVision::Protan: m = kProtan; break;
    case ColorVision::Deutan: m = kDeutan; break;
    case ColorVision::Tritan: m = kTritan; break;
    }
    auto row = [&](int i) { return std::clamp(m[i][0] * c.r + m[i][1] * c.g + m[i][2] * c.b, 0.0f, 1.0f); };
    return {row(0), row(1), row(2)};
}

[[nodiscard]] float LabF(float t) {
    constexpr float kEpsilon = 216.0f / 24389.0f, kKappa = 24389.0f / 27.0f;
    return t > kEpsilon ? std::cbrt(t) : (kKappa * t + 16.0f) / 116.0f;
}

[[nodiscard]] float Degrees(float radians) { return radians * 180.0f / std::numbers::pi_v<float>; }
[[nodiscard]] float Radians(float degrees) { return degrees * std::numbers::pi_v<float> / 180.0f; }

[[nodiscard]] std::uint32_t ToImColor(model::Rgb rgb) { return FromRgb(rgb); }

} // namespace

// [SECTION] Colour maths

float RelativeLuminance(model::Rgb color) {
    const Linear c = LinearRgb(color);
    return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b;
}

float ContrastRatio(model::Rgb a, model::Rgb b) {
    const float la = RelativeLuminance(a), lb = RelativeLuminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

model::Rgb InkOn(model::Rgb background) {
    const bool dark_ink =
        ContrastRatio(background, Palette::kRgbBlack) >= ContrastRatio(background, Palette::kRgbWhite);
    return dark_ink ? Palette::kRgbBlack : Palette::kRgbWhite;
}

Lab ToLab(model::Rgb color, ColorVision vision) {
    const Linear c = Simulate(LinearRgb(color), vision);
    const float x = 0.4124564f * c.r + 0.3575761f * c.g + 0.1804375f * c.b;
    const float y = 0.2126729f * c.r + 0.7151522f * c.g + 0.0721750f * c.b;
    const float z = 0.0193339f * c.r + 0.1191920f * c.g + 0.9503041f * c.b;
    const float fx = LabF(x / 0.95047f), fy = LabF(y), fz = LabF(z / 1.08883f);
    return {116.0f * fy - 16.0f, 500.0f * (fx - fy), 200.0f * (fy - fz)};
}

float DeltaE2000(const Lab& x, const Lab& y) {
    // Sharma, Wu & Dalal (2005) formulation, angles in degrees.
    const float c1 = std::hypot(x.a, x.b), c2 = std::hypot(y.a, y.b);
    const float c_mean = (c1 + c2) / 2;
    const float c_mean7 = std::pow(c_mean, 7.0f);
    const float g = 0.5f * (1 - std::sqrt(c_mean7 / (c_mean7 + 6103515625.0f))); // 25^7
    const float a1 = (1 + g) * x.a, a2 = (1 + g) * y.a;
    const float c1p = std::hypot(a1, x.b), c2p = std::hypot(a2, y.b);
    auto hue = [](float b, float a) {
        if (a == 0 && b == 0)
            return 0.0f;
        const float h = Degrees(std::atan2(b, a));
        return h < 0 ? h + 360.0f : h;
    };
    const float h1 = hue(x.b, a1), h2 = hue(y.b, a2);
    const float dl = y.l - x.l, dc = c2p - c1p;
    float dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const float dh_big = 2 * std::sqrt(c1p * c2p) * std::sin(Radians(dh / 2));
    const float l_mean = (x.l + y.l) / 2, cp_mean = (c1p + c2p) / 2;
    float h_mean = h1 + h2;
    if (c1p * c2p != 0) {
        h_mean = (h1 + h2) / 2;
        if (std::fabs(h1 - h2) > 180)
            h_mean += h1 + h2 < 360 ? 180 : -180;
    }
    const float t = 1 - 0.17f * std::cos(Radians(h_mean - 30)) + 0.24f * std::cos(Radians(2 * h_mean)) +
                    0.32f * std::cos(Radians(3 * h_mean + 6)) - 0.20f * std::cos(Radians(4 * h_mean - 63));
    const float d_theta = 30 * std::exp(-((h_mean - 275) / 25) * ((h_mean - 275) / 25));
    const float cp_mean7 = std::pow(cp_mean, 7.0f);
    const float rc = 2 * std::sqrt(cp_mean7 / (cp_mean7 + 6103515625.0f));
    const float sl = 1 + 0.015f * (l_mean - 50) * (l_mean - 50) / std::sqrt(20 + (l_mean - 50) * (l_mean - 50));
    const float sc = 1 + 0.045f * cp_mean, sh = 1 + 0.015f * cp_mean * t;
    const float rt = -std::sin(Radians(2 * d_theta)) * rc;
    const float tl = dl / sl, tc = dc / sc, th = dh_big / sh;
    return std::sqrt(std::max(0.0f, tl * tl + tc * tc + th * th + rt * tc * th));
}

float ColorDifference(model::Rgb a, model::Rgb b, ColorVision vision) {
    return DeltaE2000(ToLab(a, vision), ToLab(b, vision));
}

// [SECTION] Palette

std::array<model::Rgb, 20> TokenPalette() { return Palette::kTokenColours; } // the theme says why these 20

model::TokenIcon TokenIconFor(int index) {
    const int n = static_cast<int>(model::kTokenIconNames.size());
    return static_cast<model::TokenIcon>(((index % n) + n) % n);
}

model::Rgb TokenColorFor(int index) {
    const auto palette = TokenPalette();
    const int n = static_cast<int>(palette.size());
    return palette[static_cast<std::size_t>(((index % n) + n) % n)];
}

// [SECTION] Token and button

void DrawToken(ImDrawList* dl, const model::Participant& participant, ImVec2 centre, float radius, bool selected) {
    if (!dl || !(radius > 0.0f))
        return;
    const model::Rgb color = participant.color & Palette::kRgbMask;
    const std::uint32_t disc = ToImColor(color);
    const std::uint32_t ink = ToImColor(InkOn(color));
    if (selected) {
        // White then blue, so the ring shows on the light board and the dark toolbar alike.
        const float ring = std::max(2.0f, radius * kTokenRingFraction);
        dl->AddCircle(centre, radius + ring * 1.5f, Palette::kFocus, 0, ring);
        dl->AddCircle(centre, radius + ring * 0.5f, Palette::kWhite, 0, ring);
    }
    dl->AddCircleFilled(centre, radius, disc);
    const float edge = std::max(1.0f, radius * 0.04f);
    dl->AddCircle(centre, radius - edge * 0.5f, Shade(96), 0, edge);
    DrawTokenIcon(dl, participant.icon, centre, radius * 0.70f, ink, disc);
}

ButtonResult TokenButton(UiContext& ctx, const char* id, const model::Participant& participant, float diameter,
                         bool selected) {
    const float size = std::max(diameter, ctx.metrics.target_px);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(id);
    const bool pressed = ImGui::InvisibleButton("##token", ImVec2(size, size));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    if (ctx.hits)
        ctx.hits->Add(id, {pos.x, pos.y, size, size});

    // The disc leaves room for the selection rings inside the target.
    const float radius = size * 0.5f / (1.0f + 2.0f * kTokenRingFraction);
    const ImVec2 centre(pos.x + size * 0.5f, pos.y + size * 0.5f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Pressed: the token sinks a little and darkens (touch has no hover state).
    DrawToken(dl, participant, centre, held ? radius * 0.92f : radius, selected);
    if (held)
        dl->AddCircleFilled(centre, radius * 0.92f, Shade(56));
    return {pressed, held};
}

} // namespace jb::ui
