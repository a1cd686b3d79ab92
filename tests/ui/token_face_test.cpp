// Participant tokens and emotion faces: the geometry each icon and face emits
// (non-trivial, inside its circle, bold, pairwise different silhouettes), the
// mouth bending with the vote, the palette and contrast rules, and the token
// and face buttons driven by synthetic taps through the headless ImGui host.
// Index: [SECTION] Capture helpers, [SECTION] Icons, [SECTION] Faces,
// [SECTION] Colours, [SECTION] Buttons.
#include "store/string_catalog.h"
#include "ui/kit/emotion_face.h"
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"
#include "ui/shell/headless_host.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <vector>

using namespace jb;

// [SECTION] Capture helpers

namespace {

ui::ScreenInfo ScreenWithDiagonal(int w, int h, float inches) {
    const float diag_px = std::sqrt(static_cast<float>(w) * w + static_cast<float>(h) * h);
    const float mm_per_px = inches * 25.4f / diag_px;
    return {w, h, w * mm_per_px, h * mm_per_px};
}

const ImVec2 kCentre{300, 300};

// What one drawing call appended to a draw list.
struct Geometry {
    std::vector<ImDrawVert> vertices;
    std::vector<unsigned> indices; ///< into `vertices`

    /// Positions relative to the centre, quantised to 1/8 px, and colours.
    [[nodiscard]] std::uint64_t Hash() const {
        std::uint64_t h = 1469598103934665603ULL;
        auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ULL; };
        for (const ImDrawVert& v : vertices) {
            mix(static_cast<std::uint64_t>(std::lround((v.pos.x - kCentre.x) * 8)));
            mix(static_cast<std::uint64_t>(std::lround((v.pos.y - kCentre.y) * 8)));
            mix(v.col);
        }
        return h;
    }

    /// The largest distance from the centre of any vertex that shows (the
    /// outer edge of anti-aliasing fringes is transparent and may poke out at sharp tips).
    [[nodiscard]] float Reach() const {
        float r = 0;
        for (const ImDrawVert& v : vertices)
            if ((v.col >> 24) != 0)
                r = std::max(r, std::hypot(v.pos.x - kCentre.x, v.pos.y - kCentre.y));
        return r;
    }

    /// Point-samples the opaque triangles on an n x n grid over the square
    /// centre +- radius; each cell holds the colour drawn last (0 = nothing).
    [[nodiscard]] std::vector<ImU32> Raster(float radius, int n) const {
        std::vector<ImU32> cells(static_cast<std::size_t>(n * n), 0);
        for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
            const ImDrawVert& a = vertices[indices[i]];
            const ImDrawVert& b = vertices[indices[i + 1]];
            const ImDrawVert& c = vertices[indices[i + 2]];
            if ((a.col >> 24) != 0xFF || (b.col >> 24) != 0xFF || (c.col >> 24) != 0xFF)
                continue; // anti-aliasing fringe
            const float area = (b.pos.x - a.pos.x) * (c.pos.y - a.pos.y) - (c.pos.x - a.pos.x) * (b.pos.y - a.pos.y);
            if (std::fabs(area) < 1e-6f)
                continue;
            for (int y = 0; y < n; ++y) {
                for (int x = 0; x < n; ++x) {
                    const float px = kCentre.x - radius + (static_cast<float>(x) + 0.5f) * 2 * radius / static_cast<float>(n);
                    const float py = kCentre.y - radius + (static_cast<float>(y) + 0.5f) * 2 * radius / static_cast<float>(n);
                    const float w0 = ((b.pos.x - px) * (c.pos.y - py) - (c.pos.x - px) * (b.pos.y - py)) / area;
                    const float w1 = ((c.pos.x - px) * (a.pos.y - py) - (a.pos.x - px) * (c.pos.y - py)) / area;
                    if (w0 >= 0 && w1 >= 0 && w0 + w1 <= 1)
                        cells[static_cast<std::size_t>(y * n + x)] = a.col;
                }
            }
        }
        return cells;
    }
};

// A headless ImGui frame per drawing, captured from the foreground draw list.
class Canvas {
public:
    Canvas() : m_host(std::make_unique<ui::HeadlessHost>(ui::ScreenInfo{800, 600})) {}

    Geometry Capture(const std::function<void(ImDrawList*)>& draw) {
        Geometry g;
        ui::UiContext ctx;
        m_host->FrameWith(ctx, [&](ui::UiContext&) {
            ImDrawList* dl = ImGui::GetForegroundDrawList();
            const int vtx0 = dl->VtxBuffer.Size, idx0 = dl->IdxBuffer.Size;
            draw(dl);
            for (int i = vtx0; i < dl->VtxBuffer.Size; ++i)
                g.vertices.push_back(dl->VtxBuffer[i]);
            for (int i = idx0; i < dl->IdxBuffer.Size; ++i)
                g.indices.push_back(static_cast<unsigned>(dl->IdxBuffer[i]) - static_cast<unsigned>(vtx0));
        });
        return g;
    }

private:
    std::unique_ptr<ui::HeadlessHost> m_host;
};

constexpr ImU32 kFg = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kBg = IM_COL32(0, 0, 0, 255);

std::vector<model::TokenIcon> AllIcons() {
    std::vector<model::TokenIcon> icons;
    for (std::size_t i = 0; i < model::kTokenIconNames.size(); ++i)
        icons.push_back(static_cast<model::TokenIcon>(i));
    return icons;
}

std::vector<bool> Mask(const std::vector<ImU32>& cells, ImU32 colour) {
    std::vector<bool> mask(cells.size());
    std::transform(cells.begin(), cells.end(), mask.begin(), [colour](ImU32 c) { return c == colour; });
    return mask;
}

/// Share of the cells set in either mask that differ between them.
float Difference(const std::vector<bool>& a, const std::vector<bool>& b) {
    int either = 0, differ = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        either += (a[i] || b[i]) ? 1 : 0;
        differ += a[i] != b[i] ? 1 : 0;
    }
    return either == 0 ? 0.0f : static_cast<float>(differ) / static_cast<float>(either);
}

constexpr int kGrid = 64;
constexpr std::array<float, 3> kIconRadii = {8.4f, 40.0f, 140.0f}; // 24 px token, a toolbar chip, a 200 px token

} // namespace

// [SECTION] Icons

TEST_CASE("every token icon draws bold geometry inside its circle at small and large sizes", "[ui][token]") {
    Canvas canvas;
    for (const float radius : kIconRadii) {
        std::set<std::uint64_t> hashes;
        for (const model::TokenIcon icon : AllIcons()) {
            const Geometry g = canvas.Capture([&](ImDrawList* dl) { ui::DrawTokenIcon(dl, icon, kCentre, radius, kFg, kBg); });
            INFO(model::EnumName(icon, model::kTokenIconNames) << " at radius " << radius);
            CHECK(g.vertices.size() >= 40);
            CHECK(g.Reach() <= radius * 1.04f + 2.0f);
            hashes.insert(g.Hash());
        }
        CHECK(hashes.size() == model::kTokenIconNames.size());
    }
}

TEST_CASE("token icon silhouettes are bold and clearly different from each other", "[ui][token]") {
    Canvas canvas;
    constexpr float kRadius = 100.0f;
    std::vector<std::vector<bool>> masks;
    for (const model::TokenIcon icon : AllIcons()) {
        const Geometry g = canvas.Capture([&](ImDrawList* dl) { ui::DrawTokenIcon(dl, icon, kCentre, kRadius, kFg, kBg); });
        masks.push_back(Mask(g.Raster(kRadius, kGrid), kFg));
        const auto filled = std::count(masks.back().begin(), masks.back().end(), true);
        const float coverage = static_cast<float>(filled) / (kGrid * kGrid);
        INFO(model::EnumName(icon, model::kTokenIconNames) << " covers " << coverage << " of its square");
        // Bold: at least a sixth of the square is ink (a thin outline icon would not be), yet it is no blob.
        CHECK(coverage >= 0.16f);
        CHECK(coverage <= 0.65f);
    }
    for (std::size_t i = 0; i < masks.size(); ++i) {
        for (std::size_t j = i + 1; j < masks.size(); ++j) {
            const float d = Difference(masks[i], masks[j]);
            INFO(model::kTokenIconNames[i] << " vs " << model::kTokenIconNames[j] << ": " << d);
            CHECK(d >= 0.30f);
        }
    }
}

TEST_CASE("icons are not drawn for a bad radius or an unknown icon", "[ui][token]") {
    Canvas canvas;
    for (const float radius : {0.0f, -5.0f, std::nanf("")}) {
        const Geometry g =
            canvas.Capture([&](ImDrawList* dl) { ui::DrawTokenIcon(dl, model::TokenIcon::Cat, kCentre, radius, kFg, kBg); });
        CHECK(g.vertices.empty());
    }
    const Geometry g = canvas.Capture(
        [&](ImDrawList* dl) { ui::DrawTokenIcon(dl, static_cast<model::TokenIcon>(99), kCentre, 50, kFg, kBg); });
    CHECK(g.vertices.empty());
    ui::DrawTokenIcon(nullptr, model::TokenIcon::Owl, kCentre, 50, kFg, kBg); // must not crash
}

TEST_CASE("a token shows its icon in the more contrasting ink and a ring when selected", "[ui][token]") {
    Canvas canvas;
    model::Participant p;
    p.icon = model::TokenIcon::Bee;
    auto colours_of = [](const Geometry& g) {
        std::set<ImU32> colours;
        for (const ImDrawVert& v : g.vertices)
            colours.insert(v.col);
        return colours;
    };
    for (const model::Rgb colour : {model::Rgb{0xF0E442}, model::Rgb{0x332288}}) {
        p.color = colour;
        const Geometry plain = canvas.Capture([&](ImDrawList* dl) { ui::DrawToken(dl, p, kCentre, 40, false); });
        const Geometry chosen = canvas.Capture([&](ImDrawList* dl) { ui::DrawToken(dl, p, kCentre, 40, true); });
        const ImU32 ink = ui::FromRgb(ui::InkOn(colour));
        const ImU32 other = ui::FromRgb(0xFFFFFF ^ ui::InkOn(colour));
        CHECK(colours_of(plain).count(ink) == 1);
        CHECK(colours_of(plain).count(other) == 0);
        CHECK(colours_of(plain).count(ui::FromRgb(colour)) == 1);
        CHECK(colours_of(plain).count(ui::Palette::kFocus) == 0);
        CHECK(colours_of(chosen).count(ui::Palette::kFocus) == 1);
        CHECK(chosen.Reach() > plain.Reach() + 40 * ui::kTokenRingFraction);
    }
    CHECK(ui::InkOn(0xF0E442) == 0x000000);
    CHECK(ui::InkOn(0x332288) == 0xFFFFFF);
}

// [SECTION] Faces

TEST_CASE("the five faces differ, and the mouth bends from frown to smile with the vote", "[ui][emotion]") {
    Canvas canvas;
    for (const float radius : kIconRadii) {
        std::set<std::uint64_t> hashes;
        for (int v = ui::kEmotionMin; v <= ui::kEmotionMax; ++v) {
            const Geometry g = canvas.Capture([&](ImDrawList* dl) { ui::DrawEmotionFace(dl, v, kCentre, radius); });
            INFO("face " << v << " at radius " << radius);
            CHECK(g.vertices.size() >= 40);
            CHECK(g.Reach() <= radius + 2.0f);
            hashes.insert(g.Hash());
        }
        CHECK(hashes.size() == 5);
    }

    constexpr float kRadius = 100.0f;
    std::vector<std::vector<bool>> masks;
    std::vector<float> bend;
    std::vector<int> mouth_ink;
    for (int v = ui::kEmotionMin; v <= ui::kEmotionMax; ++v) {
        const Geometry g = canvas.Capture([&](ImDrawList* dl) { ui::DrawEmotionFace(dl, v, kCentre, kRadius); });
        const auto cells = g.Raster(kRadius, kGrid);
        masks.push_back(Mask(cells, ui::FromRgb(ui::InkOn(ui::EmotionColor(v)))));
        // Ink in the mouth band between two x positions (unit coordinates): its
        // cell count and mean height (y grows downwards).
        struct Band {
            int cells = 0;
            float mean_y = 0;
        };
        auto band = [&](float x0, float x1) {
            Band out;
            for (int y = 0; y < kGrid; ++y) {
                for (int x = 0; x < kGrid; ++x) {
                    const float ux = -1 + (static_cast<float>(x) + 0.5f) * 2 / kGrid;
                    const float uy = -1 + (static_cast<float>(y) + 0.5f) * 2 / kGrid;
                    if (ux >= x0 && ux <= x1 && uy >= 0.12f && uy <= 0.95f &&
                        masks.back()[static_cast<std::size_t>(y * kGrid + x)]) {
                        out.mean_y += uy;
                        ++out.cells;
                    }
                }
            }
            out.mean_y = out.cells == 0 ? 0.0f : out.mean_y / static_cast<float>(out.cells);
            return out;
        };
        // Middle against the right corner (the tear is on the left): positive = the middle sags = a smile.
        bend.push_back(band(-0.08f, 0.08f).mean_y - band(0.26f, 0.36f).mean_y);
        mouth_ink.push_back(band(-0.5f, 0.5f).cells);
    }
    for (std::size_t i = 0; i < masks.size(); ++i)
        for (std::size_t j = i + 1; j < masks.size(); ++j) {
            INFO("faces " << static_cast<int>(i) - 2 << " and " << static_cast<int>(j) - 2);
            CHECK(Difference(masks[i], masks[j]) >= 0.25f);
        }
    INFO("mouth bend per face: " << bend[0] << " " << bend[1] << " " << bend[2] << " " << bend[3] << " " << bend[4]);
    CHECK(bend[0] < bend[1]);
    CHECK(bend[1] < -0.03f);
    CHECK(std::fabs(bend[2]) < 0.02f);
    CHECK(bend[3] > 0.03f);
    CHECK(bend[4] > 0.0f);
    // The biggest smile is an open mouth: far more ink than the +1 line.
    CHECK(mouth_ink[4] > 2 * mouth_ink[3]);

    // Out-of-range votes draw the nearest face rather than failing.
    const auto hash_of = [&](int v) { return canvas.Capture([&](ImDrawList* dl) { ui::DrawEmotionFace(dl, v, kCentre, 30); }).Hash(); };
    CHECK(hash_of(7) == hash_of(2));
    CHECK(hash_of(-9) == hash_of(-2));
    CHECK(ui::EmotionLabelKey(5) == "emotion.very_positive");
}

// [SECTION] Colours

TEST_CASE("CIEDE2000 matches published reference pairs", "[ui][colour]") {
    // Sharma, Wu & Dalal (2005), test data pairs 1, 7 and 19.
    CHECK(ui::DeltaE2000({50, 2.6772f, -79.7751f}, {50, 0, -82.7485f}) == Approx(2.0425).margin(1e-3));
    CHECK(ui::DeltaE2000({50, 2.5f, 0}, {73, 25, -18}) == Approx(27.1492).margin(1e-3));
    CHECK(ui::DeltaE2000({60.2574f, -34.0099f, 36.2677f}, {60.4626f, -34.1751f, 39.4387f}) == Approx(1.2644).margin(1e-3));
    CHECK(ui::ContrastRatio(0x000000, 0xFFFFFF) == Approx(21.0).margin(1e-3));
    CHECK(ui::ContrastRatio(0x777777, 0x777777) == Approx(1.0));
    // Red and green, far apart for typical vision, nearly merge for a deutan.
    CHECK(ui::ColorDifference(0xCC3333, 0x669900) > 40);
    CHECK(ui::ColorDifference(0xCC3333, 0x669900, ui::ColorVision::Deutan) <
          ui::ColorDifference(0xCC3333, 0x669900) / 2);
}

TEST_CASE("the 20 token colours are distinct, contrast with their icon and, with the icon, survive colour blindness",
          "[ui][token][colour]") {
    using ui::ColorVision;
    const auto palette = ui::TokenPalette();
    constexpr std::array<ColorVision, 4> kVisions = {ColorVision::Typical, ColorVision::Protan, ColorVision::Deutan,
                                                     ColorVision::Tritan};
    for (std::size_t i = 0; i < palette.size(); ++i) {
        INFO("colour " << i);
        CHECK(palette[i] <= 0xFFFFFF);
        CHECK(ui::ContrastRatio(ui::InkOn(palette[i]), palette[i]) >= 4.5f);
        CHECK(ui::ColorDifference(palette[i], 0xF2EEE6) >= 15.0f); // stands off the board's paper
        CHECK(ui::ColorDifference(palette[i], 0x1A212A) >= 15.0f); // and off the dark toolbar
        for (std::size_t j = i + 1; j < palette.size(); ++j) {
            const float d = ui::ColorDifference(palette[i], palette[j]);
            INFO("colours " << i << " and " << j << " differ by " << d);
            CHECK(d >= 20.0f);
            // Any two participants who share an icon must be told apart by colour in every vision.
            if (ui::TokenIconFor(static_cast<int>(i)) == ui::TokenIconFor(static_cast<int>(j)))
                for (const ColorVision v : kVisions)
                    CHECK(ui::ColorDifference(palette[i], palette[j], v) >= 30.0f);
        }
    }
    // A typical group of up to eight stays apart by colour alone in every simulated vision.
    for (std::size_t i = 0; i < 8; ++i)
        for (std::size_t j = i + 1; j < 8; ++j)
            for (const ColorVision v : kVisions) {
                INFO("colours " << i << " and " << j << " vision " << static_cast<int>(v));
                CHECK(ui::ColorDifference(palette[i], palette[j], v) >= 10.0f);
            }

    std::set<model::TokenIcon> first16;
    for (int i = 0; i < 16; ++i)
        first16.insert(ui::TokenIconFor(i));
    CHECK(first16.size() == 16);
    CHECK(ui::TokenIconFor(16) == ui::TokenIconFor(0));
    CHECK(ui::TokenIconFor(-1) == model::TokenIcon::Flower);
    CHECK(ui::TokenColorFor(20) == palette[0]);
    CHECK(ui::TokenColorFor(-1) == palette[19]);
}

TEST_CASE("emotion colours follow a colour-blind-safe diverging scale with dark features", "[ui][emotion][colour]") {
    using ui::ColorVision;
    for (int v = ui::kEmotionMin; v <= ui::kEmotionMax; ++v) {
        INFO("face " << v);
        CHECK(ui::InkOn(ui::EmotionColor(v)) == 0x000000);
        CHECK(ui::ContrastRatio(0x000000, ui::EmotionColor(v)) >= 4.5f);
        for (int w = v + 1; w <= ui::kEmotionMax; ++w)
            for (const ColorVision vision : {ColorVision::Typical, ColorVision::Protan, ColorVision::Deutan,
                                             ColorVision::Tritan}) {
                INFO("against " << w << " vision " << static_cast<int>(vision));
                CHECK(ui::ColorDifference(ui::EmotionColor(v), ui::EmotionColor(w), vision) >= 10.0f);
            }
    }
}

// [SECTION] Buttons

namespace {

// Buttons in a full-screen window on a 55" 1080p wall display.
class ButtonHarness {
public:
    explicit ButtonHarness(std::string language = "en")
        : host(std::make_unique<ui::HeadlessHost>(ScreenWithDiagonal(1920, 1080, 55.0f))),
          strings(store::StringCatalog::Load(std::string(JB_SOURCE_ASSETS_DIR) + "/i18n", language)) {}

    std::unique_ptr<ui::HeadlessHost> host;
    store::StringCatalog strings;
    ui::HitRegistry hits;
    ui::GlyphSet glyphs;

    void Frame(const std::function<void(ui::UiContext&)>& draw) {
        ui::UiContext ctx;
        ctx.tr = [this](std::string_view key) -> std::string_view { return strings.Get(key); };
        ctx.glyphs = &glyphs;
        ctx.hits = &hits;
        host->FrameWith(ctx, [&](ui::UiContext& c) {
            hits.BeginFrame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("##buttons", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
            draw(c);
            ImGui::End();
        });
    }

    void Touch(input::ContactEvent::Type type, const ui::HitRect& r) {
        host->PushContact({0, type, {r.x + r.w * 0.5f, r.y + r.h * 0.5f}, host->Time()});
    }
};

} // namespace

TEST_CASE("token buttons are at least 12 mm and report taps", "[ui][token]") {
    ButtonHarness h;
    std::vector<model::Participant> people(3);
    for (int i = 0; i < 3; ++i) {
        people[static_cast<std::size_t>(i)].id = "p" + std::to_string(i);
        people[static_cast<std::size_t>(i)].color = ui::TokenColorFor(i);
        people[static_cast<std::size_t>(i)].icon = ui::TokenIconFor(i);
    }
    std::vector<int> clicks(3, 0);
    bool held_seen = false;
    auto frame = [&] {
        h.Frame([&](ui::UiContext& ctx) {
            for (int i = 0; i < 3; ++i) {
                ImGui::SetCursorScreenPos(ImVec2(100.0f + 200.0f * static_cast<float>(i), 300));
                const std::string id = "token." + people[static_cast<std::size_t>(i)].id;
                // A too-small diameter still gives a full touch target.
                const ui::ButtonResult r = ui::TokenButton(ctx, id.c_str(), people[static_cast<std::size_t>(i)], 8.0f, i == 1);
                clicks[static_cast<std::size_t>(i)] += r.clicked ? 1 : 0;
                held_seen = held_seen || r.held;
            }
        });
    };
    frame();
    const float min_px = h.host->Metrics().Mm(ui::DesignSizes::kMinTargetMm) - 0.5f;
    for (int i = 0; i < 3; ++i) {
        const ui::HitTarget* t = h.hits.Find("token.p" + std::to_string(i));
        REQUIRE(t != nullptr);
        CHECK(t->rect.w >= min_px);
        CHECK(t->rect.h >= min_px);
    }
    const ui::HitRect target = h.hits.Find("token.p2")->rect;
    h.Touch(input::ContactEvent::Type::Down, target);
    for (int i = 0; i < 3; ++i)
        frame();
    CHECK(held_seen);
    CHECK(clicks == std::vector<int>{0, 0, 0}); // nothing until the finger lifts
    h.Touch(input::ContactEvent::Type::Up, target);
    for (int i = 0; i < 3; ++i)
        frame();
    CHECK(clicks == std::vector<int>{0, 0, 1});
}

TEST_CASE("face buttons are at least 12 mm, carry their translated label and report taps", "[ui][emotion]") {
    for (const std::string language : {"en", "zh-CN"}) {
        ButtonHarness h(language);
        std::vector<int> clicks(5, 0);
        auto frame = [&] {
            h.Frame([&](ui::UiContext& ctx) {
                float x = 80;
                for (int v = ui::kEmotionMin; v <= ui::kEmotionMax; ++v) {
                    ImGui::SetCursorScreenPos(ImVec2(x, 200));
                    const std::string id = "face." + std::to_string(v);
                    const ui::ButtonResult r = ui::FaceButton(ctx, id.c_str(), v, 0.0f, v == 0);
                    clicks[static_cast<std::size_t>(v + 2)] += r.clicked ? 1 : 0;
                    x += h.hits.Find(id)->rect.w + 20;
                }
            });
        };
        frame();
        const float min_px = h.host->Metrics().Mm(ui::DesignSizes::kMinTargetMm) - 0.5f;
        for (int v = ui::kEmotionMin; v <= ui::kEmotionMax; ++v) {
            INFO(language << " face " << v);
            const ui::HitTarget* t = h.hits.Find("face." + std::to_string(v));
            REQUIRE(t != nullptr);
            CHECK(t->rect.w >= min_px);
            // The label sits below a face that alone is a full target.
            CHECK(t->rect.h >= min_px + h.host->Metrics().body_font_px);
            const std::string& label = h.strings.Get(ui::EmotionLabelKey(v));
            CHECK(label != std::string(ui::EmotionLabelKey(v))); // translated, not the key
            const ImVec2 text = ui::MeasureText(h.host->Fonts().body, h.host->Metrics().body_font_px, label);
            CHECK(t->rect.w >= text.x);
        }
        if (language == "zh-CN")
            CHECK(h.glyphs.Contains(U'棒')); // 很棒 was drawn, so its glyphs get into the atlas
        const ui::HitRect target = h.hits.Find("face.1")->rect;
        h.Touch(input::ContactEvent::Type::Down, target);
        for (int i = 0; i < 3; ++i)
            frame();
        h.Touch(input::ContactEvent::Type::Up, target);
        for (int i = 0; i < 3; ++i)
            frame();
        CHECK(clicks == std::vector<int>{0, 0, 0, 1, 0});
    }
}
