// The sixteen token icons as bold silhouettes built from ImDrawList
// primitives, designed on a unit circle (y down) and scaled to any radius.
// Index: [SECTION] Drawing helpers, [SECTION] Animals, [SECTION] Shapes and nature.
#include "ui/kit/participant_token.h"
#include "ui/kit/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numbers>
#include <vector>

namespace jb::ui {
namespace {

// [SECTION] Drawing helpers

constexpr float kPi = std::numbers::pi_v<float>;

[[nodiscard]] float SignedArea(const std::vector<ImVec2>& pts) {
    float area = 0;
    for (std::size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++)
        area += pts[j].x * pts[i].y - pts[i].x * pts[j].y;
    return area * 0.5f;
}

[[nodiscard]] float Cross(ImVec2 a, ImVec2 b, ImVec2 c) { return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x); }

[[nodiscard]] bool InTriangle(ImVec2 p, ImVec2 a, ImVec2 b, ImVec2 c) {
    const float d1 = Cross(a, b, p), d2 = Cross(b, c, p), d3 = Cross(c, a, p);
    const bool has_neg = d1 < 0 || d2 < 0 || d3 < 0;
    const bool has_pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(has_neg && has_pos);
}

// ImGui 1.86 fills only convex shapes, so concave outlines (star, heart, fox
// head) are ear-clipped. The triangles are drawn without anti-aliasing, which
// would leave faint seams between them, and one anti-aliased outline smooths
// the silhouette's edge instead.
void FillSimplePolygon(ImDrawList* dl, std::vector<ImVec2> pts, ImU32 col) {
    if (pts.size() < 3)
        return;
    const float orientation = SignedArea(pts) >= 0 ? 1.0f : -1.0f;
    const std::vector<ImVec2> outline = pts;
    const ImDrawListFlags saved = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    while (pts.size() > 3) {
        bool clipped = false;
        const std::size_t n = pts.size();
        for (std::size_t i = 0; i < n && !clipped; ++i) {
            const ImVec2 a = pts[(i + n - 1) % n], b = pts[i], c = pts[(i + 1) % n];
            const float turn = Cross(a, b, c) * orientation;
            if (std::fabs(turn) < 1e-6f) { // collinear: drop the middle point
                pts.erase(pts.begin() + static_cast<std::ptrdiff_t>(i));
                clipped = true;
                break;
            }
            if (turn < 0)
                continue; // reflex corner
            bool blocked = false;
            for (std::size_t j = 0; j < n && !blocked; ++j)
                if (j != i && j != (i + 1) % n && j != (i + n - 1) % n)
                    blocked = InTriangle(pts[j], a, b, c);
            if (blocked)
                continue;
            dl->AddTriangleFilled(a, b, c, col);
            pts.erase(pts.begin() + static_cast<std::ptrdiff_t>(i));
            clipped = true;
        }
        if (!clipped)
            break; // self-intersecting outline: draw what was clipped rather than loop
    }
    if (pts.size() == 3)
        dl->AddTriangleFilled(pts[0], pts[1], pts[2], col);
    dl->Flags = saved;
    // Edge by edge: a joined polyline would grow mitred spikes at sharp tips.
    for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++)
        dl->AddLine(outline[j], outline[i], col, 1.0f);
}

// Draws in a unit coordinate system: (0, 0) is the centre, 1 the radius.
class Pen {
public:
    Pen(ImDrawList* dl, ImVec2 centre, float radius, ImU32 fg, ImU32 bg)
        : fg(fg), bg(bg), m_dl(dl), m_c(centre), m_r(radius) {}

    const ImU32 fg;
    const ImU32 bg;

    [[nodiscard]] ImVec2 At(float x, float y) const { return {m_c.x + x * m_r, m_c.y + y * m_r}; }
    [[nodiscard]] ImVec2 At(ImVec2 p) const { return At(p.x, p.y); }
    /// Line width in pixels: never thinner than one pixel so details survive at 24 px.
    [[nodiscard]] float Width(float units) const { return std::max(1.0f, units * m_r); }
    [[nodiscard]] int Segments(float units) const {
        return std::clamp(static_cast<int>(std::sqrt(std::max(units * m_r, 1.0f)) * 5.0f), 10, 64);
    }

    void Disc(float x, float y, float r, ImU32 col) const { m_dl->AddCircleFilled(At(x, y), r * m_r, col); }
    void Ellipse(float x, float y, float rx, float ry, float angle, ImU32 col) const {
        const int n = Segments(std::max(rx, ry));
        const float ca = std::cos(angle), sa = std::sin(angle);
        std::vector<ImVec2> pts;
        pts.reserve(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            const float t = 2.0f * kPi * static_cast<float>(i) / static_cast<float>(n);
            const float ex = rx * std::cos(t), ey = ry * std::sin(t);
            pts.push_back(At(x + ex * ca - ey * sa, y + ex * sa + ey * ca));
        }
        m_dl->AddConvexPolyFilled(pts.data(), n, col);
    }
    void Triangle(ImVec2 a, ImVec2 b, ImVec2 c, ImU32 col) const {
        if (Cross(a, b, c) < 0)
            std::swap(b, c); // clockwise on screen, so the anti-aliased fringe lies outside
        m_dl->AddTriangleFilled(At(a), At(b), At(c), col);
    }
    /// Any simple polygon (concave allowed), in unit coordinates.
    void Fill(std::initializer_list<ImVec2> unit_points, ImU32 col) const {
        Fill(std::vector<ImVec2>(unit_points), col);
    }
    void Fill(const std::vector<ImVec2>& unit_points, ImU32 col) const {
        std::vector<ImVec2> pts;
        pts.reserve(unit_points.size());
        for (const ImVec2 p : unit_points)
            pts.push_back(At(p));
        FillSimplePolygon(m_dl, std::move(pts), col);
    }
    void Line(float x0, float y0, float x1, float y1, float width, ImU32 col) const {
        m_dl->AddLine(At(x0, y0), At(x1, y1), col, Width(width));
    }
    void Stroke(std::initializer_list<ImVec2> unit_points, float width, ImU32 col) const {
        for (const ImVec2 p : unit_points)
            m_dl->PathLineTo(At(p));
        m_dl->PathStroke(col, ImDrawFlags_None, Width(width));
    }
    /// Arc from angle a0 to a1 (radians; 0 = right, pi/2 = down).
    void Arc(float x, float y, float r, float a0, float a1, float width, ImU32 col) const {
        m_dl->PathArcTo(At(x, y), r * m_r, a0, a1, Segments(r));
        m_dl->PathStroke(col, ImDrawFlags_None, Width(width));
    }
    /// Points of an arc, for building outlines.
    void AppendArc(std::vector<ImVec2>& out, float x, float y, float r, float a0, float a1) const {
        const int n = std::max(3, static_cast<int>(static_cast<float>(Segments(r)) * std::fabs(a1 - a0) / (2 * kPi)) + 2);
        for (int i = 0; i <= n; ++i) {
            const float t = a0 + (a1 - a0) * static_cast<float>(i) / static_cast<float>(n);
            out.push_back({x + r * std::cos(t), y + r * std::sin(t)});
        }
    }

private:
    ImDrawList* m_dl;
    ImVec2 m_c;
    float m_r;
};

// [SECTION] Animals (faces seen from the front, whole bodies from the side)

void Cat(const Pen& p) {
    p.Triangle({-0.80f, -0.02f}, {-0.62f, -0.84f}, {-0.10f, -0.46f}, p.fg);
    p.Triangle({0.80f, -0.02f}, {0.62f, -0.84f}, {0.10f, -0.46f}, p.fg);
    p.Triangle({-0.60f, -0.30f}, {-0.58f, -0.68f}, {-0.34f, -0.47f}, p.bg);
    p.Triangle({0.60f, -0.30f}, {0.58f, -0.68f}, {0.34f, -0.47f}, p.bg);
    p.Ellipse(0, 0.14f, 0.74f, 0.60f, 0, p.fg);
    for (const float s : {-1.0f, 1.0f}) {
        p.Ellipse(s * 0.29f, 0.02f, 0.11f, 0.15f, 0, p.bg);
        p.Ellipse(s * 0.29f, 0.03f, 0.035f, 0.11f, 0, p.fg);
        p.Line(s * 0.62f, 0.30f, s * 0.94f, 0.22f, 0.05f, p.fg);
        p.Line(s * 0.62f, 0.42f, s * 0.90f, 0.46f, 0.05f, p.fg);
    }
    p.Triangle({-0.10f, 0.24f}, {0.10f, 0.24f}, {0, 0.36f}, p.bg);
    p.Stroke({{-0.18f, 0.48f}, {-0.09f, 0.50f}, {0, 0.36f}, {0.09f, 0.50f}, {0.18f, 0.48f}}, 0.05f, p.bg);
}

void Dog(const Pen& p) {
    for (const float s : {-1.0f, 1.0f}) {
        p.Ellipse(s * 0.64f, 0.02f, 0.22f, 0.50f, s * 0.35f, p.fg);
    }
    p.Ellipse(0, -0.02f, 0.62f, 0.68f, 0, p.bg); // gap between ears and head
    p.Ellipse(0, -0.02f, 0.54f, 0.60f, 0, p.fg);
    p.Ellipse(0, 0.42f, 0.36f, 0.30f, 0, p.fg);
    for (const float s : {-1.0f, 1.0f})
        p.Disc(s * 0.22f, -0.12f, 0.09f, p.bg);
    p.Ellipse(0, 0.28f, 0.16f, 0.11f, 0, p.bg);
    p.Line(0, 0.34f, 0, 0.50f, 0.05f, p.bg);
    p.Arc(-0.11f, 0.46f, 0.11f, 0.2f, kPi - 0.2f, 0.05f, p.bg);
    p.Arc(0.11f, 0.46f, 0.11f, 0.2f, kPi - 0.2f, 0.05f, p.bg);
}

void Rabbit(const Pen& p) {
    for (const float s : {-1.0f, 1.0f}) {
        p.Ellipse(s * 0.24f, -0.48f, 0.17f, 0.47f, s * 0.18f, p.fg);
        p.Ellipse(s * 0.245f, -0.46f, 0.065f, 0.32f, s * 0.18f, p.bg);
    }
    p.Ellipse(0, 0.36f, 0.58f, 0.50f, 0, p.fg);
    for (const float s : {-1.0f, 1.0f})
        p.Disc(s * 0.22f, 0.26f, 0.085f, p.bg);
    p.Triangle({-0.08f, 0.44f}, {0.08f, 0.44f}, {0, 0.53f}, p.bg);
    p.Arc(-0.07f, 0.54f, 0.07f, 0.1f, kPi, 0.045f, p.bg);
    p.Arc(0.07f, 0.54f, 0.07f, 0, kPi - 0.1f, 0.045f, p.bg);
}

void Bird(const Pen& p) {
    // Fan tail, body, head and beak; the wing is a cut-out line.
    p.Fill({{-0.40f, 0.20f}, {-0.94f, -0.08f}, {-0.82f, 0.16f}, {-0.90f, 0.38f}, {-0.40f, 0.42f}}, p.fg);
    p.Ellipse(-0.08f, 0.16f, 0.60f, 0.46f, -0.25f, p.fg);
    p.Disc(0.40f, -0.30f, 0.32f, p.fg);
    p.Triangle({0.66f, -0.44f}, {0.94f, -0.28f}, {0.66f, -0.16f}, p.fg);
    p.Disc(0.46f, -0.36f, 0.075f, p.bg);
    p.Arc(-0.12f, -0.04f, 0.36f, 0.15f, kPi - 0.35f, 0.07f, p.bg);
    p.Line(-0.12f, 0.58f, -0.18f, 0.88f, 0.07f, p.fg);
    p.Line(0.10f, 0.56f, 0.10f, 0.88f, 0.07f, p.fg);
}

void Fish(const Pen& p) {
    p.Fill({{0.40f, 0}, {0.90f, -0.42f}, {0.78f, 0}, {0.90f, 0.42f}}, p.fg);
    p.Triangle({-0.20f, -0.36f}, {0.18f, -0.66f}, {0.30f, -0.28f}, p.fg);
    p.Triangle({-0.05f, 0.36f}, {0.18f, 0.58f}, {0.25f, 0.30f}, p.fg);
    p.Ellipse(-0.10f, 0, 0.66f, 0.44f, 0, p.fg);
    p.Disc(-0.42f, -0.08f, 0.09f, p.bg);
    p.Arc(-0.52f, 0, 0.40f, -0.75f, 0.75f, 0.06f, p.bg);
    p.Stroke({{-0.76f, 0.12f}, {-0.62f, 0.10f}}, 0.05f, p.bg);
}

void Fox(const Pen& p) {
    p.Fill({{-0.64f, -0.80f}, {-0.24f, -0.48f}, {0, -0.44f}, {0.24f, -0.48f}, {0.64f, -0.80f}, {0.70f, -0.28f},
            {0.96f, 0.08f}, {0.44f, 0.34f}, {0, 0.88f}, {-0.44f, 0.34f}, {-0.96f, 0.08f}, {-0.70f, -0.28f}},
           p.fg);
    p.Fill({{-0.56f, -0.64f}, {-0.32f, -0.44f}, {-0.56f, -0.34f}}, p.bg);
    p.Fill({{0.56f, -0.64f}, {0.32f, -0.44f}, {0.56f, -0.34f}}, p.bg);
    for (const float s : {-1.0f, 1.0f}) {
        p.Ellipse(s * 0.30f, -0.04f, 0.13f, 0.06f, s * 0.45f, p.bg);
        p.Stroke({{s * 0.86f, 0.12f}, {s * 0.40f, 0.24f}, {s * 0.10f, 0.62f}}, 0.06f, p.bg);
    }
    p.Ellipse(0, 0.74f, 0.11f, 0.08f, 0, p.bg);
}

void Bear(const Pen& p) {
    for (const float s : {-1.0f, 1.0f}) {
        p.Disc(s * 0.52f, -0.52f, 0.26f, p.fg);
        p.Disc(s * 0.52f, -0.52f, 0.12f, p.bg);
    }
    p.Disc(0, 0.10f, 0.70f, p.fg);
    for (const float s : {-1.0f, 1.0f})
        p.Disc(s * 0.27f, -0.06f, 0.085f, p.bg);
    p.Ellipse(0, 0.34f, 0.30f, 0.23f, 0, p.bg);
    p.Ellipse(0, 0.26f, 0.13f, 0.08f, 0, p.fg);
    p.Line(0, 0.30f, 0, 0.44f, 0.05f, p.fg);
}

void Owl(const Pen& p) {
    p.Triangle({-0.60f, -0.30f}, {-0.48f, -0.86f}, {-0.14f, -0.56f}, p.fg);
    p.Triangle({0.60f, -0.30f}, {0.48f, -0.86f}, {0.14f, -0.56f}, p.fg);
    p.Ellipse(0, 0.10f, 0.62f, 0.80f, 0, p.fg);
    for (const float s : {-1.0f, 1.0f}) {
        p.Disc(s * 0.26f, -0.22f, 0.25f, p.bg);
        p.Disc(s * 0.24f, -0.20f, 0.11f, p.fg);
        p.Arc(s * 0.05f, 0.20f, 0.56f, s > 0 ? -0.1f : kPi - 0.8f, s > 0 ? 0.8f : kPi + 0.1f, 0.06f, p.bg);
    }
    p.Triangle({-0.09f, -0.02f}, {0.09f, -0.02f}, {0, 0.18f}, p.bg);
    for (const float x : {-0.16f, 0.0f, 0.16f})
        p.Stroke({{x - 0.07f, 0.36f + std::fabs(x)}, {x, 0.42f + std::fabs(x)}, {x + 0.07f, 0.36f + std::fabs(x)}},
                 0.045f, p.bg);
}

void Turtle(const Pen& p) {
    // Side view: domed shell, rim, head to the right, feet below.
    std::vector<ImVec2> dome;
    p.AppendArc(dome, -0.12f, 0.18f, 0.70f, kPi, 2 * kPi);
    p.Fill(dome, p.fg);
    p.Ellipse(0.66f, 0.06f, 0.26f, 0.12f, -0.35f, p.fg);
    p.Disc(0.80f, -0.02f, 0.18f, p.fg);
    p.Triangle({-0.80f, 0.20f}, {-1.00f, 0.36f}, {-0.76f, 0.34f}, p.fg);
    p.Ellipse(-0.46f, 0.42f, 0.14f, 0.20f, 0, p.fg);
    p.Ellipse(0.22f, 0.42f, 0.14f, 0.20f, 0, p.fg);
    p.Ellipse(-0.12f, 0.26f, 0.84f, 0.10f, 0, p.fg);
    p.Line(-0.86f, 0.16f, 0.62f, 0.16f, 0.06f, p.bg);
    p.Stroke({{-0.40f, 0.14f}, {-0.30f, -0.18f}, {0.06f, -0.18f}, {0.16f, 0.14f}}, 0.06f, p.bg);
    p.Line(-0.30f, -0.18f, -0.46f, -0.38f, 0.06f, p.bg);
    p.Line(0.06f, -0.18f, 0.22f, -0.38f, 0.06f, p.bg);
    p.Disc(0.86f, -0.06f, 0.05f, p.bg);
}

void Bee(const Pen& p) {
    // Seen from above: wings, striped body, head with antennae, sting.
    p.Ellipse(-0.46f, -0.22f, 0.38f, 0.22f, -0.55f, p.fg);
    p.Ellipse(0.46f, -0.22f, 0.38f, 0.22f, 0.55f, p.fg);
    p.Ellipse(0, 0.22f, 0.52f, 0.68f, 0, p.bg);
    p.Triangle({-0.10f, 0.74f}, {0.10f, 0.74f}, {0, 0.99f}, p.fg);
    p.Ellipse(0, 0.22f, 0.44f, 0.60f, 0, p.fg);
    for (const float y : {0.08f, 0.34f, 0.58f}) {
        const float half = 0.44f * std::sqrt(std::max(0.0f, 1.0f - ((y - 0.22f) / 0.60f) * ((y - 0.22f) / 0.60f)));
        p.Line(-half, y, half, y, 0.10f, p.bg);
    }
    p.Disc(0, -0.50f, 0.22f, p.fg);
    p.Stroke({{-0.08f, -0.66f}, {-0.20f, -0.86f}, {-0.34f, -0.92f}}, 0.06f, p.fg);
    p.Stroke({{0.08f, -0.66f}, {0.20f, -0.86f}, {0.34f, -0.92f}}, 0.06f, p.fg);
}

// [SECTION] Shapes and nature

void Star(const Pen& p) {
    std::vector<ImVec2> pts;
    for (int i = 0; i < 10; ++i) {
        const float a = -kPi / 2 + static_cast<float>(i) * kPi / 5;
        const float r = i % 2 == 0 ? 0.96f : 0.41f;
        pts.push_back({r * std::cos(a), 0.06f + r * std::sin(a)});
    }
    p.Fill(pts, p.fg);
}

void Heart(const Pen& p) {
    // The classic parametric heart: x = 16 sin^3 t, y = 13 cos t - 5 cos 2t - 2 cos 3t - cos 4t.
    std::vector<ImVec2> pts;
    constexpr int kSteps = 48;
    for (int i = 0; i < kSteps; ++i) {
        const float t = 2 * kPi * static_cast<float>(i) / kSteps;
        const float s = std::sin(t);
        const float x = 16 * s * s * s;
        const float y = 13 * std::cos(t) - 5 * std::cos(2 * t) - 2 * std::cos(3 * t) - std::cos(4 * t);
        pts.push_back({x / 18.0f, -(y + 2.5f) / 18.0f});
    }
    p.Fill(pts, p.fg);
}

void Sun(const Pen& p) {
    p.Disc(0, 0, 0.46f, p.fg);
    for (int i = 0; i < 8; ++i) {
        const float a = static_cast<float>(i) * kPi / 4 - kPi / 2;
        const float w = 0.19f;
        p.Triangle({0.60f * std::cos(a - w), 0.60f * std::sin(a - w)}, {0.98f * std::cos(a), 0.98f * std::sin(a)},
                   {0.60f * std::cos(a + w), 0.60f * std::sin(a + w)}, p.fg);
    }
}

void Moon(const Pen& p) {
    // Crescent: the outer circle minus an offset inner circle, as one outline
    // running along the outer arc and back along the inner one.
    const ImVec2 c1{-0.06f, 0.04f}, c2{0.34f, -0.22f};
    const float r1 = 0.86f, r2 = 0.70f;
    const float dx = c2.x - c1.x, dy = c2.y - c1.y, d = std::sqrt(dx * dx + dy * dy);
    const float a = (r1 * r1 - r2 * r2 + d * d) / (2 * d);
    const float h = std::sqrt(std::max(0.0f, r1 * r1 - a * a));
    const ImVec2 m{c1.x + a * dx / d, c1.y + a * dy / d};
    const ImVec2 p0{m.x - h * dy / d, m.y + h * dx / d}, p1{m.x + h * dy / d, m.y - h * dx / d};
    const float o0 = std::atan2(p0.y - c1.y, p0.x - c1.x), o1 = std::atan2(p1.y - c1.y, p1.x - c1.x);
    float i0 = std::atan2(p1.y - c2.y, p1.x - c2.x), i1 = std::atan2(p0.y - c2.y, p0.x - c2.x);
    float outer_end = o1;
    while (outer_end < o0)
        outer_end += 2 * kPi;
    while (i1 > i0)
        i1 -= 2 * kPi; // back along the inner arc the short way, through the bite
    std::vector<ImVec2> pts;
    p.AppendArc(pts, c1.x, c1.y, r1, o0, outer_end);
    p.AppendArc(pts, c2.x, c2.y, r2, i0, i1);
    p.Fill(pts, p.fg);
    // A small four-pointed sparkle in the bite.
    p.Fill({{0.56f, -0.74f}, {0.62f, -0.56f}, {0.80f, -0.50f}, {0.62f, -0.44f}, {0.56f, -0.26f}, {0.50f, -0.44f},
            {0.32f, -0.50f}, {0.50f, -0.56f}},
           p.fg);
}

void Leaf(const Pen& p) {
    // A pointed oval along the diagonal, with midrib and veins cut out and a stem.
    const float ca = std::cos(-kPi / 4), sa = std::sin(-kPi / 4);
    auto rot = [&](float u, float v) { return ImVec2{u * ca - v * sa, u * sa + v * ca}; };
    std::vector<ImVec2> pts;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const float u = -0.86f + 1.78f * static_cast<float>(i) / kSteps;
        const float t = (u + 0.86f) / 1.78f;
        pts.push_back(rot(u, -0.50f * std::pow(std::max(0.0f, std::sin(kPi * t)), 0.9f)));
    }
    for (int i = kSteps - 1; i > 0; --i) {
        const float u = -0.86f + 1.78f * static_cast<float>(i) / kSteps;
        const float t = (u + 0.86f) / 1.78f;
        pts.push_back(rot(u, 0.50f * std::pow(std::max(0.0f, std::sin(kPi * t)), 0.9f)));
    }
    p.Fill(pts, p.fg);
    const ImVec2 base = rot(-0.86f, 0), tip = rot(0.70f, 0), stem = rot(-1.02f, 0.06f);
    p.Line(stem.x, stem.y, base.x, base.y, 0.08f, p.fg);
    p.Line(base.x, base.y, tip.x, tip.y, 0.06f, p.bg);
    for (const float u : {-0.40f, 0.0f, 0.36f}) {
        for (const float s : {-1.0f, 1.0f}) {
            const ImVec2 a = rot(u, 0), b = rot(u + 0.22f, s * 0.30f);
            p.Line(a.x, a.y, b.x, b.y, 0.05f, p.bg);
        }
    }
}

void Flower(const Pen& p) {
    // Five round petals, each edged in the background so they read as separate.
    for (int i = 0; i < 5; ++i) {
        const float a = -kPi / 2 + static_cast<float>(i) * 2 * kPi / 5;
        const float x = 0.52f * std::cos(a), y = 0.52f * std::sin(a);
        p.Ellipse(x, y, 0.44f, 0.34f, a, p.bg);
        p.Ellipse(x, y, 0.39f, 0.29f, a, p.fg);
    }
    p.Disc(0, 0, 0.30f, p.bg);
    p.Disc(0, 0, 0.22f, p.fg);
}

} // namespace

void DrawTokenIcon(ImDrawList* dl, model::TokenIcon icon, ImVec2 centre, float radius, std::uint32_t fg,
                   std::uint32_t bg) {
    if (!dl || !(radius > 0.0f))
        return;
    if (bg == 0) {
        const model::Rgb fg_rgb = ((fg & 0xFF) << 16) | (fg & 0xFF00) | ((fg >> 16) & 0xFF);
        bg = InkOn(fg_rgb) == 0 ? FromRgb(Palette::kRgbBlack) : Palette::kWhite;
    }
    const Pen p(dl, centre, radius, fg, bg);
    using model::TokenIcon;
    switch (icon) {
    case TokenIcon::Cat: Cat(p); break;
    case TokenIcon::Dog: Dog(p); break;
    case TokenIcon::Rabbit: Rabbit(p); break;
    case TokenIcon::Bird: Bird(p); break;
    case TokenIcon::Fish: Fish(p); break;
    case TokenIcon::Fox: Fox(p); break;
    case TokenIcon::Bear: Bear(p); break;
    case TokenIcon::Owl: Owl(p); break;
    case TokenIcon::Turtle: Turtle(p); break;
    case TokenIcon::Bee: Bee(p); break;
    case TokenIcon::Star: Star(p); break;
    case TokenIcon::Heart: Heart(p); break;
    case TokenIcon::Sun: Sun(p); break;
    case TokenIcon::Moon: Moon(p); break;
    case TokenIcon::Leaf: Leaf(p); break;
    case TokenIcon::Flower: Flower(p); break;
    }
}

} // namespace jb::ui
